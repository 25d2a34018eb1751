import { chunkText, sse, type Answer, type RenderedJson, type RenderedStream } from './common.js';

/** google.rpc status names by HTTP status. */
export function geminiStatus(status: number): string {
  switch (status) {
    case 400:
      return 'INVALID_ARGUMENT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'PERMISSION_DENIED';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'ABORTED';
    case 429:
      return 'RESOURCE_EXHAUSTED';
    case 499:
      return 'CANCELLED';
    case 501:
      return 'UNIMPLEMENTED';
    case 503:
    case 529:
      return 'UNAVAILABLE';
    case 504:
      return 'DEADLINE_EXCEEDED';
    default:
      return status >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION';
  }
}

export function geminiErrorBody(status: number, message: string) {
  return { error: { code: status, message, status: geminiStatus(status) } };
}

/** Gemini SSE uses CRLF line endings. */
export function geminiErrorEvent(status: number, message: string): string {
  return sse(geminiErrorBody(status, message), undefined, '\r\n');
}

function finishReason(answer: Answer): string {
  return answer.finish === 'length' ? 'MAX_TOKENS' : 'STOP';
}

function thoughtSignature(answer: Answer): string {
  return Buffer.from(`fake-thought-signature:${answer.reasoning ?? ''}`.slice(0, 64)).toString('base64');
}

type Part = Record<string, unknown>;

/** Content parts in answer order; with reasoning, the first non-thought part carries a thoughtSignature. */
function parts(answer: Answer, chunked: boolean): Part[][] {
  const groups: Part[][] = [];
  let signed = !answer.reasoning;
  const sign = (part: Part): Part => {
    if (signed) return part;
    signed = true;
    return { ...part, thoughtSignature: thoughtSignature(answer) };
  };
  if (answer.reasoning) {
    const pieces = chunked ? chunkText(answer.reasoning, answer.chunkChars) : [answer.reasoning];
    for (const text of pieces) groups.push([{ text, thought: true }]);
  }
  if (answer.text) {
    const pieces = chunked ? chunkText(answer.text, answer.chunkChars) : [answer.text];
    for (const text of pieces) groups.push([sign({ text })]);
  }
  // Gemini sends each function call whole, all of them in one chunk.
  if (answer.toolCalls.length > 0) {
    groups.push(
      answer.toolCalls.map((call) =>
        sign({ functionCall: { ...(call.id !== undefined ? { id: call.id } : {}), name: call.name, args: call.args ?? {} } }),
      ),
    );
  }
  return groups;
}

function partialUsage(answer: Answer) {
  const u = answer.rawUsage;
  return {
    promptTokenCount: u.promptTokenCount,
    totalTokenCount: u.promptTokenCount,
    ...(u.cachedContentTokenCount !== undefined ? { cachedContentTokenCount: u.cachedContentTokenCount } : {}),
    promptTokensDetails: u.promptTokensDetails,
  };
}

function base(answer: Answer, responseId: string) {
  return { modelVersion: answer.model, responseId };
}

export function renderGeminiJson(answer: Answer): RenderedJson {
  const all = parts(answer, false).flat();
  return {
    body: {
      candidates: [{ content: { parts: all, role: 'model' }, finishReason: finishReason(answer), index: 0 }],
      usageMetadata: answer.rawUsage,
      ...base(answer, answer.ids.next('')),
    },
  };
}

/** The chunk objects of a streamed answer (SSE with alt=sse, else a JSON array). */
export function geminiStreamChunks(answer: Answer): { chunks: unknown[]; usageChunk: number } {
  const responseId = answer.ids.next('');
  const groups = parts(answer, true);
  if (groups.length === 0) groups.push([{ text: '' }]);
  const chunks = groups.map((group, i) => {
    const last = i === groups.length - 1;
    return {
      candidates: [
        { content: { parts: group, role: 'model' }, ...(last ? { finishReason: finishReason(answer) } : {}), index: 0 },
      ],
      // Like the real API, every chunk carries usage; counts are cumulative and the last one is final.
      usageMetadata: last ? answer.rawUsage : partialUsage(answer),
      ...base(answer, responseId),
    };
  });
  return { chunks, usageChunk: chunks.length - 1 };
}

export function renderGeminiStream(answer: Answer): RenderedStream {
  const { chunks, usageChunk } = geminiStreamChunks(answer);
  return { events: chunks.map((c) => sse(c, undefined, '\r\n')), usageEvent: usageChunk };
}
