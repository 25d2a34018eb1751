import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dualProblems } from './duals.js';
import { procPathTests } from './proc-paths.js';
import path from 'node:path';
import { runCases } from '../runner/pool.js';
import { fromStored } from '../runner/observed.js';
import { readGold, referenceCaseOptions } from '../reference/gold.js';
import type { Reference } from '../reference/store.js';
import { makeScratchDir, removeScratchDir } from '../sandbox/scratch.js';
import type { ExecRequest, Sandbox } from '../sandbox/types.js';
import { compare } from '../scoring/compare.js';
import { scoreSolution } from '../scoring/score.js';
import type { Target, TestSuite } from '../targets/target.js';

/** Each stability capture runs with another working-folder path, clock and pid than the gold one. */
export const VARIATIONS: Array<{ cwd: string; variation: NonNullable<ExecRequest['variation']> }> = [
  { cwd: '/home/u1/tmp.Zq81/w', variation: { fakeTime: '2031-05-17 03:14:15', burnPids: 7 } },
  { cwd: '/var/tmp/run-4417/a/b/c', variation: { fakeTime: '1999-12-31 23:59:50', burnPids: 31 } },
  { cwd: '/srv/x', variation: { burnPids: 3 } },
];

/** Fewest tests a target of each tier may have (visible, hidden). */
export const TIER_MINIMUMS: Record<'S' | 'M' | 'L', { visible: number; hidden: number }> = {
  S: { visible: 150, hidden: 75 },
  M: { visible: 400, hidden: 150 },
  L: { visible: 800, hidden: 300 },
};

/** Share of tests a do-nothing solution may pass before the suite is refused. */
export const STUB_PASS_LIMIT = 0.02;

export interface ValidationReport {
  target: string;
  tests: { visible: number; hidden: number };
  unstable: Array<{ id: string; capture: number; differs: string[] }>;
  dualsOk: boolean;
  stubPassed: string[];
  stubPassRate: number;
  goldFailed: string[];
  ok: boolean;
  problems: string[];
}

type Progress = (stage: string, done: number, total: number) => void;

/**
 * Validates a prepared target: its reference outputs are stable (captured again under other
 * cwd paths, clocks and pids), every hidden test names a visible one, a stub solution passes
 * (almost) nothing, and the reference scored as a solution passes everything.
 */
export async function validateTarget(sandbox: Sandbox, target: Target, ref: Reference, suite: TestSuite, progress?: Progress): Promise<ValidationReport> {
  const gold = readGold(target, ref, suite);
  const problems: string[] = [];

  const unstable: ValidationReport['unstable'] = [];
  for (const [k, v] of VARIATIONS.entries()) {
    const runs = await runCases(sandbox, suite.all, {
      ...referenceCaseOptions(target, ref, v),
      onDone: (d, t) => progress?.(`stability ${k + 1}/${VARIATIONS.length}`, d, t),
    });
    suite.all.forEach((tc, i) => {
      const verdict = compare(fromStored(gold.outputs[tc.id]!), runs[i]!);
      if (!verdict.pass) unstable.push({ id: tc.id, capture: k + 1, differs: verdict.reasons });
    });
  }
  if (unstable.length) problems.push(`${new Set(unstable.map((u) => u.id)).size} unstable test(s): ${[...new Set(unstable.map((u) => u.id))].slice(0, 10).join(', ')}`);

  const duals = dualProblems(suite);
  const dualsOk = duals.orphans.length === 0 && duals.identical.length === 0;
  if (duals.orphans.length) problems.push(`${duals.orphans.length} hidden test(s) name no visible test: ${duals.orphans.slice(0, 10).join(', ')}`);
  if (duals.identical.length) {
    problems.push(`${duals.identical.length} hidden test(s) feed the program exactly what their visible twin does (other values needed): ${duals.identical.slice(0, 10).join(', ')}`);
  }
  if (suite.hidden.length === 0) problems.push('no hidden tests');
  const proc = procPathTests(suite);
  if (proc.length) problems.push(`${proc.length} test(s) name /dev/stdin, /dev/fd/N or /proc, which the reference cannot open without /proc: ${proc.slice(0, 10).join(', ')}`);
  const min = TIER_MINIMUMS[target.manifest.tier];
  if (suite.visible.length < min.visible || suite.hidden.length < min.hidden) {
    problems.push(`tier ${target.manifest.tier} needs at least ${min.visible} visible and ${min.hidden} hidden tests (has ${suite.visible.length} and ${suite.hidden.length})`);
  }

  const stubDir = makeScratchDir('stub');
  let stubPassed: string[];
  try {
    const dir = path.join(stubDir, 'solution');
    mkdirSync(dir);
    const entry = path.join(dir, target.manifest.command);
    writeFileSync(entry, '#!/bin/sh\nexit 0\n');
    chmodSync(entry, 0o755);
    const stub = await scoreSolution({
      sandbox, target, reference: ref, gold, tests: suite.all, solution: { kind: 'dir', path: dir }, suite: 'all',
      onDone: (d, t) => progress?.('stub solution', d, t),
    });
    stubPassed = stub.results.filter((r) => r.pass).map((r) => r.id);
  } finally {
    removeScratchDir(stubDir);
  }
  const stubPassRate = stubPassed.length / suite.all.length;
  if (stubPassRate > STUB_PASS_LIMIT) problems.push(`a stub solution passes ${stubPassed.length} of ${suite.all.length} tests`);

  const goldRun = await scoreSolution({
    sandbox, target, reference: ref, gold, tests: suite.all, solution: { kind: 'reference' }, suite: 'all',
    onDone: (d, t) => progress?.('gold check', d, t),
  });
  const goldFailed = goldRun.results.filter((r) => !r.pass).map((r) => r.id);
  if (goldFailed.length) problems.push(`the reference scored as a solution fails ${goldFailed.length} test(s): ${goldFailed.slice(0, 10).join(', ')}`);

  return {
    target: target.name,
    tests: { visible: suite.visible.length, hidden: suite.hidden.length },
    unstable,
    dualsOk,
    stubPassed,
    stubPassRate,
    goldFailed,
    ok: problems.length === 0,
    problems,
  };
}
