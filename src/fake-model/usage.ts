import { createHash } from 'node:crypto';
import type { NormalizedRequest, Protocol, TokenUsage, Turn } from './types.js';

/**
 * Token arithmetic of the fake model server. Everything here is pure and deterministic so tests can
 * recompute what the server reports.
 *
 * A prompt is a sequence of items in the order providers cache it: each tool definition, the system
 * prompt (if any), then every message part in order. Each item costs estimateTokens(its text).
 */

/** Deterministic token estimate: one token per four UTF-16 code units, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export interface PromptItem {
  /** Identity of the item (role and content) for prefix matching. */
  key: string;
  tokens: number;
}

/** The text an item is counted by. */
function partText(part: NormalizedRequest['messages'][number]['parts'][number]): string {
  switch (part.type) {
    case 'text':
      return part.text;
    case 'tool-call':
      return part.name + JSON.stringify(part.args ?? {});
    case 'tool-result':
      return part.output;
  }
}

export function toolText(tool: NormalizedRequest['tools'][number]): string {
  return JSON.stringify({ name: tool.name, description: tool.description, parameters: tool.parameters ?? null });
}

export function promptItems(req: Pick<NormalizedRequest, 'system' | 'tools' | 'messages'>): PromptItem[] {
  const items: PromptItem[] = [];
  for (const tool of req.tools) {
    const text = toolText(tool);
    items.push({ key: `tool ${text}`, tokens: estimateTokens(text) });
  }
  if (req.system !== '') items.push({ key: `system ${req.system}`, tokens: estimateTokens(req.system) });
  for (const message of req.messages) {
    for (const part of message.parts) {
      items.push({ key: JSON.stringify([message.role, part]), tokens: estimateTokens(partText(part)) });
    }
  }
  return items;
}

/** Index of the first item after the tools and system prompt (i.e. of the first message part). */
export function firstPartItem(req: Pick<NormalizedRequest, 'system' | 'tools'>): number {
  return req.tools.length + (req.system !== '' ? 1 : 0);
}

export function totalTokens(items: readonly PromptItem[]): number {
  return items.reduce((sum, item) => sum + item.tokens, 0);
}

/** Tokens of the first n items. */
export function prefixTokens(items: readonly PromptItem[], n: number): number {
  let sum = 0;
  for (let i = 0; i < n && i < items.length; i++) sum += items[i]!.tokens;
  return sum;
}

/** hashes[i] identifies the prefix made of items 0..i. */
export function prefixHashes(items: readonly PromptItem[]): string[] {
  const hashes: string[] = [];
  let previous = '';
  for (const item of items) {
    previous = createHash('sha256').update(previous).update('\0').update(item.key).digest('hex');
    hashes.push(previous);
  }
  return hashes;
}

/** Number of leading items of `items` whose prefix is in `store` (the longest such prefix). */
export function longestStoredPrefix(hashes: readonly string[], store: ReadonlySet<string>): number {
  for (let n = hashes.length; n > 0; n--) if (store.has(hashes[n - 1]!)) return n;
  return 0;
}

export interface AutomaticCacheRules {
  /** Prompts (and cached prefixes) shorter than this are not cached. */
  minTokens: number;
  /** Cached token counts are rounded down to a multiple of this. */
  increment: number;
}

/** OpenAI: automatic for prompts of at least 1024 tokens, in 128-token increments. */
export const OPENAI_CACHE_RULES: AutomaticCacheRules = { minTokens: 1024, increment: 128 };
/** Gemini implicit caching (2.5 Flash minimum; Pro models need 2048, configurable on the server). */
export const GEMINI_CACHE_RULES: AutomaticCacheRules = { minTokens: 1024, increment: 1 };

/**
 * Automatic (OpenAI, Gemini) caching: every earlier prompt in the same cache namespace is cached in
 * full, so `store` holds all their prefix hashes. Cached tokens = tokens of the longest stored prefix,
 * zero below minTokens, rounded down to the increment.
 */
export function cachedPrefixTokens(
  items: readonly PromptItem[],
  store: ReadonlySet<string>,
  rules: AutomaticCacheRules,
): number {
  const n = longestStoredPrefix(prefixHashes(items), store);
  const tokens = prefixTokens(items, n);
  if (tokens < rules.minTokens || totalTokens(items) < rules.minTokens) return 0;
  return Math.floor(tokens / rules.increment) * rules.increment;
}

export interface Breakpoint {
  /** Index of the item the cache_control mark ends on. */
  item: number;
  ttl: '5m' | '1h';
}

export interface AnthropicCacheRules {
  /** Minimum cacheable prefix (1024 for Sonnet/Opus; Haiku models need 2048 or 4096). */
  minTokens: number;
  /** A breakpoint also finds entries ending up to this many items before it. */
  lookback: number;
}

