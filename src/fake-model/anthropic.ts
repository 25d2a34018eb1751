import { argsJson, chunkText, sse, type Answer, type RenderedJson, type RenderedStream } from './common.js';

/** Anthropic Messages API: error types by HTTP status. */
export function anthropicErrorType(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_request_error';
    case 401:
      return 'authentication_error';
    case 402:
      return 'billing_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 408:
      return 'timeout_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 529:
      return 'overloaded_error';
    default:
      return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

export function anthropicErrorBody(status: number, message: string, requestId: string) {
  return { type: 'error', error: { type: anthropicErrorType(status), message }, request_id: requestId };
}

export function anthropicErrorEvent(status: number, message: string, requestId: string): string {
  return sse(anthropicErrorBody(status, message, requestId), 'error');
}

function stopReason(answer: Answer): string {
  if (answer.finish === 'length') return 'max_tokens';
  return answer.toolCalls.length > 0 ? 'tool_use' : 'end_turn';
}

function withIds(answer: Answer) {
  return answer.toolCalls.map((call) => ({ ...call, id: call.id ?? answer.ids.next('toolu_') }));
}

function signature(answer: Answer): string {
  return Buffer.from(`fake-signature:${answer.reasoning ?? ''}`.slice(0, 64)).toString('base64');
}

export function renderAnthropicJson(answer: Answer): RenderedJson {
  const content: unknown[] = [];
  if (answer.reasoning) content.push({ type: 'thinking', thinking: answer.reasoning, signature: signature(answer) });
  if (answer.text) content.push({ type: 'text', text: answer.text });
  for (const call of withIds(answer)) content.push({ type: 'tool_use', id: call.id, name: call.name, input: call.args ?? {} });
  return {
    body: {
      id: answer.ids.next('msg_'),
      type: 'message',
      role: 'assistant',
      model: answer.model,
      content,
      stop_reason: stopReason(answer),
      stop_sequence: null,
      usage: answer.rawUsage,
    },
  };
}

export function renderAnthropicStream(answer: Answer): RenderedStream {
  const events: string[] = [];
  const u = answer.rawUsage;
  events.push(
    sse(
      {
        type: 'message_start',
        message: {
          id: answer.ids.next('msg_'),
          type: 'message',
          role: 'assistant',
          model: answer.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: {
            input_tokens: u.input_tokens,
            cache_creation_input_tokens: u.cache_creation_input_tokens,
            cache_read_input_tokens: u.cache_read_input_tokens,
            cache_creation: u.cache_creation,
            output_tokens: 1,
            service_tier: u.service_tier,
          },
        },
      },
      'message_start',
    ),
  );
  events.push(sse({ type: 'ping' }, 'ping'));
  let index = 0;
  if (answer.reasoning) {
    events.push(sse({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } }, 'content_block_start'));
    for (const piece of chunkText(answer.reasoning, answer.chunkChars)) {
      events.push(sse({ type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: piece } }, 'content_block_delta'));
    }
    events.push(sse({ type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: signature(answer) } }, 'content_block_delta'));
    events.push(sse({ type: 'content_block_stop', index }, 'content_block_stop'));
    index++;
  }
  if (answer.text) {
    events.push(sse({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } }, 'content_block_start'));
    for (const piece of chunkText(answer.text, answer.chunkChars)) {
      events.push(sse({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: piece } }, 'content_block_delta'));
    }
    events.push(sse({ type: 'content_block_stop', index }, 'content_block_stop'));
    index++;
  }
  for (const call of withIds(answer)) {
    events.push(
      sse({ type: 'content_block_start', index, content_block: { type: 'tool_use', id: call.id, name: call.name, input: {} } }, 'content_block_start'),
    );
    // Like the real API, the first input_json_delta is empty.
    for (const piece of ['', ...chunkText(argsJson(call.args), answer.chunkChars)]) {
      events.push(sse({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: piece } }, 'content_block_delta'));
    }
    events.push(sse({ type: 'content_block_stop', index }, 'content_block_stop'));
    index++;
  }
  const usageEvent = events.length;
  events.push(sse({ type: 'message_delta', delta: { stop_reason: stopReason(answer), stop_sequence: null }, usage: u }, 'message_delta'));
  events.push(sse({ type: 'message_stop' }, 'message_stop'));
  return { events, usageEvent };
}
