/** Wire protocols the fake model server speaks. */
export type Protocol = 'anthropic' | 'openai-chat' | 'openai-responses' | 'gemini';

export type NormalizedPart =
  | { type: 'text'; text: string }
  | { type: 'tool-call'; id: string; name: string; args: unknown }
  | { type: 'tool-result'; id: string; name?: string; output: string };

export interface NormalizedMessage {
  /** 'tool' holds tool results (Anthropic and Gemini carry them in user turns; they are split out here). */
  role: 'user' | 'assistant' | 'tool';
  parts: NormalizedPart[];
}

export interface NormalizedTool {
  name: string;
  description: string;
  parameters: unknown;
}

/**
 * A request in protocol-independent form. Consecutive messages of the same role are merged, so a
 * conversation looks the same whichever protocol carried it (modulo tool-call ids, which Gemini omits).
 * System and developer messages, wherever they occur, are joined (with "\n\n") into `system`.
 * Reasoning/thinking blocks sent back by clients are dropped.
 */
export interface NormalizedRequest {
  protocol: Protocol;
  model: string;
  system: string;
  messages: NormalizedMessage[];
  tools: NormalizedTool[];
  /** Number of Anthropic cache_control marks (tools, system blocks, message blocks, top level). */
  cacheBreakpoints: number;
  /** OpenAI prompt_cache_key. */
  promptCacheKey?: string;
  /** The parsed JSON body. */
  raw: unknown;
  /** Request headers, lower-cased names. */
  headers: Record<string, string>;
}

/** What the server recorded for an accepted request: the normalised request plus transport details. */
export interface RecordedRequest extends NormalizedRequest {
  /** Position among accepted requests (the `index` passed to the script). */
  index: number;
  method: string;
  /** Path and query, as received. */
  path: string;
  stream: boolean;
  /** The API key, from x-api-key, Authorization: Bearer, x-goog-api-key or ?key=. */
  apiKey?: string;
}

/** Protocol-independent token usage. */
export interface TokenUsage {
  /** All prompt tokens, including those read from and written to the cache. */
  inputTokens: number;
  cacheReadTokens: number;
  /** Anthropic only (the other protocols do not bill cache writes); 0 elsewhere. */
  cacheWriteTokens: number;
  /** All output tokens, including reasoning tokens. */
  outputTokens: number;
  reasoningTokens: number;
}

export interface TurnToolCall {
  /** Defaults to a generated id (toolu_…, call_…; Gemini: no id unless given, like real Gemini 2.x). */
  id?: string;
  name: string;
  args: unknown;
}

export interface TurnError {
  status: number;
  /** Sent as the retry-after header (seconds). */
  retryAfterSeconds?: number;
  message?: string;
  /**
   * Streaming requests only: answer 200 and send the error as the first stream event (Anthropic
   * `event: error`, OpenAI `data: {"error":…}` / Responses `error` event, Gemini `data: {"error":…}`),
   * the way providers report overload after the stream has started. Ignored for non-streaming requests.
   */
  inStream?: boolean;
}

/** One scripted model answer. Content order in the answer: reasoning, text, tool calls. */
export interface Turn {
  text?: string;
  reasoning?: string;
  toolCalls?: TurnToolCall[];
  /** Answer with an error instead (nothing else in the turn is used, except stallMs). */
  error?: TurnError;
  /**
   * Close the socket after this many SSE events (streaming), or after half the JSON body
   * (non-streaming), when the response is longer than that. Clients see a truncated body.
   */
  cutAfterEvents?: number;
  /** Wait this long before answering (or, with stallAfterEvents, mid-stream). */
  stallMs?: number;
  /** Stall after this many SSE events instead of before the response headers. */
  stallAfterEvents?: number;
  /** Pause between SSE events. */
  eventDelayMs?: number;
  /** 'length' reports hitting the output limit (max_tokens / length / incomplete / MAX_TOKENS). */
  finish?: 'stop' | 'length';
  /** Override parts of the computed usage. */
  usage?: Partial<TokenUsage>;
}

export type Script = (req: RecordedRequest, index: number) => Turn | Promise<Turn>;

/** Usage the server reported for one answered request. */
export interface RecordedResponse {
  index: number;
  protocol: Protocol;
  /** The raw usage object exactly as sent (Anthropic streaming: the one in message_delta). */
  usage: Record<string, unknown>;
  /** The same usage in protocol-independent form. */
  tokens: TokenUsage;
  /** False when the response was cut (or the client went away) before the usage reached the client. */
  delivered: boolean;
}

/** A request the server refused before reaching the script (bad JSON, unknown route, invalid content). */
export interface RejectedRequest {
  method: string;
  path: string;
  status: number;
  message: string;
  body: unknown;
}