export const ANTHROPIC_CACHE_RULES: AnthropicCacheRules = { minTokens: 1024, lookback: 20 };

export interface AnthropicCacheResult {
  readTokens: number;
  writeTokens: number;
  write5mTokens: number;
  write1hTokens: number;
  /** Prefix hashes this request writes (one per breakpoint whose prefix is long enough). */
  entries: string[];
}

/**
 * Anthropic prompt caching. Entries exist only for prefixes ending at a cache_control breakpoint of
 * some earlier request (`store`). A request reads the longest entry ending at one of its breakpoints or
 * up to `lookback` items before one, and writes every breakpoint prefix of at least minTokens; the
 * written tokens are those between the read prefix and the last written breakpoint, attributed to the
 * TTL of the breakpoint that closes each segment. Without breakpoints nothing is read or written.
 */
export function anthropicCache(
  items: readonly PromptItem[],
  breakpoints: readonly Breakpoint[],
  store: ReadonlySet<string>,
  rules: AnthropicCacheRules = ANTHROPIC_CACHE_RULES,
): AnthropicCacheResult {
  const hashes = prefixHashes(items);
  const cum = [0];
  for (const item of items) cum.push(cum[cum.length - 1]! + item.tokens);
  const bps = [...breakpoints]
    .filter((b) => b.item >= 0 && b.item < items.length)
    .sort((a, b) => a.item - b.item);
  let read = 0;
  for (const bp of bps) {
    const end = bp.item + 1;
    for (let n = end; n >= Math.max(1, end - rules.lookback); n--) {
      if (store.has(hashes[n - 1]!)) {
        read = Math.max(read, n);
        break;
      }
    }
  }
  const entries: string[] = [];
  let write5m = 0;
  let write1h = 0;
  let covered = read;
  for (const bp of bps) {
    const end = bp.item + 1;
    if (cum[end]! < rules.minTokens) continue;
    entries.push(hashes[end - 1]!);
    if (end > covered) {
      const segment = cum[end]! - cum[covered]!;
      if (bp.ttl === '1h') write1h += segment;
      else write5m += segment;
      covered = end;
    }
  }
  return {
    readTokens: cum[read]!,
    writeTokens: write5m + write1h,
    write5mTokens: write5m,
    write1hTokens: write1h,
    entries,
  };
}

/** Per-server cache state: prefix hashes per namespace (provider, model and, for OpenAI, cache key). */
export class PromptCacheStore {
  private readonly spaces = new Map<string, Set<string>>();

  space(namespace: string): Set<string> {
    let set = this.spaces.get(namespace);
    if (!set) {
      set = new Set();
      this.spaces.set(namespace, set);
    }
    return set;
  }

  clear(): void {
    this.spaces.clear();
  }
}

export interface CacheSettings {
  anthropic: AnthropicCacheRules;
  openai: AutomaticCacheRules;
  gemini: AutomaticCacheRules;
}

export const DEFAULT_CACHE_SETTINGS: CacheSettings = {
  anthropic: ANTHROPIC_CACHE_RULES,
  openai: OPENAI_CACHE_RULES,
  gemini: GEMINI_CACHE_RULES,
};

export function cacheNamespace(req: Pick<NormalizedRequest, 'protocol' | 'model' | 'promptCacheKey'>): string {
  switch (req.protocol) {
    case 'anthropic':
      return `anthropic\0${req.model}`;
    case 'openai-chat':
    case 'openai-responses':
      return `openai\0${req.model}\0${req.promptCacheKey ?? ''}`;
    case 'gemini':
      return `gemini\0${req.model}`;
  }
}

/** Output tokens of a turn: its text, each tool call's name and serialised args, and its reasoning. */
export function outputTokens(turn: Pick<Turn, 'text' | 'reasoning' | 'toolCalls'>): {
  outputTokens: number;
  reasoningTokens: number;
} {
  const reasoningTokens = estimateTokens(turn.reasoning ?? '');
  let tokens = estimateTokens(turn.text ?? '') + reasoningTokens;
  for (const call of turn.toolCalls ?? []) tokens += estimateTokens(call.name + JSON.stringify(call.args ?? {}));
  return { outputTokens: tokens, reasoningTokens };
}

export interface ComputedUsage {
  tokens: TokenUsage;
  /** Anthropic cache-write split by TTL (after overrides). */
  write5mTokens: number;
  write1hTokens: number;
  /** Record this request's cacheable prefixes (call once the request is answered). */
  commit(): void;
}

