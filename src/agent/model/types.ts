import type { ModelMessage } from 'ai';

/** A conversation message, JSON-serialisable, in the AI SDK's provider-neutral shape. */
export type Message = ModelMessage;

/** A JSON Schema object describing a tool's arguments. */
export interface JsonSchemaObject {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
}

export interface ToolSpec {
  name: string;
  description: string;
  parameters: JsonSchemaObject;
}

/** Token counts of one call. `input` counts every prompt token, cached ones included. */
export interface Usage {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  reasoning: number;
}

export const ZERO_USAGE: Usage = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, reasoning: 0 };

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    input: a.input + b.input,
    output: a.output + b.output,
    cacheRead: a.cacheRead + b.cacheRead,
    cacheWrite: a.cacheWrite + b.cacheWrite,
    reasoning: a.reasoning + b.reasoning,
  };
}

export interface ModelRequest {
  system: string;
  messages: Message[];
  tools: ToolSpec[];
  maxOutputTokens?: number;
  /** Stable per run: providers route requests with the same key to the same prompt cache. */
  cacheKey: string;
  signal?: AbortSignal;
}

export interface ToolCall {
  id: string;
  name: string;
  /** Parsed arguments, or the raw text when the model sent something that is not JSON. */
  input: unknown;
  /** Set when the arguments could not be parsed. */
  parseError?: string;
}

export interface ModelReply {
  /** Messages to append to the conversation (the assistant's turn). */
  messages: Message[];
  text: string;
  toolCalls: ToolCall[];
  finishReason: string;
  usage: Usage;
  /** The provider's own usage object, as it reported it. */
  rawUsage: unknown;
  modelId: string;
}

export type ModelErrorKind = 'rate-limit' | 'overloaded' | 'server' | 'timeout' | 'network' | 'context-length' | 'auth' | 'bad-request' | 'other';

/** A failed model call, classified so the loop can decide to retry, compact or stop. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(
    message: string,
    readonly kind: ModelErrorKind,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** One small interface for every provider; the loop never sees an SDK. */
export interface ModelClient {
  /** provider/model, as given on the command line. */
  readonly id: string;
  readonly provider: string;
  readonly model: string;
  call(req: ModelRequest): Promise<ModelReply>;
}
