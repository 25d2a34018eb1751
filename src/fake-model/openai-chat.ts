import { argsJson, chunkText, sse, type Answer, type RenderedJson, type RenderedStream } from './common.js';

/** OpenAI-style error `type` and `code` by HTTP status (chosen so the AI SDK maps them back to the status). */
export function openaiErrorKind(status: number): { type: string; code: string | null } {
  switch (status) {
    case 400:
      return { type: 'invalid_request_error', code: null };
    case 401:
      return { type: 'invalid_request_error', code: 'invalid_api_key' };
    case 403:
      return { type: 'invalid_request_error', code: 'permission_denied' };
    case 404:
      return { type: 'invalid_request_error', code: 'not_found' };
    case 429:
      return { type: 'requests', code: 'rate_limit_exceeded' };
    case 503:
    case 529:
      return { type: 'server_error', code: 'overloaded' };
    case 504:
      return { type: 'server_error', code: 'timeout' };
    default:
      return status >= 500 ? { type: 'server_error', code: 'server_error' } : { type: 'invalid_request_error', code: null };
  }
}

export function openaiErrorBody(status: number, message: string) {
  return { error: { message, ...openaiErrorKind(status), param: null } };
}

/** A mid-stream error chunk (`data: {"error": …}`). */
export function openaiChatErrorEvent(status: number, message: string): string {
  return sse(openaiErrorBody(status, message));
}

function finishReason(answer: Answer): string {
  if (answer.finish === 'length') return 'length';
  return answer.toolCalls.length > 0 ? 'tool_calls' : 'stop';
}

function withIds(answer: Answer) {
  return answer.toolCalls.map((call) => ({ ...call, id: call.id ?? answer.ids.next('call_') }));
}

export function renderOpenAIChatJson(answer: Answer): RenderedJson {
  const calls = withIds(answer);
  return {
    body: {
      id: answer.ids.next('chatcmpl-'),
      object: 'chat.completion',
      created: answer.created,
      model: answer.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: answer.text ? answer.text : null,
            // Not part of OpenAI's API; OpenAI-compatible servers (DeepSeek, vLLM) send reasoning this way.
            ...(answer.reasoning ? { reasoning_content: answer.reasoning } : {}),
            refusal: null,
            ...(calls.length > 0
              ? { tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: argsJson(c.args) } })) }
              : {}),
            annotations: [],
          },
          logprobs: null,
          finish_reason: finishReason(answer),
        },
      ],
      usage: answer.rawUsage,
      service_tier: 'default',
      system_fingerprint: 'fp_fake',
    },
  };
}

export function renderOpenAIChatStream(answer: Answer, includeUsage: boolean): RenderedStream {
  const id = answer.ids.next('chatcmpl-');
  const head = { id, object: 'chat.completion.chunk', created: answer.created, model: answer.model, service_tier: 'default', system_fingerprint: 'fp_fake' };
  const chunk = (delta: unknown, finish: string | null = null) =>
    sse({
      ...head,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...(includeUsage ? { usage: null } : {}),
    });
  const events: string[] = [chunk({ role: 'assistant', content: '', refusal: null })];
  if (answer.reasoning) {
    for (const piece of chunkText(answer.reasoning, answer.chunkChars)) events.push(chunk({ reasoning_content: piece }));
  }
  if (answer.text) for (const piece of chunkText(answer.text, answer.chunkChars)) events.push(chunk({ content: piece }));
  withIds(answer).forEach((call, index) => {
    events.push(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const piece of chunkText(argsJson(call.args), answer.chunkChars)) {
      events.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });
  events.push(chunk({}, finishReason(answer)));
  let usageEvent = -1;
  if (includeUsage) {
    usageEvent = events.length;
    events.push(
      sse({ ...head, choices: [], usage: answer.rawUsage }),
    );
  }
  events.push(sse('[DONE]'));
  return { events, usageEvent };
}
