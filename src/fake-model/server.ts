import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { anthropicErrorBody, anthropicErrorEvent, renderAnthropicJson, renderAnthropicStream } from './anthropic.js';
import { defaultErrorMessage, IdGen, type Answer, type RenderedJson, type RenderedStream } from './common.js';
import { geminiErrorBody, geminiErrorEvent, geminiStreamChunks, renderGeminiJson, renderGeminiStream } from './gemini.js';
import {
  normalizeAnthropic,
  normalizeGemini,
  normalizeOpenAIChat,
  normalizeOpenAIResponses,
  protocolOfPath,
  RequestError,
  type Normalized,
  type ResponsesLookup,
} from './normalize.js';
import { openaiChatErrorEvent, openaiErrorBody, renderOpenAIChatJson, renderOpenAIChatStream } from './openai-chat.js';
import { openaiResponsesErrorEvent, renderOpenAIResponsesJson, renderOpenAIResponsesStream } from './openai-responses.js';
import type {
  NormalizedMessage,
  Protocol,
  RecordedRequest,
  RecordedResponse,
  RejectedRequest,
  Script,
  Turn,
  TurnError,
} from './types.js';
import { computeUsage, DEFAULT_CACHE_SETTINGS, PromptCacheStore, rawUsage, type CacheSettings } from './usage.js';

export interface FakeModelServerOptions {
  script: Script;
  /** Keep only the last N recorded requests (long benchmarks; each holds a whole conversation). */
  keepRequests?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Default 0: a random free port. */
  port?: number;
  /** Maximum characters per streamed text / argument delta; default 16. */
  chunkChars?: number;
  /** Prompt-cache rules (minimum sizes, increments, Anthropic lookback). */
  cache?: Partial<CacheSettings>;
}

export interface FakeModelServer {
  /** e.g. http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  /** Accepted requests, in arrival order (the script's `index`). */
  requests: RecordedRequest[];
  /** Usage reported for each successful answer. */
  responses: RecordedResponse[];
  /** Requests refused before reaching the script. */
  rejected: RejectedRequest[];
  /** Forget every cached prompt prefix. */
  resetCache(): void;
  /** Stop listening and drop open connections (stalled requests included). */
  close(): Promise<void>;
}

/** A script answering request i with turns[i]; past the end, a 500 error turn. */
export function scriptFromTurns(turns: Turn[]): Script {
  return (_req, index) =>
    turns[index] ?? { error: { status: 500, message: `fake model: no scripted turn for request ${index}` } };
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function apiKeyOf(headers: Record<string, string>, url: URL): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers['authorization'] ?? '')?.[1];
  return headers['x-api-key'] ?? bearer ?? headers['x-goog-api-key'] ?? url.searchParams.get('key') ?? undefined;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function write(res: http.ServerResponse, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    res.write(chunk, () => resolve());
  });
}

/** Drop the connection without finishing the response: the client sees a truncated body. */
function cut(res: http.ServerResponse): void {
  res.socket?.destroy();
  res.destroy();
}

function mergeMessages(messages: NormalizedMessage[]): NormalizedMessage[] {
  const out: NormalizedMessage[] = [];
  for (const message of messages) {
    const last = out[out.length - 1];
    if (last && last.role === message.role) last.parts.push(...structuredClone(message.parts));
    else out.push(structuredClone(message));
  }
  return out;
}

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' };

