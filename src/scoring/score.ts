import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fromStored, type Observed } from '../runner/observed.js';
import { runCases } from '../runner/pool.js';
import { referenceAsSolution, solutionProgram, type Program } from '../sandbox/profiles.js';
import { makeScratchDir, removeScratchDir } from '../sandbox/scratch.js';
import type { Sandbox } from '../sandbox/types.js';
import type { GoldFile } from '../reference/gold.js';
import type { Reference } from '../reference/store.js';
import type { Target } from '../targets/target.js';
import type { TestCase } from '../targets/test-case.js';
import { UserError } from '../util/errors.js';
import { buildSolution, copySolution, entryPointProblem, shareWithTestSlots, type BuildResult } from './build.js';
import { compare, type FailReason } from './compare.js';
import { findReferenceCopies, fingerprints } from './copy-check.js';

export type Suite = 'visible' | 'hidden' | 'all';

/** A solution folder, or the reference itself placed as a solution (the gold check). */
export type SolutionSource = { kind: 'dir'; path: string } | { kind: 'reference' };

export interface TestResult {
  id: string;
  hidden: boolean;
  dualOf?: string;
  pass: boolean;
  reasons: FailReason[];
  expected: Observed;
  actual: Observed | null;
}

export interface ScoreResult {
  target: string;
  solution: string;
  suite: Suite;
  /** Which tests and which reference the expected outputs came from (gold.json's testsHash and lock). */
  testsHash: string;
  reference: string;
  build: BuildResult | null;
  /** Set when no test could run (failed build, no entry point). */
  setupFailure: string | null;
  results: TestResult[];
}

export function selectTests(all: readonly TestCase[], suite: Suite): TestCase[] {
  return all.filter((t) => suite === 'all' || (suite === 'hidden') === Boolean(t.hidden));
}

/**
 * Scores a solution: copy, build in the scoring sandbox, refuse copies of the reference, then run
 * every selected test in parallel, each in a fresh copy of its inputs, and compare bytes.
 */
export async function scoreSolution(opts: {
  sandbox: Sandbox;
  target: Target;
  reference: Reference;
  gold: GoldFile;
  tests: TestCase[];
  solution: SolutionSource;
  suite: Suite;
  onDone?: (done: number, total: number) => void;
}): Promise<ScoreResult> {
  const { sandbox, target, gold, tests } = opts;
  const expectedOf = (tc: TestCase): Observed => {
    const s = gold.outputs[tc.id];
    if (!s) throw new UserError(`${target.name}: no gold output for test ${tc.id}; run: mirrorcode prepare ${target.name}`);
    return fromStored(s);
  };
  const label = opts.solution.kind === 'dir' ? path.resolve(opts.solution.path) : '(reference)';
  const base: Omit<ScoreResult, 'build' | 'setupFailure' | 'results'> = { target: target.name, solution: label, suite: opts.suite, testsHash: gold.testsHash, reference: gold.lock };
  const failAll = (reason: FailReason, why: string, build: BuildResult | null): ScoreResult => ({
    ...base,
    build,
    setupFailure: why,
    results: tests.map((tc) => ({ id: tc.id, hidden: Boolean(tc.hidden), dualOf: tc.dualOf, pass: false, reasons: [reason], expected: expectedOf(tc), actual: null })),
  });

  let program: Program;
  let scratch: string | null = null;
  let build: BuildResult | null = null;
  try {
    if (opts.solution.kind === 'reference') {
      program = referenceAsSolution(target.manifest, opts.reference);
    } else {
      scratch = makeScratchDir('solution');
      const dir = path.join(scratch, 'solution');
      copySolution(opts.solution.path, dir);
      const prints = fingerprints(readFileSync(opts.reference.packageBinary));
      const refuse = (when: string): void => {
        const copies = findReferenceCopies(dir, prints);
        if (copies.length) throw new UserError(`solution refused: ${copies.join(', ')} ${when} a copy of the reference binary`);
      };
      refuse('contains');
      const slot = await sandbox.acquireSlot();
      try {
        build = await buildSolution(sandbox, slot, target.manifest, dir);
      } finally {
        sandbox.releaseSlot(slot);
      }
      if (!build.ok) return failAll('build-failed', build.reason ?? 'build failed', build);
      refuse('contains, after the build,');
      const missing = entryPointProblem(dir, target.manifest.command);
      if (missing) return failAll('no-entry-point', missing, build);
      shareWithTestSlots(dir);
      program = solutionProgram(dir);
    }
    const observed = await runCases(sandbox, tests, { manifest: target.manifest, program, proc: true, onDone: opts.onDone });
    const results: TestResult[] = tests.map((tc, i) => {
      const expected = expectedOf(tc);
      const actual = observed[i] as Observed;
      const v = compare(expected, actual);
      return { id: tc.id, hidden: Boolean(tc.hidden), dualOf: tc.dualOf, pass: v.pass, reasons: v.reasons, expected, actual };
    });
    return { ...base, build, setupFailure: null, results };
  } finally {
    if (scratch) removeScratchDir(scratch);
  }
}
