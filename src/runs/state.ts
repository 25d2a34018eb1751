import { addUsage, ZERO_USAGE, type Message, type ToolCall, type Usage } from '../agent/model/types.js';
import type { Stamped } from './journal.js';

/** Everything the loop needs to go on, rebuilt from the journal alone. */
export interface RunState {
  /** What is sent to the model: the task, then the conversation, as compacted so far. */
  context: Message[];
  /** Steps (model responses) so far. */
  step: number;
  usage: Usage;
  cost: number;
  costKnown: boolean;
  calls: number;
  /** Tool calls of the last response that have no result yet (the step in flight). */
  pending: ToolCall[];
  /** Budget marks already announced, e.g. "tokens:30". */
  marks: Set<string>;
  wallMs: number;
  /** Wall time spent waiting on retries and rate limits. */
  waitMs: number;
  /** Tokens of the context as of the last call (its input plus output), the best measure of its size. */
  lastInputTokens: number;
  /** Context length (messages) that lastInputTokens measured. */
  lastContextLength: number;
  lastVisibleRate: number | null;
  submitted: boolean;
  ended: { reason: string; detail?: string } | null;
  compactions: number;
  /** Responses in a row without a tool call. */
  textOnlyStreak: number;
}

export function initialState(): RunState {
  return {
    context: [],
    step: 0,
    usage: ZERO_USAGE,
    cost: 0,
    costKnown: true,
    calls: 0,
    pending: [],
    marks: new Set(),
    wallMs: 0,
    waitMs: 0,
    lastInputTokens: 0,
    lastVisibleRate: null,
    submitted: false,
    ended: null,
    compactions: 0,
    textOnlyStreak: 0,
    lastContextLength: 0,
  };
}

/** Tool result message in the provider-neutral shape. */
export function toolResultMessage(id: string, name: string, output: string): Message {
  return { role: 'tool', content: [{ type: 'tool-result', toolCallId: id, toolName: name, output: { type: 'text', value: output } }] };
}

const VISIBLE_RATE = /^visible tests: (\d+)\/(\d+) passed/m;

/**
 * Applies one event. Pure except that it mutates and returns `s` (the fold is linear in the
 * journal; copying the context on every event would make it quadratic).
 */
export function apply(s: RunState, e: Stamped, clock: { last: number }): RunState {
  const t = Date.parse(e.t);
  // Wall time runs between events of one session; the gap before a session-start is downtime.
  if (e.type !== 'session-start' && Number.isFinite(t) && clock.last > 0) {
    s.wallMs += Math.max(0, t - clock.last);
  }
  clock.last = t;
  switch (e.type) {
    case 'message':
      s.context.push(e.message);
      break;
    case 'model-response':
      s.step = e.step;
      s.calls++;
      s.usage = addUsage(s.usage, e.usage);
      if (e.cost === null) s.costKnown = false;
      else s.cost += e.cost;
      s.context.push(...e.messages);
      s.pending = [...e.toolCalls];
      s.lastInputTokens = e.usage.input + e.usage.output;
      s.lastContextLength = s.context.length;
      s.textOnlyStreak = e.toolCalls.length === 0 ? s.textOnlyStreak + 1 : 0;
      break;
    case 'tool-result': {
      s.pending = s.pending.filter((c) => c.id !== e.id);
      s.context.push(toolResultMessage(e.id, e.name, e.output));
      if (e.submit) s.submitted = true;
      const m = e.name === 'run_tests' ? VISIBLE_RATE.exec(e.output) : null;
      if (m) s.lastVisibleRate = Number(m[1]) / Math.max(1, Number(m[2]));
      break;
    }
    case 'compaction':
      s.context = [...e.context];
      s.compactions++;
      s.lastInputTokens = e.afterTokens;
      s.lastContextLength = s.context.length;
      if (e.usage) s.usage = addUsage(s.usage, e.usage);
      if (e.cost === null) s.costKnown = false;
      else if (e.cost !== undefined) s.cost += e.cost;
      break;
    case 'wait':
      s.waitMs += e.ms;
      break;
    case 'budget-notice':
      for (const m of e.marks) s.marks.add(m);
      break;
    case 'run-end':
      s.ended = { reason: e.reason, detail: e.detail };
      break;
    default:
      break;
  }
  return s;
}

export function replay(events: readonly Stamped[]): RunState {
  const s = initialState();
  const clock = { last: 0 };
  for (const e of events) apply(s, e, clock);
  return s;
}