export async function startFakeModelServer(opts: FakeModelServerOptions): Promise<FakeModelServer> {
  const requests: RecordedRequest[] = [];
  const responses: RecordedResponse[] = [];
  const rejected: RejectedRequest[] = [];
  const cache = new PromptCacheStore();
  const settings: CacheSettings = { ...DEFAULT_CACHE_SETTINGS, ...opts.cache };
  const ids = new IdGen();
  const chunkChars = Math.max(1, opts.chunkChars ?? 16);
  const closing = new AbortController();
  // Responses API state: output items (for item_reference) and conversations (for previous_response_id).
  const storedItems = new Map<string, NormalizedMessage | null>();
  const storedResponses = new Map<string, { messages: NormalizedMessage[] }>();
  const lookup: ResponsesLookup = {
    item: (id) => storedItems.get(id),
    response: (id) => storedResponses.get(id),
  };

  function requestIdHeaders(protocol: Protocol, requestId: string): Record<string, string> {
    switch (protocol) {
      case 'anthropic':
        return { 'request-id': requestId };
      case 'openai-chat':
      case 'openai-responses':
        return { 'x-request-id': requestId, 'openai-processing-ms': '1' };
      case 'gemini':
        return {};
    }
  }

  function errorBody(protocol: Protocol, status: number, message: string, requestId: string): unknown {
    switch (protocol) {
      case 'anthropic':
        return anthropicErrorBody(status, message, requestId);
      case 'openai-chat':
      case 'openai-responses':
        return openaiErrorBody(status, message);
      case 'gemini':
        return geminiErrorBody(status, message);
    }
  }

  function errorEvent(protocol: Protocol, status: number, message: string, requestId: string): string {
    switch (protocol) {
      case 'anthropic':
        return anthropicErrorEvent(status, message, requestId);
      case 'openai-chat':
        return openaiChatErrorEvent(status, message);
      case 'openai-responses':
        return openaiResponsesErrorEvent(status, message);
      case 'gemini':
        return geminiErrorEvent(status, message);
    }
  }

  function sendError(res: http.ServerResponse, protocol: Protocol, error: TurnError, stream: boolean): void {
    const requestId = ids.next('req_');
    const message = error.message ?? defaultErrorMessage(error.status);
    const headers: Record<string, string> = { ...requestIdHeaders(protocol, requestId) };
    if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
    if (protocol === 'anthropic') headers['x-should-retry'] = String(error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500);
    if (stream && error.inStream) {
      res.writeHead(200, { ...SSE_HEADERS, ...headers });
      res.end(errorEvent(protocol, error.status, message, requestId));
      return;
    }
    const body = JSON.stringify(errorBody(protocol, error.status, message, requestId));
    res.writeHead(error.status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  function refuse(res: http.ServerResponse, req: http.IncomingMessage, protocol: Protocol | null, status: number, message: string, body: unknown) {
    rejected.push({ method: req.method ?? '', path: req.url ?? '', status, message, body });
    if (protocol) return sendError(res, protocol, { status, message }, false);
    const text = JSON.stringify({ error: { message, type: 'not_found_error' } });
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  function normalize(protocol: Protocol, body: unknown, route: { model?: string; stream?: boolean }): Normalized {
    switch (protocol) {
      case 'anthropic':
        return normalizeAnthropic(body);
      case 'openai-chat':
        return normalizeOpenAIChat(body);
      case 'openai-responses':
        return normalizeOpenAIResponses(body, lookup);
      case 'gemini':
        return normalizeGemini(body, route.model ?? '', route.stream ?? false);
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const url = new URL(path, 'http://fake.invalid');
    const route = method === 'POST' ? protocolOfPath(url.pathname) : null;
    const text = await readBody(req);
    if (!route) return refuse(res, req, null, 404, `No route for ${method} ${url.pathname}`, text);
    const { protocol } = route;
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return refuse(res, req, protocol, 400, 'Request body is not valid JSON', text);
    }
    let normalized: Normalized;
    try {
      normalized = normalize(protocol, body, route);
    } catch (error) {
      if (error instanceof RequestError) return refuse(res, req, protocol, error.status, error.message, body);
      throw error;
    }
    const headers = flattenHeaders(req.headers);
    const index = requests.length;
    const apiKey = apiKeyOf(headers, url);
    const recorded: RecordedRequest = {
      ...normalized.request,
      headers,
      index,
      method,
      path,
      stream: normalized.stream,
      ...(apiKey !== undefined ? { apiKey } : {}),
    };
    requests.push(recorded);
    if (opts.keepRequests !== undefined && requests.length > opts.keepRequests) requests.splice(0, requests.length - opts.keepRequests);

    const aborted = new AbortController();
    const abort = () => aborted.abort();
    res.on('close', abort);
    closing.signal.addEventListener('abort', abort, { once: true });
    try {
      let turn: Turn;
      try {
        turn = await opts.script(recorded, index);
      } catch (error) {
        const message = `fake model script failed: ${error instanceof Error ? error.message : String(error)}`;
        return sendError(res, protocol, { status: 500, message }, false);
      }
      if (turn.stallMs && turn.stallAfterEvents === undefined) {
        await sleep(turn.stallMs, aborted.signal);
        if (aborted.signal.aborted) return;
      }
      if (turn.error) return sendError(res, protocol, turn.error, normalized.stream);
      await answer(res, url, protocol, normalized, recorded, turn, aborted.signal);
    } finally {
      res.off('close', abort);
      closing.signal.removeEventListener('abort', abort);
    }
  }

  async function answer(
    res: http.ServerResponse,
    url: URL,
    protocol: Protocol,
    normalized: Normalized,
    recorded: RecordedRequest,
    turn: Turn,
    signal: AbortSignal,
  ): Promise<void> {
    const usage = computeUsage(recorded, normalized.breakpoints, turn, cache, settings);
    usage.commit();
    const answer: Answer = {
      model: recorded.model,
      created: Math.floor(Date.now() / 1000),
      ...(turn.reasoning ? { reasoning: turn.reasoning } : {}),
      ...(turn.text ? { text: turn.text } : {}),
      toolCalls: turn.toolCalls ?? [],
      finish: turn.finish ?? 'stop',
      tokens: usage.tokens,
      rawUsage: rawUsage(protocol, usage.tokens, usage),
      chunkChars,
      ids,
    };
    const requestId = ids.next('req_');
    const headers = requestIdHeaders(protocol, requestId);
    const stream = normalized.stream;
    const geminiJsonArray = protocol === 'gemini' && stream && url.searchParams.get('alt') !== 'sse';

    let rendered: RenderedStream | RenderedJson;
    if (!stream) {
      switch (protocol) {
        case 'anthropic':
          rendered = renderAnthropicJson(answer);
          break;
        case 'openai-chat':
          rendered = renderOpenAIChatJson(answer);
          break;
        case 'openai-responses':
          rendered = renderOpenAIResponsesJson(answer);
          break;
        case 'gemini':
          rendered = renderGeminiJson(answer);
          break;
      }
    } else if (geminiJsonArray) {
      // streamGenerateContent without alt=sse streams one JSON array of chunk objects.
      const { chunks } = geminiStreamChunks(answer);
      rendered = { body: chunks };
    } else {
      switch (protocol) {
        case 'anthropic':
          rendered = renderAnthropicStream(answer);
          break;
        case 'openai-chat':
          rendered = renderOpenAIChatStream(answer, normalized.includeUsage);
          break;
        case 'openai-responses':
          rendered = renderOpenAIResponsesStream(answer);
          break;
        case 'gemini':
          rendered = renderGeminiStream(answer);
          break;
      }
    }

    if (rendered.stored && normalized.store) {
      const output: NormalizedMessage[] = [];
      for (const item of rendered.stored.items) {
        storedItems.set(item.id, item.message);
        if (item.message) output.push(item.message);
      }
      storedResponses.set(rendered.stored.responseId, { messages: mergeMessages([...recorded.messages, ...output]) });
    }

    const record: RecordedResponse = {
      index: recorded.index,
      protocol,
      usage: answer.rawUsage,
      tokens: usage.tokens,
      delivered: false,
    };
    responses.push(record);

    if ('events' in rendered) {
      const { events, usageEvent } = rendered;
      record.delivered = usageEvent >= 0 && (turn.cutAfterEvents === undefined || turn.cutAfterEvents > usageEvent);
      res.writeHead(200, { ...SSE_HEADERS, ...headers });
      res.flushHeaders();
      for (let i = 0; i < events.length; i++) {
        if (turn.cutAfterEvents !== undefined && i >= turn.cutAfterEvents) return cut(res);
        if (turn.stallMs && turn.stallAfterEvents === i) await sleep(turn.stallMs, signal);
        else if (turn.eventDelayMs && i > 0) await sleep(turn.eventDelayMs, signal);
        if (signal.aborted || res.destroyed) {
          if (i <= usageEvent) record.delivered = false;
          return;
        }
        await write(res, events[i]!);
      }
      res.end();
      return;
    }

    const text = geminiJsonArray
      ? `[${(rendered.body as unknown[]).map((c) => JSON.stringify(c)).join(',\r\n')}]`
      : JSON.stringify(rendered.body);
    record.delivered = turn.cutAfterEvents === undefined;
    res.writeHead(200, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    if (turn.cutAfterEvents !== undefined) {
      const half = Buffer.from(text).subarray(0, Math.floor(Buffer.byteLength(text) / 2));
      res.write(half, () => cut(res));
      return;
    }
    res.end(text);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        const text = JSON.stringify({ error: { message: `fake model server error: ${String(error)}` } });
        res.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      } else {
        res.destroy();
      }
    });
  });

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    requests,
    responses,
    rejected,
    resetCache: () => cache.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

