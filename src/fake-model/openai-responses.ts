import { argsJson, chunkText, sse, type Answer, type RenderedJson, type RenderedStream, type StoredOutput } from './common.js';
import { openaiErrorKind } from './openai-chat.js';

/** A Responses API `error` stream event. */
export function openaiResponsesErrorEvent(status: number, message: string): string {
  const { code } = openaiErrorKind(status);
  return sse({ type: 'error', sequence_number: 0, code: code ?? 'invalid_request_error', message, param: null }, 'error');
}

type OutputItem =
  | { type: 'reasoning'; id: string; summary: Array<{ type: 'summary_text'; text: string }> }
  | {
      type: 'message';
      id: string;
      status: 'completed';
      role: 'assistant';
      content: Array<{ type: 'output_text'; text: string; annotations: []; logprobs: [] }>;
    }
  | { type: 'function_call'; id: string; call_id: string; name: string; arguments: string; status: 'completed' };

function buildOutput(answer: Answer): { responseId: string; items: OutputItem[] } {
  const responseId = answer.ids.next('resp_');
  const items: OutputItem[] = [];
  if (answer.reasoning) {
    items.push({ type: 'reasoning', id: answer.ids.next('rs_'), summary: [{ type: 'summary_text', text: answer.reasoning }] });
  }
  if (answer.text) {
    items.push({
      type: 'message',
      id: answer.ids.next('msg_'),
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text: answer.text, annotations: [], logprobs: [] }],
    });
  }
  for (const call of answer.toolCalls) {
    items.push({
      type: 'function_call',
      id: answer.ids.next('fc_'),
      call_id: call.id ?? answer.ids.next('call_'),
      name: call.name,
      arguments: argsJson(call.args),
      status: 'completed',
    });
  }
  return { responseId, items };
}

function stored(responseId: string, items: OutputItem[]): StoredOutput {
  return {
    responseId,
    items: items.map((item) => {
      switch (item.type) {
        case 'reasoning':
          return { id: item.id, message: null };
        case 'message':
          return { id: item.id, message: { role: 'assistant', parts: [{ type: 'text', text: item.content[0]!.text }] } };
        case 'function_call': {
          let args: unknown;
          try {
            args = JSON.parse(item.arguments);
          } catch {
            args = item.arguments;
          }
          return { id: item.id, message: { role: 'assistant', parts: [{ type: 'tool-call', id: item.call_id, name: item.name, args }] } };
        }
      }
    }),
  };
}

function responseObject(answer: Answer, responseId: string, status: string, output: OutputItem[], done: boolean) {
  return {
    id: responseId,
    object: 'response',
    created_at: answer.created,
    status,
    background: false,
    error: null,
    incomplete_details: done && answer.finish === 'length' ? { reason: 'max_output_tokens' } : null,
    instructions: null,
    max_output_tokens: null,
    model: answer.model,
    output,
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    service_tier: 'default',
    store: true,
    temperature: 1,
    text: { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    truncation: 'disabled',
    usage: done ? answer.rawUsage : null,
    metadata: {},
  };
}

export function renderOpenAIResponsesJson(answer: Answer): RenderedJson {
  const { responseId, items } = buildOutput(answer);
  const status = answer.finish === 'length' ? 'incomplete' : 'completed';
  return { body: responseObject(answer, responseId, status, items, true), stored: stored(responseId, items) };
}

export function renderOpenAIResponsesStream(answer: Answer): RenderedStream {
  const { responseId, items } = buildOutput(answer);
  const events: string[] = [];
  let seq = 0;
  const emit = (type: string, data: Record<string, unknown>) => events.push(sse({ type, sequence_number: seq++, ...data }, type));
  emit('response.created', { response: responseObject(answer, responseId, 'in_progress', [], false) });
  emit('response.in_progress', { response: responseObject(answer, responseId, 'in_progress', [], false) });
  items.forEach((item, output_index) => {
    switch (item.type) {
      case 'reasoning': {
        emit('response.output_item.added', { output_index, item: { ...item, summary: [] } });
        const text = item.summary[0]!.text;
        const ids = { item_id: item.id, output_index, summary_index: 0 };
        emit('response.reasoning_summary_part.added', { ...ids, part: { type: 'summary_text', text: '' } });
        for (const delta of chunkText(text, answer.chunkChars)) emit('response.reasoning_summary_text.delta', { ...ids, delta });
        emit('response.reasoning_summary_text.done', { ...ids, text });
        emit('response.reasoning_summary_part.done', { ...ids, part: { type: 'summary_text', text } });
        emit('response.output_item.done', { output_index, item });
        break;
      }
      case 'message': {
        emit('response.output_item.added', { output_index, item: { ...item, status: 'in_progress', content: [] } });
        const text = item.content[0]!.text;
        const ids = { item_id: item.id, output_index, content_index: 0 };
        emit('response.content_part.added', { ...ids, part: { type: 'output_text', text: '', annotations: [], logprobs: [] } });
        for (const delta of chunkText(text, answer.chunkChars)) emit('response.output_text.delta', { ...ids, delta, logprobs: [] });
        emit('response.output_text.done', { ...ids, text, logprobs: [] });
        emit('response.content_part.done', { ...ids, part: item.content[0] });
        emit('response.output_item.done', { output_index, item });
        break;
      }
      case 'function_call': {
        emit('response.output_item.added', { output_index, item: { ...item, status: 'in_progress', arguments: '' } });
        for (const delta of chunkText(item.arguments, answer.chunkChars)) {
          emit('response.function_call_arguments.delta', { item_id: item.id, output_index, delta });
        }
        emit('response.function_call_arguments.done', { item_id: item.id, output_index, arguments: item.arguments });
        emit('response.output_item.done', { output_index, item });
        break;
      }
    }
  });
  const usageEvent = events.length;
  const final = answer.finish === 'length' ? 'incomplete' : 'completed';
  emit(`response.${final}`, { response: responseObject(answer, responseId, final, items, true) });
  return { events, usageEvent, stored: stored(responseId, items) };
}
