import { describeReasons, type FailReason } from './compare.js';
import { unifiedDiff } from './diff.js';
import type { ScoreResult, TestResult } from './score.js';

export interface SuiteSummary {
  passed: number;
  total: number;
  rate: number | null;
}

export interface ScoreReport {
  target: string;
  solution: string;
  suite: string;
  /** The test set the gold outputs belong to and the reference that produced them. */
  testsHash: string;
  reference: string;
  visible: SuiteSummary;
  hidden: SuiteSummary;
  /** Every selected test passes. */
  solved: boolean;
  setupFailure: string | null;
  build: { ran: boolean; ok: boolean; exitCode: number | null; seconds: number; log: string } | null;
  tests: Array<{ id: string; hidden: boolean; dualOf?: string; pass: boolean; reasons: FailReason[]; expectedExit: number; actualExit: number | null }>;
}

function summary(results: readonly TestResult[]): SuiteSummary {
  const passed = results.filter((r) => r.pass).length;
  return { passed, total: results.length, rate: results.length ? passed / results.length : null };
}

/** Pure: the machine-readable report of a scoring run, tests in id order. */
export function buildReport(s: ScoreResult): ScoreReport {
  const sorted = [...s.results].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    target: s.target,
    solution: s.solution,
    suite: s.suite,
    testsHash: s.testsHash,
    reference: s.reference,
    visible: summary(sorted.filter((r) => !r.hidden)),
    hidden: summary(sorted.filter((r) => r.hidden)),
    solved: s.setupFailure === null && sorted.length > 0 && sorted.every((r) => r.pass),
    setupFailure: s.setupFailure,
    build: s.build && { ran: s.build.ran, ok: s.build.ok, exitCode: s.build.exitCode, seconds: s.build.wallMs / 1000, log: s.build.log.slice(-4000) },
    tests: sorted.map((r) => ({
      id: r.id,
      hidden: r.hidden,
      ...(r.dualOf ? { dualOf: r.dualOf } : {}),
      pass: r.pass,
      reasons: r.reasons,
      expectedExit: r.expected.exitCode,
      actualExit: r.actual?.exitCode ?? null,
    })),
  };
}

const pct = (s: SuiteSummary): string => (s.rate === null ? '-' : `${s.passed}/${s.total} (${(100 * s.rate).toFixed(1)}%)`);

/** Pure: readable summary with unified diffs of the first failures. */
export function renderSummary(s: ScoreResult, opts: { maxFailures?: number; showHidden?: boolean } = {}): string {
  const r = buildReport(s);
  const lines = [
    `target ${r.target}   solution ${r.solution}`,
    `visible ${pct(r.visible)}   hidden ${pct(r.hidden)}   ${r.solved ? 'SOLVED' : 'not solved'}`,
  ];
  if (r.setupFailure) {
    lines.push(`no test ran: ${r.setupFailure}`);
    if (r.build?.log) lines.push('--- build log (end) ---', r.build.log.trimEnd().split('\n').slice(-30).join('\n'));
    return lines.join('\n') + '\n';
  }
  const failures = [...s.results]
    .filter((t) => !t.pass && (opts.showHidden !== false || !t.hidden))
    .sort((a, b) => Number(a.hidden) - Number(b.hidden) || (a.id < b.id ? -1 : 1));
  const max = opts.maxFailures ?? 5;
  for (const t of failures.slice(0, max)) {
    lines.push('', `FAIL ${t.id}${t.hidden ? ' (hidden)' : ''}: ${describeReasons(t.reasons, t.actual ?? undefined)}`);
    if (!t.actual) continue;
    if (t.reasons.includes('exit')) lines.push(`exit status: expected ${t.expected.exitCode}, got ${t.actual.exitCode}`);
    for (const stream of ['stdout', 'stderr'] as const) {
      const d = unifiedDiff(stream, t.expected[stream], t.actual[stream]);
      if (d) lines.push(d);
    }
  }
  if (failures.length > max) lines.push('', `... and ${failures.length - max} more failing tests`);
  return lines.join('\n') + '\n';
}
