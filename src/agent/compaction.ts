import type { Message, ModelClient, Usage } from './model/types.js';

/** Rough token count of messages (4 characters a token): used between two measured calls. */
export function estimateTokens(messages: readonly Message[]): number {
  let chars = 0;
  for (const m of messages) chars += JSON.stringify(m.content).length;
  return Math.ceil(chars / 4);
}

export interface CompactionSettings {
  contextWindow: number;
  /** Compact when the context passes this share of the window. */
  threshold: number;
  /** Aim for this share of the window after compacting. */
  target: number;
  /** Messages at the end always kept word for word. */
  keepTail: number;
}

const DROPPED = (n: number): string => `[output dropped to save context: ${n} characters; run the command again if you need it]`;

/** Index where the verbatim tail starts: never on a tool result, whose call must precede it. */
export function tailStart(context: readonly Message[], keepTail: number): number {
  let i = Math.max(1, context.length - keepTail);
  while (i > 1 && context[i]?.role === 'tool') i--;
  return i;
}

/**
 * First rung: replaces the outputs of older tool results (all but the tail) with a short notice.
 * Pure. The task message (first) and the tail stay as they are.
 */
export function dropOldToolOutputs(context: readonly Message[], keepTail: number): Message[] {
  const start = tailStart(context, keepTail);
  return context.map((m, i) => {
    if (i === 0 || i >= start || m.role !== 'tool') return m;
    return {
      ...m,
      content: m.content.map((p) => {
        if (p.type !== 'tool-result' || p.output.type !== 'text' || p.output.value.length <= 300) return p;
        return { ...p, output: { type: 'text' as const, value: DROPPED(p.output.value.length) } };
      }),
    };
  });
}

/** Text of messages for the summariser: what was said and done, tool outputs shortened. */
export function transcript(messages: readonly Message[]): string {
  const out: string[] = [];
  for (const m of messages) {
    if (typeof m.content === 'string') {
      out.push(`${m.role.toUpperCase()}: ${m.content}`);
      continue;
    }
    for (const p of m.content) {
      if (p.type === 'text') out.push(`${m.role.toUpperCase()}: ${p.text}`);
      else if (p.type === 'tool-call') out.push(`TOOL CALL ${p.toolName}: ${JSON.stringify(p.input).slice(0, 2000)}`);
      else if (p.type === 'tool-result') {
        const v = p.output.type === 'text' ? p.output.value : JSON.stringify(p.output);
        out.push(`TOOL RESULT ${p.toolName}: ${v.length > 1500 ? `${v.slice(0, 1000)}\n[...]\n${v.slice(-400)}` : v}`);
      }
    }
  }
  return out.join('\n\n');
}

export const SUMMARY_INSTRUCTIONS =
  'You are compacting the working memory of an agent that is rebuilding a command-line program. Summarise the transcript ' +
  'below so the agent can continue without it: the current state of its solution (files, language, build), what works ' +
  '(test pass rates), what fails and why, findings about the program\'s behaviour, and the next steps it planned. Be ' +
  'specific (file names, option names, exact output formats). Write the summary only.';

/**
 * Second rung: the model summarises everything between the task message and the tail; the new
 * context is the task, the summary, then the tail word for word.
 */
export async function summarise(
  model: ModelClient,
  context: readonly Message[],
  keepTail: number,
  cacheKey: string,
): Promise<{ context: Message[]; usage: Usage; rawUsage: unknown }> {
  const start = tailStart(context, keepTail);
  const middle = context.slice(1, start);
  const reply = await model.call({
    system: SUMMARY_INSTRUCTIONS,
    messages: [{ role: 'user', content: transcript(middle) }],
    tools: [],
    cacheKey: `${cacheKey}-summary`,
    maxOutputTokens: 8000,
  });
  const summary: Message = { role: 'user', content: `[Summary of your earlier work, made to save context]\n${reply.text.trim()}` };
  const tail = context.slice(start);
  // A tail that opens with the user's turn would put two user messages in a row: bridge them.
  const bridge: Message[] = tail[0]?.role === 'user' ? [{ role: 'assistant', content: 'Noted. Continuing.' }] : [];
  return { context: [context[0] as Message, summary, ...bridge, ...tail], usage: reply.usage, rawUsage: reply.rawUsage };
}
