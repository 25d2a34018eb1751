import type { StoredRun } from '../store/types.js';
import { wilson, type Interval } from './wilson.js';

export type GroupBy = 'model' | 'target' | 'tier' | 'language';
export const GROUP_BYS: readonly GroupBy[] = ['model', 'target', 'tier', 'language'];

/** The threshold of the near-solve rate: share of all tests (visible and hidden) passed. */
export const NEAR_SOLVE = 0.99;

export const RULE =
  'Rates are computed per target first (over that target\'s runs in the group), then averaged over targets with equal weight. ' +
  'The 95% interval of an average is the average of the per-target Wilson 95% bounds. ' +
  `Solved: every test passes; near-solved: at least ${NEAR_SOLVE * 100}% of all tests pass. ` +
  'Pass rates of unscored runs count as 0. Per-solve figures are totals over the group\'s runs divided by its solved runs.';

export interface GroupStats {
  key: string;
  runs: number;
  targets: number;
  solved: number;
  solveRate: Interval;
  nearSolveRate: Interval;
  visiblePassRate: number;
  hiddenPassRate: number;
  perRun: { tokens: number; costUsd: number | null; wallHours: number; workingHours: number };
  /** Null when nothing was solved. */
  perSolve: { tokens: number; costUsd: number | null; wallHours: number; workingHours: number } | null;
  /** Runs whose model had no known price (excluded from costs, which are then lower bounds). */
  runsWithoutCost: number;
}

export interface GridCell {
  runs: number;
  solved: number;
  nearSolved: number;
  meanHiddenPassRate: number;
  runIds: string[];
}

/** A target whose runs were scored against more than one test set (its tests or reference changed). */
export interface MixedTestSets {
  target: string;
  /** Runs per test set, newest set first; a set is `testsHash reference`, or "unknown" for old receipts. */
  sets: Array<{ testSet: string; runs: number; lastEndedAt: string }>;
}

export interface Report {
  rule: string;
  by: GroupBy;
  runs: number;
  groups: GroupStats[];
  mixedTestSets: MixedTestSets[];
  grid: { targets: string[]; models: string[]; cells: Record<string, Record<string, GridCell>> };
}

const rate = (p: number | null, t: number | null): number => (p !== null && t ? p / t : 0);
const allRate = (r: StoredRun): number => rate((r.visiblePassed ?? 0) + (r.hiddenPassed ?? 0), (r.visibleTotal ?? 0) + (r.hiddenTotal ?? 0));
const nearSolved = (r: StoredRun): boolean => r.solved || ((r.visibleTotal ?? 0) + (r.hiddenTotal ?? 0) > 0 && allRate(r) >= NEAR_SOLVE);
const tokensOf = (r: StoredRun): number => r.inputTokens + r.outputTokens;
const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const HOUR = 3_600_000;

function keyOf(r: StoredRun, by: GroupBy): string {
  if (by === 'language') return r.language ?? 'any';
  return r[by];
}

