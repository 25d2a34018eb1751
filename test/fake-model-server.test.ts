import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { APICallError, generateText, streamText, tool, type LanguageModel, type ModelMessage, type SystemModelMessage, type TextStreamPart, type ToolSet } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  anthropicCache,
  cachedPrefixTokens,
  computeUsage,
  estimateTokens,
  outputTokens,
  prefixHashes,
  promptItems,
  PromptCacheStore,
  scriptFromTurns,
  startFakeModelServer,
  type FakeModelServer,
  type Protocol,
  type Turn,
} from '../src/fake-model/index.ts';

const API_KEY = 'test-key-123';
/** ~1800 tokens: long enough for every provider's prompt cache. */
const LONG_SYSTEM = 'You rebuild command-line programs from their observed behaviour. '.repeat(110);

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(turns: Turn[]): Promise<FakeModelServer> {
  const server = await startFakeModelServer({ script: scriptFromTurns(turns) });
  servers.push(server);
  return server;
}

type ProviderOptions = NonNullable<SystemModelMessage['providerOptions']>;

interface ProtocolCase {
  label: string;
  protocol: Protocol;
  model: (url: string) => LanguageModel;
  /** Provider options that make the system prompt cacheable (Anthropic) or group the cache (OpenAI). */
  systemProviderOptions?: ProviderOptions;
  callProviderOptions?: ProviderOptions;
  /** Cached tokens expected on a second request sharing only the system prompt. */
  expectedCacheRead: (systemTokens: number) => number;
  expectedCacheWrite: (systemTokens: number) => number | undefined;
}

const openaiCache = (tokens: number) => (tokens >= 1024 ? Math.floor(tokens / 128) * 128 : 0);

const CASES: ProtocolCase[] = [
  {
    label: 'anthropic',
    protocol: 'anthropic',
    model: (url) => createAnthropic({ baseURL: `${url}/v1`, apiKey: API_KEY })('claude-sonnet-4-5'),
    systemProviderOptions: { anthropic: { cacheControl: { type: 'ephemeral' } } },
    expectedCacheRead: (t) => t,
    expectedCacheWrite: (t) => t,
  },
  {
    label: 'openai responses',
    protocol: 'openai-responses',
    model: (url) => createOpenAI({ baseURL: `${url}/v1`, apiKey: API_KEY }).responses('gpt-4.1'),
    callProviderOptions: { openai: { promptCacheKey: 'k' } },
    expectedCacheRead: openaiCache,
    expectedCacheWrite: () => undefined,
  },
  {
    label: 'openai chat',
    protocol: 'openai-chat',
    model: (url) => createOpenAI({ baseURL: `${url}/v1`, apiKey: API_KEY }).chat('gpt-4.1'),
    callProviderOptions: { openai: { promptCacheKey: 'k' } },
    expectedCacheRead: openaiCache,
    expectedCacheWrite: () => undefined,
  },
  {
    label: 'gemini',
    protocol: 'gemini',
    model: (url) => createGoogleGenerativeAI({ baseURL: `${url}/v1beta`, apiKey: API_KEY })('gemini-2.5-flash'),
    expectedCacheRead: (t) => (t >= 1024 ? t : 0),
    expectedCacheWrite: () => undefined,
  },
  {
    label: 'openai-compatible',
    protocol: 'openai-chat',
    model: (url) =>
      createOpenAICompatible({ name: 'local', baseURL: `${url}/v1`, apiKey: API_KEY, includeUsage: true }).chatModel('local-model'),
    expectedCacheRead: openaiCache,
    expectedCacheWrite: () => undefined,
  },
];

const weatherTools = {
  get_weather: tool({
    description: 'Get the current weather for a city',
    inputSchema: z.object({ city: z.string(), unit: z.enum(['C', 'F']).optional() }),
  }),
} satisfies ToolSet;

