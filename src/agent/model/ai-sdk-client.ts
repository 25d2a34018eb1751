import { jsonSchema, streamText, tool, type LanguageModel, type ToolSet } from 'ai';
import type { JSONValue } from '@ai-sdk/provider';
import { classifyError } from './errors.js';
import { ModelError, type Message, type ModelClient, type ModelReply, type ModelRequest, type ToolCall, type Usage } from './types.js';

export type CacheStyle = 'anthropic' | 'openai' | 'none';

export interface AiSdkClientOptions {
  id: string;
  provider: string;
  model: string;
  languageModel: LanguageModel;
  cacheStyle: CacheStyle;
  /** A call that sends nothing for this long is abandoned (and retried by the loop). */
  idleTimeoutMs?: number;
}

// The SDK's warnings go to the console, over the status line; what matters is in the journal.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

type ProviderOptions = Record<string, Record<string, JSONValue>>;
const EPHEMERAL: ProviderOptions = { anthropic: { cacheControl: { type: 'ephemeral' } } };

/**
 * Puts Anthropic cache breakpoints on the stable prefix: the system prompt and the last two
 * messages. Each request's prefix then ends where the next one finds it, so nearly every
 * input token of a long run is a cache read. Pure: returns new messages.
 */
export function withCacheBreakpoints(messages: readonly Message[]): Message[] {
  return messages.map((m, i) => (i >= messages.length - 2 ? ({ ...m, providerOptions: { ...m.providerOptions, ...EPHEMERAL } } as Message) : m));
}

function toolSet(req: ModelRequest): ToolSet {
  // No validation here: arguments are checked by the tools themselves, so a bad call becomes a
  // readable error for the model instead of an SDK exception.
  return Object.fromEntries(req.tools.map((t) => [t.name, tool({ description: t.description, inputSchema: jsonSchema(t.parameters as never) })]));
}

function usageOf(u: { inputTokens?: number; outputTokens?: number; inputTokenDetails?: { cacheReadTokens?: number; cacheWriteTokens?: number }; outputTokenDetails?: { reasoningTokens?: number } }): Usage {
  return {
    input: u.inputTokens ?? 0,
    output: u.outputTokens ?? 0,
    cacheRead: u.inputTokenDetails?.cacheReadTokens ?? 0,
    cacheWrite: u.inputTokenDetails?.cacheWriteTokens ?? 0,
    reasoning: u.outputTokenDetails?.reasoningTokens ?? 0,
  };
}

/** One ModelClient for every provider the AI SDK speaks; the provider is chosen by the factory. */
export class AiSdkClient implements ModelClient {
  readonly id: string;
  readonly provider: string;
  readonly model: string;

  constructor(private readonly o: AiSdkClientOptions) {
    this.id = o.id;
    this.provider = o.provider;
    this.model = o.model;
  }

  async call(req: ModelRequest): Promise<ModelReply> {
    const idle = new AbortController();
    const idleMs = this.o.idleTimeoutMs ?? 300_000;
    let idleTimer = setTimeout(() => idle.abort(), idleMs);
    const touch = (): void => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => idle.abort(), idleMs);
    };
    const signal = req.signal ? AbortSignal.any([req.signal, idle.signal]) : idle.signal;
    const anthropic = this.o.cacheStyle === 'anthropic';
    const providerOptions: ProviderOptions = this.o.cacheStyle === 'openai' ? { openai: { promptCacheKey: req.cacheKey } } : {};
    let streamError: unknown;
    try {
      const result = streamText({
        model: this.o.languageModel,
        system: anthropic ? { role: 'system', content: req.system, providerOptions: EPHEMERAL } : req.system,
        messages: anthropic ? withCacheBreakpoints(req.messages) : req.messages,
        tools: toolSet(req),
        maxOutputTokens: req.maxOutputTokens,
        maxRetries: 0,
        abortSignal: signal,
        providerOptions,
        onError: ({ error }) => {
          streamError = error;
        },
      });
      for await (const part of result.fullStream) {
        touch();
        if (part.type === 'error') streamError = part.error;
      }
      if (streamError !== undefined) throw streamError;
      const [response, usage, calls, text, finishReason] = await Promise.all([result.response, result.usage, result.toolCalls, result.text, result.finishReason]);
      const toolCalls: ToolCall[] = calls.map((c) => {
        const invalid = (c as { invalid?: boolean; error?: unknown }).invalid;
        return {
          id: c.toolCallId,
          name: c.toolName,
          input: c.input,
          ...(invalid ? { parseError: String((c as { error?: { message?: string } }).error?.message ?? 'arguments are not valid JSON') } : {}),
        };
      });
      return {
        messages: response.messages as Message[],
        text,
        toolCalls,
        finishReason,
        usage: usageOf(usage),
        rawUsage: (usage as { raw?: unknown }).raw ?? null,
        modelId: response.modelId ?? this.model,
      };
    } catch (err) {
      throw err instanceof ModelError ? err : classifyError(err, idle.signal.aborted && !req.signal?.aborted);
    } finally {
      clearTimeout(idleTimer);
    }
  }
}
