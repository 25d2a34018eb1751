import { stringify } from 'csv-stringify/sync';
import type { GroupStats, Report } from './aggregate.js';

export type ReportFormat = 'table' | 'markdown' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'markdown', 'csv', 'json'];

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ci = (i: { rate: number; low: number; high: number }): string => `${pct(i.rate)} [${pct(i.low)}, ${pct(i.high)}]`;
const money = (x: number | null): string => (x === null ? '-' : `$${x.toFixed(2)}`);
const tokens = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0));
const hours = (x: number): string => `${x.toFixed(2)} h`;

const HEAD = ['group', 'runs', 'targets', 'solve rate [95% CI]', 'near-solve [95% CI]', 'visible', 'hidden', 'tokens/run', 'cost/run', 'wall/run', 'working/run', 'cost/solve', 'tokens/solve', 'wall/solve'];

function row(g: GroupStats): string[] {
  return [
    g.key, String(g.runs), String(g.targets), ci(g.solveRate), ci(g.nearSolveRate), pct(g.visiblePassRate), pct(g.hiddenPassRate),
    tokens(g.perRun.tokens), money(g.perRun.costUsd), hours(g.perRun.wallHours), hours(g.perRun.workingHours),
    g.perSolve ? money(g.perSolve.costUsd) : '-', g.perSolve ? tokens(g.perSolve.tokens) : '-', g.perSolve ? hours(g.perSolve.wallHours) : '-',
  ];
}

function gridRows(r: Report): string[][] {
  return r.grid.targets.map((t) => [t, ...r.grid.models.map((m) => {
    const c = r.grid.cells[t]?.[m];
    return c ? `${c.solved}/${c.runs}` : '';
  })]);
}

function aligned(rows: string[][]): string {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  return rows.map((r) => r.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd()).join('\n');
}

function markdownTable(rows: string[][]): string {
  const [head, ...body] = rows;
  return [head!, head!.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** Pure: one warning line per target whose runs were scored against different test sets. */
export function mixedTestSetWarnings(r: Report): string[] {
  return r.mixedTestSets.map((m) =>
    `Warning: runs of ${m.target} were scored against ${m.sets.length} test sets (its tests or reference changed): ` +
    `${m.sets.map((s) => `${s.testSet} (${s.runs} run${s.runs === 1 ? '' : 's'})`).join(', ')}; its rates mix them. --latest-tests keeps each target's newest set.`);
}

/** Pure: a report in one of the output formats. */
export function renderReport(r: Report, format: ReportFormat): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  const main = [HEAD.map((h, i) => (i === 0 ? r.by : h)), ...r.groups.map(row)];
  const grid = [['target \\ model', ...r.grid.models], ...gridRows(r)];
  if (format === 'csv') {
    // Machine-readable: full precision, one row per group; the grid is in the JSON format.
    return stringify([
      ['by', 'key', 'runs', 'targets', 'solved', 'solve_rate', 'solve_low', 'solve_high', 'near_solve_rate', 'near_solve_low', 'near_solve_high', 'visible_pass_rate', 'hidden_pass_rate', 'tokens_per_run', 'cost_per_run', 'wall_hours_per_run', 'working_hours_per_run', 'cost_per_solve', 'tokens_per_solve', 'wall_hours_per_solve', 'working_hours_per_solve', 'runs_without_cost'],
      ...r.groups.map((g) => [r.by, g.key, g.runs, g.targets, g.solved, g.solveRate.rate, g.solveRate.low, g.solveRate.high, g.nearSolveRate.rate, g.nearSolveRate.low, g.nearSolveRate.high, g.visiblePassRate, g.hiddenPassRate, g.perRun.tokens, g.perRun.costUsd ?? '', g.perRun.wallHours, g.perRun.workingHours, g.perSolve?.costUsd ?? '', g.perSolve?.tokens ?? '', g.perSolve?.wallHours ?? '', g.perSolve?.workingHours ?? '', g.runsWithoutCost]),
    ]);
  }
  const unknown = r.groups.filter((g) => g.runsWithoutCost > 0).map((g) => `${g.key} (${g.runsWithoutCost})`);
  const notes = [
    ...mixedTestSetWarnings(r),
    `${r.runs} runs. ${r.rule}`,
    ...(unknown.length ? [`Runs without a known price, left out of costs: ${unknown.join(', ')}.`] : []),
    'Speed and accuracy: read solve rate against wall/run and cost/run on the same row.',
  ];
  if (format === 'markdown') return [markdownTable(main), '', '**Solved runs / runs, target x model**', '', markdownTable(grid), '', ...notes.map((n) => `_${n}_`), ''].join('\n');
  return [aligned(main), '', 'solved runs / runs, target x model', aligned(grid), '', ...notes, ''].join('\n');
}