/** Reads a whole stream; an error thrown by the stream itself is returned as a final error part. */
async function collect(result: { fullStream: AsyncIterable<TextStreamPart<ToolSet>> }) {
  const parts: TextStreamPart<ToolSet>[] = [];
  try {
    for await (const part of result.fullStream) parts.push(part);
  } catch (error) {
    parts.push({ type: 'error', error });
  }
  return parts;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

function streamErrors(parts: TextStreamPart<ToolSet>[]): unknown[] {
  return parts.flatMap((p) => (p.type === 'error' ? [p.error] : []));
}

describe.each(CASES)('$label through the real SDK client', (c) => {
  it('answers a text turn, streamed and not', async () => {
    const server = await serve([{ text: 'Hello there, friend! How can I help today?' }, { text: 'Streamed hello, in pieces.' }]);
    const model = c.model(server.url);
    const r1 = await generateText({ model, prompt: 'Say hello', maxRetries: 0 });
    expect(r1.text).toBe('Hello there, friend! How can I help today?');
    expect(r1.finishReason).toBe('stop');

    const s = streamText({ model, system: 'Be brief.', prompt: 'Say hello again', maxRetries: 0 });
    const deltas: string[] = [];
    for await (const delta of s.textStream) deltas.push(delta);
    expect(deltas.join('')).toBe('Streamed hello, in pieces.');
    expect(deltas.length).toBeGreaterThan(1);

    expect(server.requests.map((r) => [r.protocol, r.stream, r.apiKey])).toEqual([
      [c.protocol, false, API_KEY],
      [c.protocol, true, API_KEY],
    ]);
    expect(server.requests[0]!.messages).toEqual([{ role: 'user', parts: [{ type: 'text', text: 'Say hello' }] }]);
    expect(server.requests[1]!.system).toBe('Be brief.');
    expect(server.requests[1]!.model).toBe((model as { modelId: string }).modelId);
  });

  it('returns tool calls and receives the tool results back', async () => {
    const server = await serve([
      { text: 'Let me check.', toolCalls: [{ name: 'get_weather', args: { city: 'Paris', unit: 'C' } }] },
      { text: 'It is sunny in Paris.' },
      { toolCalls: [{ name: 'get_weather', args: { city: 'Oslo' } }] },
    ]);
    const model = c.model(server.url);
    const messages: ModelMessage[] = [{ role: 'user', content: 'What is the weather in Paris?' }];
    const first = streamText({ model, tools: weatherTools, messages, maxRetries: 0 });
    const calls = await first.toolCalls;
    expect(calls.map((t) => [t.toolName, t.input])).toEqual([['get_weather', { city: 'Paris', unit: 'C' }]]);
    expect(await first.finishReason).toBe('tool-calls');
    const callId = calls[0]!.toolCallId;
    messages.push(...(await first.response).messages, {
      role: 'tool',
      content: [{ type: 'tool-result', toolCallId: callId, toolName: 'get_weather', output: { type: 'text', value: 'sunny, 24C' } }],
    });

    const second = await generateText({ model, tools: weatherTools, messages, maxRetries: 0 });
    expect(second.text).toBe('It is sunny in Paris.');
    const req = server.requests[1]!;
    expect(req.tools.map((t) => t.name)).toEqual(['get_weather']);
    expect(req.tools[0]!.description).toBe('Get the current weather for a city');
    expect(req.messages).toEqual([
      { role: 'user', parts: [{ type: 'text', text: 'What is the weather in Paris?' }] },
      {
        role: 'assistant',
        parts: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool-call', id: callId, name: 'get_weather', args: { city: 'Paris', unit: 'C' } },
        ],
      },
      { role: 'tool', parts: [{ type: 'tool-result', id: callId, name: 'get_weather', output: 'sunny, 24C' }] },
    ]);

    // Non-streaming tool call.
    const third = await generateText({ model, tools: weatherTools, prompt: 'And in Oslo?', maxRetries: 0 });
    expect(third.toolCalls.map((t) => [t.toolName, t.input])).toEqual([['get_weather', { city: 'Oslo' }]]);
    expect(third.finishReason).toBe('tool-calls');
  });

  it('reports computed usage, with a prompt-cache hit on a shared prefix', async () => {
    const server = await serve([{ text: 'First answer.' }, { text: 'Second answer, a bit longer.' }]);
    const model = c.model(server.url);
    const ask = (question: string) => ({
      model,
      maxRetries: 0,
      system: { role: 'system' as const, content: LONG_SYSTEM, ...(c.systemProviderOptions ? { providerOptions: c.systemProviderOptions } : {}) },
      messages: [{ role: 'user', content: question }] as ModelMessage[],
      ...(c.callProviderOptions ? { providerOptions: c.callProviderOptions } : {}),
    });
    const r1 = await generateText(ask('Question one?'));
    const s2 = streamText(ask('Question two?'));
    await s2.consumeStream();
    const u1 = r1.usage;
    const u2 = await s2.usage;

    const systemTokens = estimateTokens(LONG_SYSTEM);
    expect(server.responses.map((r) => r.index)).toEqual([0, 1]);
    expect(server.responses.every((r) => r.delivered)).toBe(true);
    // The SDK's raw usage is what the server sent (minus fields the SDK's schema strips).
    expect(server.responses[0]!.usage).toMatchObject(u1.raw!);
    expect(server.responses[1]!.usage).toMatchObject(u2.raw!);

    const t1 = server.responses[0]!.tokens;
    const t2 = server.responses[1]!.tokens;
    expect(t1.inputTokens).toBe(systemTokens + estimateTokens('Question one?'));
    expect(t2.inputTokens).toBe(systemTokens + estimateTokens('Question two?'));
    expect(t1.outputTokens).toBe(estimateTokens('First answer.'));
    expect(t2.outputTokens).toBe(estimateTokens('Second answer, a bit longer.'));
    expect(t1.cacheReadTokens).toBe(0);
    expect(t2.cacheReadTokens).toBe(c.expectedCacheRead(systemTokens));
    expect(t2.cacheReadTokens).toBeGreaterThan(0);

    for (const [u, t] of [
      [u1, t1],
      [u2, t2],
    ] as const) {
      expect(u.inputTokens).toBe(t.inputTokens);
      expect(u.outputTokens).toBe(t.outputTokens);
      expect(u.inputTokenDetails.cacheReadTokens).toBe(t.cacheReadTokens);
      expect(u.inputTokenDetails.noCacheTokens).toBe(t.inputTokens - t.cacheReadTokens - t.cacheWriteTokens);
    }
    expect(u1.inputTokenDetails.cacheWriteTokens).toBe(c.expectedCacheWrite(systemTokens));
    expect(u2.inputTokenDetails.cacheWriteTokens).toBe(c.protocol === 'anthropic' ? 0 : undefined);

  });

  it('surfaces 429 with retry-after and 500 as APICallError', async () => {
    const server = await serve([
      { error: { status: 429, retryAfterSeconds: 7, message: 'Slow down' } },
      { error: { status: 500 } },
    ]);
    const model = c.model(server.url);
    const e429 = await rejection(generateText({ model, prompt: 'hi', maxRetries: 0 }));
    expect(APICallError.isInstance(e429)).toBe(true);
    const a = e429 as APICallError;
    expect(a.statusCode).toBe(429);
    expect(a.responseHeaders?.['retry-after']).toBe('7');
    expect(a.isRetryable).toBe(true);
    expect(a.message).toContain('Slow down');

    const e500 = await rejection(generateText({ model, prompt: 'hi', maxRetries: 0 }));
    expect(APICallError.isInstance(e500) && e500.statusCode).toBe(500);
    expect(server.responses).toEqual([]);
  });

  it('surfaces a stream cut mid-response as an error', async () => {
    const server = await serve([{ text: 'This answer will never be finished, because the connection drops.', cutAfterEvents: 4 }]);
    const parts = await collect(
      streamText({ model: c.model(server.url), prompt: 'Tell me a story', maxRetries: 0, onError: () => {} }),
    );
    expect(streamErrors(parts).length).toBeGreaterThan(0);
    expect(parts.some((p) => p.type === 'finish' && p.finishReason === 'stop')).toBe(false);
    expect(server.responses[0]!.delivered).toBe(false);
  });

  it('reports an error sent as the first stream event', async () => {
    const server = await serve([{ error: { status: 429, inStream: true, message: 'Too many tokens' } }]);
    const parts = await collect(streamText({ model: c.model(server.url), prompt: 'hi', maxRetries: 0, onError: () => {} }));
    const [error] = streamErrors(parts);
    if (c.label === 'openai-compatible') {
      // The compatible client passes the wire error object through as is.
      expect(error).toEqual({ message: 'Too many tokens', type: 'requests', code: 'rate_limit_exceeded', param: null });
      return;
    }
    expect(APICallError.isInstance(error)).toBe(true);
    // The Anthropic SDK maps every in-stream error except overloaded_error to 500.
    expect((error as APICallError).statusCode).toBe(c.protocol === 'anthropic' ? 500 : 429);
    expect((error as APICallError).message).toContain('Too many tokens');
  });

  it('aborts a stalled request at the abort signal timeout', async () => {
    const server = await serve([{ text: 'too late', stallMs: 10_000 }, { text: 'on time' }]);
    const model = c.model(server.url);
    const started = Date.now();
    const error = await rejection(generateText({ model, prompt: 'hi', maxRetries: 0, abortSignal: AbortSignal.timeout(300) }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect((error as Error).name).toMatch(/AbortError|TimeoutError/);
    // The server is still serving.
    const ok = await generateText({ model, prompt: 'hi', maxRetries: 0 });
    expect(ok.text).toBe('on time');
  });

  it('aborts a stream that stalls midway', async () => {
    const server = await serve([{ text: 'The first words arrive, then nothing more.', stallMs: 10_000, stallAfterEvents: 2 }]);
    const started = Date.now();
    const parts = await collect(
      streamText({ model: c.model(server.url), prompt: 'hi', maxRetries: 0, abortSignal: AbortSignal.timeout(300), onError: () => {} }),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(parts.some((p) => p.type === 'abort' || p.type === 'error')).toBe(true);
    expect(parts.some((p) => p.type === 'finish')).toBe(false);
  });
});

describe('protocol details', () => {
  it('anthropic: 529 overloaded, over HTTP and as the first stream event', async () => {
    const server = await serve([
      { error: { status: 529 } },
      { error: { status: 529, inStream: true, message: 'Overloaded right now' } },
    ]);
    const model = CASES[0]!.model(server.url);
    const e1 = await rejection(generateText({ model, prompt: 'hi', maxRetries: 0 }));
    expect(APICallError.isInstance(e1) && [e1.statusCode, e1.isRetryable]).toEqual([529, true]);
    expect((e1 as APICallError).responseBody).toContain('overloaded_error');

    const parts = await collect(streamText({ model, prompt: 'hi', maxRetries: 0, onError: () => {} }));
    const [e2] = streamErrors(parts);
    expect(APICallError.isInstance(e2) && [e2.statusCode, e2.isRetryable, e2.message]).toEqual([529, true, 'Overloaded right now']);
  });

  it('anthropic: a growing conversation reads the previous breakpoint and writes the new part', async () => {
    const server = await serve([{ text: 'Answer one.' }, { text: 'Answer two.' }]);
    const model = CASES[0]!.model(server.url);
    const cc = { anthropic: { cacheControl: { type: 'ephemeral' } } };
    const messages: ModelMessage[] = [{ role: 'user', content: 'Question one?', providerOptions: cc }];
    const r1 = await generateText({ model, system: LONG_SYSTEM, messages, maxRetries: 0 });
    messages[0] = { role: 'user', content: 'Question one?' };
    messages.push(...r1.response.messages, { role: 'user', content: 'Question two?', providerOptions: cc });
    const r2 = await generateText({ model, system: LONG_SYSTEM, messages, maxRetries: 0 });
    expect(server.requests.map((r) => r.cacheBreakpoints)).toEqual([1, 1]);
    const prefix1 = estimateTokens(LONG_SYSTEM) + estimateTokens('Question one?');
    expect(r1.usage.inputTokenDetails).toMatchObject({ cacheReadTokens: 0, cacheWriteTokens: prefix1 });
    expect(r2.usage.inputTokenDetails).toMatchObject({
      cacheReadTokens: prefix1,
      cacheWriteTokens: estimateTokens('Answer one.') + estimateTokens('Question two?'),
      noCacheTokens: 0,
    });
  });

  it('anthropic: without cache_control nothing is cached', async () => {
    const server = await serve([{ text: 'a' }, { text: 'b' }]);
    const model = CASES[0]!.model(server.url);
    await generateText({ model, system: LONG_SYSTEM, prompt: 'one', maxRetries: 0 });
    const r = await generateText({ model, system: LONG_SYSTEM, prompt: 'two', maxRetries: 0 });
    expect(r.usage.inputTokenDetails).toMatchObject({ cacheReadTokens: 0, cacheWriteTokens: 0 });
  });

  it('openai: different prompt_cache_keys do not share the cache; short prompts are not cached', async () => {
    const server = await serve([{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }]);
    const model = CASES[1]!.model(server.url);
    const call = (key: string, system: string) =>
      generateText({ model, system, prompt: 'q', providerOptions: { openai: { promptCacheKey: key } }, maxRetries: 0 });
    await call('k1', LONG_SYSTEM);
    expect((await call('k2', LONG_SYSTEM)).usage.inputTokenDetails.cacheReadTokens).toBe(0);
    await call('k1', 'short system');
    expect((await call('k1', 'short system')).usage.inputTokenDetails.cacheReadTokens).toBe(0);
    expect(server.requests.map((r) => r.promptCacheKey)).toEqual(['k1', 'k2', 'k1', 'k1']);
  });

  it('openai responses: reasoning summaries, and item references resolved from stored output', async () => {
    const server = await serve([
      { reasoning: 'The user wants a greeting.', text: 'Hi!', usage: { reasoningTokens: 50, outputTokens: 52 } },
      { text: 'Bye!' },
    ]);
    const model = createOpenAI({ baseURL: `${server.url}/v1`, apiKey: API_KEY }).responses('o4-mini');
    const s = streamText({ model, prompt: 'Greet me', maxRetries: 0 });
    expect(await s.reasoningText).toBe('The user wants a greeting.');
    expect(await s.text).toBe('Hi!');
    const usage = await s.usage;
    expect(usage.outputTokenDetails).toEqual({ reasoningTokens: 50, textTokens: 2 });
    const messages: ModelMessage[] = [{ role: 'user', content: 'Greet me' }, ...(await s.response).messages, { role: 'user', content: 'Now leave' }];
    await generateText({ model, messages, maxRetries: 0 });
    const raw = server.requests[1]!.raw as { input: Array<{ type?: string }> };
    expect(raw.input.filter((i) => i.type === 'item_reference')).toHaveLength(2);
    expect(server.requests[1]!.messages).toEqual([
      { role: 'user', parts: [{ type: 'text', text: 'Greet me' }] },
      { role: 'assistant', parts: [{ type: 'text', text: 'Hi!' }] },
      { role: 'user', parts: [{ type: 'text', text: 'Now leave' }] },
    ]);
  });

  it('anthropic: thinking is streamed with a signature and sent back, but left out of the normalised form', async () => {
    const server = await serve([{ reasoning: 'Weighing the options.', text: 'Option A.' }, { text: 'Sure.' }]);
    const model = CASES[0]!.model(server.url);
    const s = streamText({ model, prompt: 'Pick one', maxRetries: 0 });
    expect(await s.reasoningText).toBe('Weighing the options.');
    expect(await s.text).toBe('Option A.');
    const messages: ModelMessage[] = [{ role: 'user', content: 'Pick one' }, ...(await s.response).messages, { role: 'user', content: 'Why?' }];
    await generateText({ model, messages, maxRetries: 0 });
    const raw = server.requests[1]!.raw as { messages: Array<{ content: Array<{ type: string; signature?: string }> }> };
    expect(raw.messages[1]!.content[0]).toMatchObject({ type: 'thinking', signature: expect.any(String) });
    expect(server.requests[1]!.messages[1]).toEqual({ role: 'assistant', parts: [{ type: 'text', text: 'Option A.' }] });
  });

  it('openai responses: previous_response_id continues a stored conversation', async () => {
    const server = await serve([{ text: 'Paris.' }, { text: 'About 2 million.' }]);
    const model = CASES[1]!.model(server.url);
    const r1 = await generateText({ model, system: 'Be terse.', prompt: 'Capital of France?', maxRetries: 0 });
    const previousResponseId = r1.providerMetadata?.openai?.responseId as string;
    expect(previousResponseId).toMatch(/^resp_/);
    await generateText({ model, prompt: 'Population?', providerOptions: { openai: { previousResponseId } }, maxRetries: 0 });
    expect(server.requests[1]!.messages).toEqual([
      { role: 'user', parts: [{ type: 'text', text: 'Capital of France?' }] },
      { role: 'assistant', parts: [{ type: 'text', text: 'Paris.' }] },
      { role: 'user', parts: [{ type: 'text', text: 'Population?' }] },
    ]);
    // An unknown id is refused the way the API does.
    const e = await rejection(
      generateText({ model, prompt: 'x', providerOptions: { openai: { previousResponseId: 'resp_nope' } }, maxRetries: 0 }),
    );
    expect(APICallError.isInstance(e) && e.statusCode).toBe(404);
    expect(server.rejected).toHaveLength(1);
  });

  it('gemini: streamGenerateContent without alt=sse streams a JSON array', async () => {
    const server = await serve([{ text: 'abcdefghijklmnopqrstuvwxyz' }]);
    const res = await fetch(`${server.url}/v1beta/models/gemini-2.5-pro:streamGenerateContent?key=k1`, {
      method: 'POST',
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'alphabet' }] }] }),
    });
    const chunks = (await res.json()) as Array<{ candidates: Array<{ content: { parts: Array<{ text: string }> } }> }>;
    expect(chunks.map((c) => c.candidates[0]!.content.parts[0]!.text).join('')).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(server.requests[0]).toMatchObject({ protocol: 'gemini', model: 'gemini-2.5-pro', apiKey: 'k1', stream: true });
  });

  it('gemini: thoughts are reported as reasoning tokens; errors use google.rpc statuses', async () => {
    const server = await serve([{ reasoning: 'Thinking about it.', text: 'Done.' }, { error: { status: 503 } }]);
    const model = CASES[3]!.model(server.url);
    const r = await generateText({ model, prompt: 'go', maxRetries: 0 });
    expect(r.reasoningText).toBe('Thinking about it.');
    expect(r.usage.outputTokenDetails).toEqual({
      reasoningTokens: estimateTokens('Thinking about it.'),
      textTokens: estimateTokens('Done.'),
    });
    const e = await rejection(generateText({ model, prompt: 'go', maxRetries: 0 }));
    expect(APICallError.isInstance(e) && [e.statusCode, e.responseBody]).toEqual([
      503,
      JSON.stringify({ error: { code: 503, message: 'Service unavailable', status: 'UNAVAILABLE' } }),
    ]);
  });

  it('openai-compatible without includeUsage gets no usage in streams, like real servers', async () => {
    const server = await serve([{ text: 'hello' }]);
    const model = createOpenAICompatible({ name: 'local', baseURL: `${server.url}/v1` }).chatModel('m');
    const s = streamText({ model, prompt: 'hi', maxRetries: 0 });
    await s.consumeStream();
    expect((await s.usage).inputTokens).toBeUndefined();
    expect(server.responses[0]!.delivered).toBe(false);
    expect(server.requests[0]!.apiKey).toBeUndefined();
  });

  it('scripts past their end answer 500; unknown routes are refused', async () => {
    const server = await serve([]);
    const e = await rejection(generateText({ model: CASES[2]!.model(server.url), prompt: 'hi', maxRetries: 0 }));
    expect(APICallError.isInstance(e) && e.statusCode).toBe(500);
    const res = await fetch(`${server.url}/v1/nothing`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(server.rejected.map((r) => r.status)).toEqual([404]);
  });
});

