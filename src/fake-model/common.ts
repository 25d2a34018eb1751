import type { NormalizedMessage, TokenUsage } from './types.js';

/** Deterministic ids: prefix plus a per-server counter. */
export class IdGen {
  private n = 0;

  next(prefix: string): string {
    this.n++;
    return `${prefix}fake${this.n.toString(36).padStart(8, '0')}`;
  }
}

/** Everything a protocol renderer needs to write one successful answer. */
export interface Answer {
  model: string;
  /** Unix seconds. */
  created: number;
  reasoning?: string;
  text?: string;
  toolCalls: Array<{ id?: string; name: string; args: unknown }>;
  finish: 'stop' | 'length';
  tokens: TokenUsage;
  /** The protocol's usage object, as it will be sent. */
  rawUsage: Record<string, unknown>;
  /** Text and argument deltas are at most this many characters. */
  chunkChars: number;
  ids: IdGen;
}

export interface RenderedStream {
  /** Fully formatted SSE events (each ends with its blank line). */
  events: string[];
  /** Index of the event that carries the final usage; -1 if none is sent. */
  usageEvent: number;
  /** Output items to remember for later item_reference / previous_response_id (Responses API). */
  stored?: StoredOutput;
}

export interface RenderedJson {
  body: unknown;
  stored?: StoredOutput;
}

export interface StoredOutput {
  responseId: string;
  items: Array<{ id: string; message: NormalizedMessage | null }>;
}

/** Splits text into deltas of at most `size` code points. */
export function chunkText(text: string, size: number): string[] {
  const points = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < points.length; i += Math.max(1, size)) out.push(points.slice(i, i + size).join(''));
  return out;
}

export function sse(data: unknown, event?: string, eol = '\n'): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event !== undefined ? `event: ${event}${eol}` : ''}data: ${payload}${eol}${eol}`;
}

export function argsJson(args: unknown): string {
  return typeof args === 'string' ? args : JSON.stringify(args ?? {});
}

export function defaultErrorMessage(status: number): string {
  switch (status) {
    case 400:
      return 'Invalid request';
    case 401:
      return 'Invalid API key';
    case 403:
      return 'Permission denied';
    case 404:
      return 'Not found';
    case 408:
      return 'Request timed out';
    case 413:
      return 'Request too large';
    case 429:
      return 'Rate limit exceeded';
    case 503:
      return 'Service unavailable';
    case 529:
      return 'Overloaded';
    default:
      return status >= 500 ? 'Internal server error' : `HTTP ${status}`;
  }
}
