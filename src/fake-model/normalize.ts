import type { Breakpoint } from './usage.js';
import { firstPartItem } from './usage.js';
import type { NormalizedMessage, NormalizedPart, NormalizedRequest, NormalizedTool, Protocol } from './types.js';

/** A request the server must refuse, with the HTTP status to refuse it with. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Normalized {
  request: Omit<NormalizedRequest, 'headers'>;
  /** Anthropic cache breakpoints as prompt-item indices (see usage.ts). */
  breakpoints: Breakpoint[];
  stream: boolean;
  /** OpenAI chat: stream_options.include_usage. */
  includeUsage: boolean;
  /** OpenAI Responses: whether the response is stored (store !== false). */
  store: boolean;
}

/** Lookups into what the server stored of earlier Responses API answers. */
export interface ResponsesLookup {
  /** A stored output item: its message, null for an item that carries nothing (reasoning), undefined if unknown. */
  item(id: string): NormalizedMessage | null | undefined;
  /** The full conversation (input and output) of a stored response. */
  response(id: string): { messages: NormalizedMessage[] } | undefined;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseArgs(text: unknown): unknown {
  if (typeof text !== 'string') return text ?? {};
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

type Mark = { kind: 'tool'; index: number; ttl: Breakpoint['ttl'] } | { kind: 'system' | 'last'; ttl: Breakpoint['ttl'] } | {
  kind: 'part';
  count: number;
  ttl: Breakpoint['ttl'];
};

/** Accumulates messages, merging consecutive ones of the same role, and remembers tool-call names. */
class Conversation {
  readonly messages: NormalizedMessage[] = [];
  readonly systemParts: string[] = [];
  partCount = 0;
  private readonly toolNames = new Map<string, string>();

  add(role: NormalizedMessage['role'], part: NormalizedPart): void {
    if (part.type === 'text' && part.text === '') return;
    if (part.type === 'tool-call') this.toolNames.set(part.id, part.name);
    const last = this.messages[this.messages.length - 1];
    if (last && last.role === role) last.parts.push(part);
    else this.messages.push({ role, parts: [part] });
    this.partCount++;
  }

  addMessages(messages: readonly NormalizedMessage[]): void {
    for (const message of messages) for (const part of message.parts) this.add(message.role, structuredClone(part));
  }

  toolResult(id: string, output: string, name?: string): void {
    const resolved = name ?? this.toolNames.get(id);
    this.add('tool', { type: 'tool-result', id, ...(resolved !== undefined ? { name: resolved } : {}), output });
  }

  get system(): string {
    return this.systemParts.filter((s) => s !== '').join('\n\n');
  }
}

function resolveMarks(marks: Mark[], req: Pick<NormalizedRequest, 'system' | 'tools' | 'messages'>): Breakpoint[] {
  const first = firstPartItem(req);
  const parts = req.messages.reduce((n, m) => n + m.parts.length, 0);
  const out: Breakpoint[] = [];
  for (const mark of marks) {
    let item: number;
    switch (mark.kind) {
      case 'tool':
        item = mark.index;
        break;
      case 'system':
        item = first - 1;
        break;
      case 'part':
        item = first + mark.count - 1;
        break;
      case 'last':
        item = first + parts - 1;
        break;
    }
    if (item >= 0) out.push({ item, ttl: mark.ttl });
  }
  return out;
}

function cacheMark(value: unknown): Breakpoint['ttl'] | undefined {
  if (!isObject(value)) return undefined;
  return value.ttl === '1h' ? '1h' : '5m';
}

/** Text of content given as a string or as an array of {type:'text'|'input_text'|'output_text', text} blocks. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  return asArray(content)
    .map((block) => (isObject(block) && typeof block.text === 'string' ? block.text : ''))
    .filter((t) => t !== '')
    .join('\n');
}

function requireModel(body: Json): string {
  const model = str(body.model);
  if (model === undefined || model === '') throw new RequestError(400, 'model: Field required');
  return model;
}

// ---------------------------------------------------------------- Anthropic Messages

export function normalizeAnthropic(body: unknown): Normalized {
  if (!isObject(body)) throw new RequestError(400, 'Request body must be a JSON object');
  const model = requireModel(body);
  if (!Array.isArray(body.messages)) throw new RequestError(400, 'messages: Field required');
  const marks: Mark[] = [];
  const tools: NormalizedTool[] = [];
  asArray(body.tools).forEach((raw, index) => {
    if (!isObject(raw)) return;
    const { name, description, input_schema, cache_control, ...rest } = raw;
    tools.push({ name: str(name) ?? String(rest.type ?? ''), description: str(description) ?? '', parameters: input_schema ?? rest });
    const ttl = cacheMark(cache_control);
    if (ttl) marks.push({ kind: 'tool', index, ttl });
  });
  const conv = new Conversation();
  if (typeof body.system === 'string') conv.systemParts.push(body.system);
  else
    for (const block of asArray(body.system)) {
      if (!isObject(block)) continue;
      conv.systemParts.push(str(block.text) ?? '');
      const ttl = cacheMark(block.cache_control);
      if (ttl) marks.push({ kind: 'system', ttl });
    }
  for (const message of body.messages) {
    if (!isObject(message)) throw new RequestError(400, 'messages: each message must be an object');
    const role = message.role;
    if (role === 'system') {
      conv.systemParts.push(contentText(message.content));
      continue;
    }
    if (role !== 'user' && role !== 'assistant') throw new RequestError(400, `messages: unexpected role ${JSON.stringify(role)}`);
    if (typeof message.content === 'string') {
      conv.add(role, { type: 'text', text: message.content });
      continue;
    }
    for (const block of asArray(message.content)) {
      if (!isObject(block)) continue;
      switch (block.type) {
        case 'text':
          conv.add(role, { type: 'text', text: str(block.text) ?? '' });
          break;
        case 'tool_use':
        case 'server_tool_use':
          conv.add('assistant', { type: 'tool-call', id: str(block.id) ?? '', name: str(block.name) ?? '', args: block.input ?? {} });
          break;
        case 'tool_result':
          conv.toolResult(str(block.tool_use_id) ?? '', contentText(block.content));
          break;
        default:
          break; // thinking, redacted_thinking, images, documents: not part of the normalised form
      }
      const ttl = cacheMark(block.cache_control);
      if (ttl) marks.push({ kind: 'part', count: conv.partCount, ttl });
    }
  }
  const topLevel = cacheMark(body.cache_control);
  if (topLevel) marks.push({ kind: 'last', ttl: topLevel });
  const blockMarks = marks.filter((m) => m.kind !== 'last').length;
  if (blockMarks > 4) {
    throw new RequestError(400, `A maximum of 4 blocks with cache_control may be provided. Found ${blockMarks}.`);
  }
  const request = {
    protocol: 'anthropic' as const,
    model,
    system: conv.system,
    messages: conv.messages,
    tools,
    cacheBreakpoints: marks.length,
    raw: body,
  };
  return { request, breakpoints: resolveMarks(marks, request), stream: body.stream === true, includeUsage: true, store: true };
}

// ---------------------------------------------------------------- OpenAI Chat Completions

export function normalizeOpenAIChat(body: unknown): Normalized {
  if (!isObject(body)) throw new RequestError(400, 'Request body must be a JSON object');
  const model = requireModel(body);
  if (!Array.isArray(body.messages)) throw new RequestError(400, "Missing required parameter: 'messages'.");
  const conv = new Conversation();
  for (const message of body.messages) {
    if (!isObject(message)) throw new RequestError(400, "Invalid type for 'messages': expected an object.");
    switch (message.role) {
      case 'system':
      case 'developer':
        conv.systemParts.push(contentText(message.content));
        break;
      case 'user':
        if (typeof message.content === 'string') conv.add('user', { type: 'text', text: message.content });
        else
          for (const part of asArray(message.content)) {
            if (isObject(part) && part.type === 'text') conv.add('user', { type: 'text', text: str(part.text) ?? '' });
          }
        break;
      case 'assistant': {
        if (typeof message.content === 'string') conv.add('assistant', { type: 'text', text: message.content });
        else
          for (const part of asArray(message.content)) {
            if (isObject(part)) conv.add('assistant', { type: 'text', text: str(part.text) ?? str(part.refusal) ?? '' });
          }
        for (const call of asArray(message.tool_calls)) {
          if (!isObject(call)) continue;
          const fn = isObject(call.function) ? call.function : {};
          conv.add('assistant', { type: 'tool-call', id: str(call.id) ?? '', name: str(fn.name) ?? '', args: parseArgs(fn.arguments) });
        }
        break;
      }
      case 'tool':
        conv.toolResult(str(message.tool_call_id) ?? '', contentText(message.content));
        break;
      default:
        throw new RequestError(400, `Invalid value: ${JSON.stringify(message.role)}. Supported values are: 'system', 'assistant', 'user', 'tool', 'function', and 'developer'.`);
    }
  }
  const tools: NormalizedTool[] = [];
  for (const tool of asArray(body.tools)) {
    if (!isObject(tool)) continue;
    const fn = isObject(tool.function) ? tool.function : {};
    tools.push({ name: str(fn.name) ?? String(tool.type ?? ''), description: str(fn.description) ?? '', parameters: fn.parameters ?? {} });
  }
  const streamOptions = isObject(body.stream_options) ? body.stream_options : {};
  return openaiNormalized('openai-chat', model, conv, tools, body, { includeUsage: streamOptions.include_usage === true, store: true });
}

// ---------------------------------------------------------------- OpenAI Responses

export function normalizeOpenAIResponses(body: unknown, lookup: ResponsesLookup): Normalized {
  if (!isObject(body)) throw new RequestError(400, 'Request body must be a JSON object');
  const model = requireModel(body);
  const conv = new Conversation();
  if (typeof body.instructions === 'string') conv.systemParts.push(body.instructions);
  if (typeof body.previous_response_id === 'string') {
    const previous = lookup.response(body.previous_response_id);
    if (!previous) throw new RequestError(404, `Previous response with id '${body.previous_response_id}' not found.`);
    conv.addMessages(previous.messages);
  }
  if (typeof body.input === 'string') conv.add('user', { type: 'text', text: body.input });
  else if (body.input !== undefined && !Array.isArray(body.input)) throw new RequestError(400, "Invalid type for 'input'.");
  for (const item of asArray(body.input)) {
    if (!isObject(item)) continue;
    const type = item.type ?? (item.role !== undefined ? 'message' : undefined);
    switch (type) {
      case 'message': {
        const role = item.role;
        if (role === 'system' || role === 'developer') conv.systemParts.push(contentText(item.content));
        else if (role === 'user' || role === 'assistant') {
          if (typeof item.content === 'string') conv.add(role, { type: 'text', text: item.content });
          else
            for (const part of asArray(item.content)) {
              if (!isObject(part)) continue;
              const text = str(part.text) ?? str(part.refusal);
              if (text !== undefined) conv.add(role, { type: 'text', text });
            }
        }
        break;
      }
      case 'function_call':
        conv.add('assistant', { type: 'tool-call', id: str(item.call_id) ?? '', name: str(item.name) ?? '', args: parseArgs(item.arguments) });
        break;
      case 'function_call_output':
        conv.toolResult(str(item.call_id) ?? '', contentText(item.output));
        break;
      case 'item_reference': {
        const id = str(item.id) ?? '';
        const found = lookup.item(id);
        if (found === undefined) throw new RequestError(404, `Item with id '${id}' not found.`);
        if (found) conv.addMessages([found]);
        break;
      }
      default:
        break; // reasoning, configuration updates, provider tool items: not part of the normalised form
    }
  }
  const tools: NormalizedTool[] = [];
  for (const tool of asArray(body.tools)) {
    if (!isObject(tool)) continue;
    if (tool.type === 'function') {
      tools.push({ name: str(tool.name) ?? '', description: str(tool.description) ?? '', parameters: tool.parameters ?? {} });
    } else {
      tools.push({ name: str(tool.name) ?? String(tool.type ?? ''), description: str(tool.description) ?? '', parameters: tool });
    }
  }
  return openaiNormalized('openai-responses', model, conv, tools, body, { includeUsage: true, store: body.store !== false });
}

/** What both OpenAI protocols make of a request: caching is automatic (no breakpoints), keyed by prompt_cache_key. */
function openaiNormalized(
  protocol: 'openai-chat' | 'openai-responses',
  model: string,
  conv: { system: string; messages: NormalizedRequest['messages'] },
  tools: NormalizedTool[],
  body: Json,
  o: { includeUsage: boolean; store: boolean },
): Normalized {
  return {
    request: {
      protocol,
      model,
      system: conv.system,
      messages: conv.messages,
      tools,
      cacheBreakpoints: 0,
      ...(typeof body.prompt_cache_key === 'string' ? { promptCacheKey: body.prompt_cache_key } : {}),
      raw: body,
    },
    breakpoints: [],
    stream: body.stream === true,
    includeUsage: o.includeUsage,
    store: o.store,
  };
}

// ---------------------------------------------------------------- Gemini generateContent

function functionResponseOutput(response: unknown): string {
  if (isObject(response) && 'content' in response) {
    return typeof response.content === 'string' ? response.content : JSON.stringify(response.content);
  }
  return typeof response === 'string' ? response : JSON.stringify(response ?? {});
}

export function normalizeGemini(body: unknown, model: string, stream: boolean): Normalized {
  if (!isObject(body)) throw new RequestError(400, 'Invalid JSON payload received.');
  if (!Array.isArray(body.contents)) throw new RequestError(400, '* GenerateContentRequest.contents: contents is not specified');
  const conv = new Conversation();
  const systemInstruction = body.systemInstruction ?? body.system_instruction;
  if (typeof systemInstruction === 'string') conv.systemParts.push(systemInstruction);
  else if (isObject(systemInstruction)) conv.systemParts.push(contentText(systemInstruction.parts));
  for (const content of body.contents) {
    if (!isObject(content)) continue;
    const role = content.role === 'model' ? 'assistant' : 'user';
    for (const part of asArray(content.parts)) {
      if (!isObject(part)) continue;
      if (typeof part.text === 'string') {
        if (part.thought !== true) conv.add(role, { type: 'text', text: part.text });
      } else if (isObject(part.functionCall)) {
        const fc = part.functionCall;
        conv.add('assistant', { type: 'tool-call', id: str(fc.id) ?? '', name: str(fc.name) ?? '', args: fc.args ?? {} });
      } else if (isObject(part.functionResponse)) {
        const fr = part.functionResponse;
        conv.toolResult(str(fr.id) ?? '', functionResponseOutput(fr.response), str(fr.name));
      }
    }
  }
  const tools: NormalizedTool[] = [];
  for (const tool of asArray(body.tools)) {
    if (!isObject(tool)) continue;
    for (const [key, value] of Object.entries(tool)) {
      if (key === 'functionDeclarations' || key === 'function_declarations') {
        for (const decl of asArray(value)) {
          if (!isObject(decl)) continue;
          tools.push({
            name: str(decl.name) ?? '',
            description: str(decl.description) ?? '',
            parameters: decl.parameters ?? decl.parametersJsonSchema ?? {},
          });
        }
      } else {
        tools.push({ name: key, description: '', parameters: value });
      }
    }
  }
  return {
    request: {
      protocol: 'gemini',
      model,
      system: conv.system,
      messages: conv.messages,
      tools,
      cacheBreakpoints: 0,
      raw: body,
    },
    breakpoints: [],
    stream,
    includeUsage: true,
    store: true,
  };
}

export function protocolOfPath(pathname: string): { protocol: Protocol; model?: string; stream?: boolean } | null {
  if (/\/messages$/.test(pathname)) return { protocol: 'anthropic' };
  if (/\/chat\/completions$/.test(pathname)) return { protocol: 'openai-chat' };
  if (/\/responses$/.test(pathname)) return { protocol: 'openai-responses' };
  const gemini = /\/((?:models|tunedModels)\/[^:]+):(generateContent|streamGenerateContent)$/.exec(pathname);
  if (gemini) {
    const path = decodeURIComponent(gemini[1]!);
    return {
      protocol: 'gemini',
      model: path.startsWith('models/') ? path.slice('models/'.length) : path,
      stream: gemini[2] === 'streamGenerateContent',
    };
  }
  return null;
}