describe('usage arithmetic', () => {
  it('estimates tokens as ceil(chars / 4)', () => {
    expect([estimateTokens(''), estimateTokens('abc'), estimateTokens('abcd'), estimateTokens('abcde')]).toEqual([0, 1, 1, 2]);
    expect(outputTokens({ text: 'abcdefgh', reasoning: 'abcd', toolCalls: [{ name: 'f', args: { a: 1 } }] })).toEqual({
      outputTokens: 2 + 1 + estimateTokens('f{"a":1}'),
      reasoningTokens: 1,
    });
  });

  const req = (user: string[], system = 'x'.repeat(4000)) => ({
    system,
    tools: [],
    messages: [{ role: 'user' as const, parts: user.map((text) => ({ type: 'text' as const, text })) }],
  });

  it('automatic caching: >= 1024 tokens, 128-token increments, longest shared prefix', () => {
    const first = promptItems(req(['a'.repeat(400), 'b'.repeat(40)])); // 1000 + 100 + 10 tokens
    const store = new Set(prefixHashes(first));
    const rules = { minTokens: 1024, increment: 128 };
    expect(cachedPrefixTokens(promptItems(req(['a'.repeat(400), 'c'])), store, rules)).toBe(1024); // 1100 shared
    expect(cachedPrefixTokens(promptItems(req(['z'])), store, rules)).toBe(0); // 1000 shared < 1024
    expect(cachedPrefixTokens(first, store, rules)).toBe(1024 + 0 * 128); // 1110 shared -> 1024
    expect(cachedPrefixTokens(first, store, { minTokens: 1024, increment: 1 })).toBe(1110);
    expect(cachedPrefixTokens(first, new Set(), rules)).toBe(0);
  });

  it('anthropic caching: breakpoints, minimum size, lookback and TTL split', () => {
    const items = promptItems(req(['a'.repeat(400), 'b'.repeat(40), 'c'.repeat(8)])); // 1000, 100, 10, 2
    const rules = { minTokens: 1024, lookback: 20 };
    const store = new Set<string>();
    // Breakpoint on the system prompt alone: 1000 tokens, below the minimum, so nothing is written.
    expect(anthropicCache(items, [{ item: 0, ttl: '5m' }], store, rules)).toMatchObject({ readTokens: 0, writeTokens: 0, entries: [] });
    const w = anthropicCache(items, [{ item: 0, ttl: '1h' }, { item: 1, ttl: '1h' }, { item: 3, ttl: '5m' }], store, rules);
    expect(w).toMatchObject({ readTokens: 0, writeTokens: 1112, write1hTokens: 1100, write5mTokens: 12 });
    for (const e of w.entries) store.add(e);
    // Same prefix, breakpoint at the end: reads everything.
    expect(anthropicCache(items, [{ item: 3, ttl: '5m' }], store, rules)).toMatchObject({ readTokens: 1112, writeTokens: 0 });
    // A breakpoint past the stored one finds it by lookback and writes only the rest.
    const longer = promptItems(req(['a'.repeat(400), 'b'.repeat(40), 'c'.repeat(8), 'd'.repeat(4), 'e'.repeat(4)]));
    expect(anthropicCache(longer, [{ item: 5, ttl: '5m' }], store, rules)).toMatchObject({ readTokens: 1112, writeTokens: 2 });
    expect(anthropicCache(longer, [{ item: 5, ttl: '5m' }], store, { ...rules, lookback: 1 })).toMatchObject({ readTokens: 0, writeTokens: 1114 });
    // Diverging at item 2: the entry ending at item 1 is found, the one ending at item 3 is not ...
    const divergent = promptItems(req(['a'.repeat(400), 'X'.repeat(40), 'c'.repeat(8)]));
    expect(anthropicCache(divergent, [{ item: 3, ttl: '5m' }], store, rules)).toMatchObject({ readTokens: 1100, writeTokens: 12 });
    // ... and entries are whole prefixes, not every sub-prefix of them.
    const onlyEnd = new Set([prefixHashes(items)[3]!]);
    expect(anthropicCache(divergent, [{ item: 3, ttl: '5m' }], onlyEnd, rules).readTokens).toBe(0);
  });

  it('computeUsage applies overrides and commits only when asked', () => {
    const store = new PromptCacheStore();
    const r = { protocol: 'openai-chat' as const, model: 'm', ...req(['hello'], 'x'.repeat(4400)) }; // 1100 + 2 tokens
    const u1 = computeUsage(r, [], { text: 'abcd', usage: { outputTokens: 99 } }, store);
    expect(u1.tokens).toEqual({ inputTokens: 1102, cacheReadTokens: 0, cacheWriteTokens: 0, outputTokens: 99, reasoningTokens: 0 });
    expect(computeUsage(r, [], {}, store).tokens.cacheReadTokens).toBe(0);
    u1.commit();
    expect(computeUsage(r, [], {}, store).tokens.cacheReadTokens).toBe(1024);
    expect(computeUsage({ ...r, promptCacheKey: 'other' }, [], {}, store).tokens.cacheReadTokens).toBe(0);
    expect(computeUsage({ ...r, model: 'other' }, [], {}, store).tokens.cacheReadTokens).toBe(0);
  });
});
