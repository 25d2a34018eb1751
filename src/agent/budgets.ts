import type { RunState } from '../runs/state.js';

export interface Budgets {
  tokens?: number;
  usd?: number;
  wallMs?: number;
  workingMs?: number;
}

export interface Spent {
  tokens: number;
  usd: number;
  wallMs: number;
  workingMs: number;
}

const NAMES: Record<keyof Budgets, string> = { tokens: 'token', usd: 'dollar', wallMs: 'wall-time', workingMs: 'working-time' };

/** What a run has used. `sinceLastEventMs` adds the time not yet in the journal. */
export function spent(s: RunState, sinceLastEventMs = 0): Spent {
  const wallMs = s.wallMs + sinceLastEventMs;
  return { tokens: s.usage.input + s.usage.output, usd: s.cost, wallMs, workingMs: Math.max(0, wallMs - s.waitMs) };
}

function limits(b: Budgets): Array<[keyof Budgets, number]> {
  return (Object.keys(NAMES) as Array<keyof Budgets>).filter((k) => b[k] !== undefined).map((k) => [k, b[k] as number]);
}

/** The first budget used up, or null. */
export function exhausted(b: Budgets, u: Spent): keyof Budgets | null {
  for (const [k, limit] of limits(b)) if (u[k] >= limit) return k;
  return null;
}

/** Budget marks (every 10%) reached and not yet announced, e.g. ["tokens:30"]. */
export function newMarks(b: Budgets, u: Spent, announced: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [k, limit] of limits(b)) {
    const tenth = Math.min(10, Math.floor((10 * u[k]) / limit));
    for (let m = 1; m <= tenth; m++) if (!announced.has(`${k}:${m * 10}`)) out.push(`${k}:${m * 10}`);
  }
  return out;
}

export function formatDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return d ? `${d}d${h}h${m}m` : h ? `${h}h${m}m` : m ? `${m}m${sec}s` : `${sec}s`;
}

function show(k: keyof Budgets, v: number): string {
  if (k === 'usd') return `$${v.toFixed(2)}`;
  if (k === 'tokens') return v.toLocaleString('en-US');
  return formatDuration(v);
}

/** One line per budget: used, limit, share, left. */
export function resourcesText(b: Budgets, u: Spent, extra: { steps: number; calls: number; costKnown: boolean }): string {
  const lines = [`steps ${extra.steps}, model calls ${extra.calls}`];
  for (const k of Object.keys(NAMES) as Array<keyof Budgets>) {
    const limit = b[k];
    const used = show(k, u[k]) + (k === 'usd' && !extra.costKnown ? ' (prices unknown for some calls)' : '');
    lines.push(limit === undefined ? `${NAMES[k]}: ${used} used (no budget)` : `${NAMES[k]}: ${used} of ${show(k, limit)} used (${Math.floor((100 * u[k]) / limit)}%), ${show(k, Math.max(0, limit - u[k]))} left`);
  }
  return lines.join('\n');
}

/** The notice the model gets when budget marks are reached. */
export function noticeText(b: Budgets, u: Spent, marks: readonly string[]): string {
  const reached = new Map<string, number>();
  for (const m of marks) {
    const [k, pct] = m.split(':');
    reached.set(k!, Math.max(reached.get(k!) ?? 0, Number(pct)));
  }
  const parts = [...reached].map(([k, pct]) => `${pct}% of the ${NAMES[k as keyof Budgets]} budget is used (${show(k as keyof Budgets, u[k as keyof Budgets])} of ${show(k as keyof Budgets, b[k as keyof Budgets]!)})`);
  return `[budget notice] ${parts.join('; ')}. The run ends when any budget is used up; call resources() for details.`;
}