function byKey<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return new Map([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Per target first, then the mean over targets of rates and of Wilson bounds. */
function averagedInterval(perTarget: ReadonlyArray<readonly StoredRun[]>, hit: (r: StoredRun) => boolean): Interval {
  const ivs = perTarget.map((runs) => wilson(runs.filter(hit).length, runs.length));
  return { rate: mean(ivs.map((i) => i.rate)), low: mean(ivs.map((i) => i.low)), high: mean(ivs.map((i) => i.high)) };
}

function groupStats(key: string, runs: readonly StoredRun[]): GroupStats {
  const perTarget = [...byKey(runs, (r) => r.target).values()];
  const costed = runs.filter((r) => r.costUsd !== null);
  const cost = costed.length ? sum(costed.map((r) => r.costUsd as number)) : null;
  const solved = runs.filter((r) => r.solved).length;
  const totals = { tokens: sum(runs.map(tokensOf)), wallHours: sum(runs.map((r) => r.wallMs)) / HOUR, workingHours: sum(runs.map((r) => r.workingMs)) / HOUR };
  return {
    key,
    runs: runs.length,
    targets: perTarget.length,
    solved,
    solveRate: averagedInterval(perTarget, (r) => r.solved),
    nearSolveRate: averagedInterval(perTarget, nearSolved),
    visiblePassRate: mean(perTarget.map((rs) => mean(rs.map((r) => rate(r.visiblePassed, r.visibleTotal))))),
    hiddenPassRate: mean(perTarget.map((rs) => mean(rs.map((r) => rate(r.hiddenPassed, r.hiddenTotal))))),
    perRun: {
      tokens: totals.tokens / runs.length,
      costUsd: cost === null ? null : cost / costed.length,
      wallHours: totals.wallHours / runs.length,
      workingHours: totals.workingHours / runs.length,
    },
    perSolve: solved
      ? { tokens: totals.tokens / solved, costUsd: cost === null ? null : cost / solved, wallHours: totals.wallHours / solved, workingHours: totals.workingHours / solved }
      : null,
    runsWithoutCost: runs.length - costed.length,
  };
}

/** The test set a run was scored against: the tests' hash (short) and the reference behind the gold outputs. */
export function testSetOf(r: StoredRun): string {
  return r.testsHash === null ? 'unknown' : `${r.testsHash.slice(0, 12)} ${r.reference ?? 'unknown'}`;
}

const newestFirst = (a: StoredRun, b: StoredRun): number => (a.endedAt !== b.endedAt ? (a.endedAt < b.endedAt ? 1 : -1) : a.id < b.id ? 1 : -1);

/** Pure: per target, the test sets its runs were scored against, for targets with more than one. */
export function mixedTestSets(runs: readonly StoredRun[]): MixedTestSets[] {
  const out: MixedTestSets[] = [];
  for (const [target, rs] of byKey(runs, (r) => r.target)) {
    const sets = new Map<string, { testSet: string; runs: number; lastEndedAt: string }>();
    for (const r of [...rs].sort(newestFirst)) {
      const k = testSetOf(r);
      const s = sets.get(k);
      if (s) s.runs++;
      else sets.set(k, { testSet: k, runs: 1, lastEndedAt: r.endedAt });
    }
    if (sets.size > 1) out.push({ target, sets: [...sets.values()] });
  }
  return out;
}

/** Pure: per target, only the runs scored against the test set of its most recently ended run. */
export function latestTestSets(runs: readonly StoredRun[]): StoredRun[] {
  const latest = new Map<string, string>();
  for (const [target, rs] of byKey(runs, (r) => r.target)) latest.set(target, testSetOf([...rs].sort(newestFirst)[0]!));
  return runs.filter((r) => latest.get(r.target) === testSetOf(r));
}

/** Pure: the report over a set of runs. The same function serves the store and the receipts. */
export function buildReport(runs: readonly StoredRun[], by: GroupBy = 'model'): Report {
  const sorted = [...runs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = [...byKey(sorted, (r) => keyOf(r, by)).entries()].map(([k, rs]) => groupStats(k, rs));
  const targets = [...new Set(sorted.map((r) => r.target))].sort();
  const models = [...new Set(sorted.map((r) => r.model))].sort();
  const cells: Record<string, Record<string, GridCell>> = {};
  for (const [t, rs] of byKey(sorted, (r) => r.target)) {
    cells[t] = {};
    for (const [m, cell] of byKey(rs, (r) => r.model)) {
      cells[t][m] = {
        runs: cell.length,
        solved: cell.filter((r) => r.solved).length,
        nearSolved: cell.filter(nearSolved).length,
        meanHiddenPassRate: mean(cell.map((r) => rate(r.hiddenPassed, r.hiddenTotal))),
        runIds: cell.map((r) => r.id),
      };
    }
  }
  return { rule: RULE, by, runs: sorted.length, groups, mixedTestSets: mixedTestSets(sorted), grid: { targets, models, cells } };
}
