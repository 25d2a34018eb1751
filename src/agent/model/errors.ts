import { APICallError } from 'ai';
import { ModelError, type ModelErrorKind } from './types.js';

const CONTEXT_PATTERNS = /context.length|context window|prompt is too long|maximum context|too many tokens|input is too long|exceeds the (maximum|context)/i;

/** Milliseconds from a retry-after(-ms) header: seconds, or an HTTP date. */
export function retryAfterMs(headers: Record<string, string> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const ms = Number(lower['retry-after-ms']);
  if (Number.isFinite(ms) && ms >= 0 && lower['retry-after-ms'] !== undefined) return ms;
  const ra = lower['retry-after'];
  if (ra === undefined) return undefined;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const date = Date.parse(ra);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function kindOfStatus(status: number, message: string): ModelErrorKind {
  if (status === 429) return 'rate-limit';
  if (status === 529 || status === 503) return 'overloaded';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'server';
  if (status === 401 || status === 403) return 'auth';
  if ((status === 400 || status === 413) && CONTEXT_PATTERNS.test(message)) return 'context-length';
  return 'bad-request';
}

const RETRYABLE: ReadonlySet<ModelErrorKind> = new Set(['rate-limit', 'overloaded', 'server', 'timeout', 'network']);

/** Turns whatever an SDK threw into a ModelError. */
export function classifyError(err: unknown, timedOut = false): ModelError {
  if (err instanceof ModelError) return err;
  if (timedOut) return new ModelError('the model call stalled past its time limit', 'timeout', true);
  if (APICallError.isInstance(err)) {
    const body = typeof err.responseBody === 'string' ? err.responseBody.slice(0, 500) : '';
    const text = `${err.message} ${body}`;
    if (err.statusCode === undefined || err.statusCode < 400) {
      // No error status: the connection broke, e.g. a stream cut after a 200 response began.
      return new ModelError(`connection failed: ${err.message}`, 'network', true);
    }
    const kind = kindOfStatus(err.statusCode, text);
    return new ModelError(`HTTP ${err.statusCode}: ${err.message}`, kind, RETRYABLE.has(kind), err.statusCode, retryAfterMs(err.responseHeaders));
  }
  const e = err as { name?: string; message?: string; code?: string; cause?: unknown };
  const message = e?.message ?? String(err);
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return new ModelError('the model call was aborted', 'timeout', true);
  if (CONTEXT_PATTERNS.test(message)) return new ModelError(message, 'context-length', false);
  if (/terminated|ECONNRESET|ECONNREFUSED|EPIPE|socket|fetch failed|network/i.test(`${message} ${String(e?.cause ?? '')}`)) {
    return new ModelError(`connection failed: ${message}`, 'network', true);
  }
  // Errors sent inside a stream arrive as plain objects ({ type, message, code }).
  const obj = err as { type?: string; code?: string; error?: { type?: string } };
  const tag = `${obj?.type ?? ''} ${obj?.code ?? ''} ${obj?.error?.type ?? ''}`;
  if (/overload/i.test(tag)) return new ModelError(message, 'overloaded', true);
  if (/rate.?limit/i.test(tag)) return new ModelError(message, 'rate-limit', true);
  if (/server|api_error|internal/i.test(tag)) return new ModelError(message, 'server', true);
  return new ModelError(message, 'other', false);
}