/** Usage of answering `req` with `turn`, given the server's cache state. */
export function computeUsage(
  req: Pick<NormalizedRequest, 'protocol' | 'model' | 'promptCacheKey' | 'system' | 'tools' | 'messages'>,
  breakpoints: readonly Breakpoint[],
  turn: Turn,
  store: PromptCacheStore,
  settings: CacheSettings = DEFAULT_CACHE_SETTINGS,
): ComputedUsage {
  const items = promptItems(req);
  const space = store.space(cacheNamespace(req));
  const out = outputTokens(turn);
  let read = 0;
  let write5m = 0;
  let write1h = 0;
  let entries: string[];
  if (req.protocol === 'anthropic') {
    const result = anthropicCache(items, breakpoints, space, settings.anthropic);
    read = result.readTokens;
    write5m = result.write5mTokens;
    write1h = result.write1hTokens;
    entries = result.entries;
  } else {
    const rules = req.protocol === 'gemini' ? settings.gemini : settings.openai;
    read = cachedPrefixTokens(items, space, rules);
    entries = totalTokens(items) >= rules.minTokens ? prefixHashes(items) : [];
  }
  const computed: TokenUsage = {
    inputTokens: totalTokens(items),
    cacheReadTokens: read,
    cacheWriteTokens: write5m + write1h,
    outputTokens: out.outputTokens,
    reasoningTokens: out.reasoningTokens,
  };
  const tokens: TokenUsage = { ...computed, ...definedOnly(turn.usage ?? {}) };
  if (tokens.cacheWriteTokens !== computed.cacheWriteTokens) {
    write1h = Math.min(write1h, tokens.cacheWriteTokens);
    write5m = tokens.cacheWriteTokens - write1h;
  }
  return {
    tokens,
    write5mTokens: write5m,
    write1hTokens: write1h,
    commit() {
      for (const entry of entries) space.add(entry);
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Anthropic `usage` (non-streaming body, and streaming message_delta). */
export function anthropicRawUsage(u: TokenUsage, split?: { write5mTokens: number; write1hTokens: number }) {
  return {
    input_tokens: u.inputTokens - u.cacheReadTokens - u.cacheWriteTokens,
    cache_creation_input_tokens: u.cacheWriteTokens,
    cache_read_input_tokens: u.cacheReadTokens,
    cache_creation: {
      ephemeral_5m_input_tokens: split?.write5mTokens ?? u.cacheWriteTokens,
      ephemeral_1h_input_tokens: split?.write1hTokens ?? 0,
    },
    output_tokens: u.outputTokens,
    service_tier: 'standard',
  };
}

/** OpenAI Chat Completions `usage`. */
export function openaiChatRawUsage(u: TokenUsage) {
  return {
    prompt_tokens: u.inputTokens,
    completion_tokens: u.outputTokens,
    total_tokens: u.inputTokens + u.outputTokens,
    prompt_tokens_details: {
      cached_tokens: u.cacheReadTokens,
      audio_tokens: 0,
      ...(u.cacheWriteTokens > 0 ? { cache_write_tokens: u.cacheWriteTokens } : {}),
    },
    completion_tokens_details: {
      reasoning_tokens: u.reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

/** OpenAI Responses `usage`. */
export function openaiResponsesRawUsage(u: TokenUsage) {
  return {
    input_tokens: u.inputTokens,
    input_tokens_details: {
      cached_tokens: u.cacheReadTokens,
      ...(u.cacheWriteTokens > 0 ? { cache_write_tokens: u.cacheWriteTokens } : {}),
    },
    output_tokens: u.outputTokens,
    output_tokens_details: { reasoning_tokens: u.reasoningTokens },
    total_tokens: u.inputTokens + u.outputTokens,
  };
}

/** Gemini `usageMetadata` (candidatesTokenCount excludes thoughts; zero cache/thought counts are omitted). */
export function geminiRawUsage(u: TokenUsage) {
  return {
    promptTokenCount: u.inputTokens,
    candidatesTokenCount: u.outputTokens - u.reasoningTokens,
    totalTokenCount: u.inputTokens + u.outputTokens,
    ...(u.cacheReadTokens > 0 ? { cachedContentTokenCount: u.cacheReadTokens } : {}),
    ...(u.reasoningTokens > 0 ? { thoughtsTokenCount: u.reasoningTokens } : {}),
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: u.inputTokens }],
    ...(u.cacheReadTokens > 0 ? { cacheTokensDetails: [{ modality: 'TEXT', tokenCount: u.cacheReadTokens }] } : {}),
  };
}

export function rawUsage(
  protocol: Protocol,
  u: TokenUsage,
  split?: { write5mTokens: number; write1hTokens: number },
): Record<string, unknown> {
  switch (protocol) {
    case 'anthropic':
      return anthropicRawUsage(u, split);
    case 'openai-chat':
      return openaiChatRawUsage(u);
    case 'openai-responses':
      return openaiResponsesRawUsage(u);
    case 'gemini':
      return geminiRawUsage(u);
  }
}
