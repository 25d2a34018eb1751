import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseOptions } from '../runner/run-case.js';
import { runCases } from '../runner/pool.js';
import { toStored, type Observed, type StoredOutput } from '../runner/observed.js';
import { referenceProgram } from '../sandbox/profiles.js';
import type { ExecRequest, Sandbox } from '../sandbox/types.js';
import type { Target, TestSuite } from '../targets/target.js';
import { UserError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { dataHome } from '../util/paths.js';
import { lockKey } from './lock.js';
import type { Reference } from './store.js';

export interface GoldFile {
  target: string;
  lock: string;
  testsHash: string;
  capturedAt: string;
  outputs: Record<string, StoredOutput>;
}

export function preparedDir(target: Target): string {
  return path.join(dataHome(), 'prepared', target.name);
}

export function goldPath(target: Target): string {
  return path.join(preparedDir(target), 'gold.json');
}

export function docsDir(target: Target): string {
  return path.join(preparedDir(target), 'docs');
}

/** Identifies a test set: gold outputs are only valid for the exact cases they were captured from. */
export function testsHash(suite: TestSuite): string {
  return sha256(JSON.stringify(suite.all));
}

/** How the reference runs for capture: its sandbox has no /proc and an execute-only binary. */
export function referenceCaseOptions(target: Target, ref: Reference, opts: { cwd?: string; variation?: ExecRequest['variation'] } = {}): CaseOptions {
  return { manifest: target.manifest, program: referenceProgram(target.manifest, ref), proc: false, cwd: opts.cwd, variation: opts.variation };
}

/** Why a reference output cannot serve as a gold output, or null when it can. */
export function unusableGold(o: Observed): string | null {
  if (o.timedOut) return 'the reference timed out';
  if (o.outputExceeded) return 'the reference exceeded the output cap';
  if (o.outOfMemory) return 'the reference ran out of memory';
  return null;
}

/** Captures every test's expected output by running the reference, and stores it. */
export async function captureGold(
  sandbox: Sandbox,
  target: Target,
  ref: Reference,
  suite: TestSuite,
  onDone?: (done: number, total: number) => void,
): Promise<GoldFile> {
  const observed = await runCases(sandbox, suite.all, { ...referenceCaseOptions(target, ref), onDone });
  const outputs: Record<string, StoredOutput> = {};
  const unusable: string[] = [];
  suite.all.forEach((tc, i) => {
    const o = observed[i] as Observed;
    const why = unusableGold(o);
    if (why) unusable.push(`${tc.id} (${why.replace(/^the reference /, '')})`);
    else outputs[tc.id] = toStored(o);
  });
  // All of them at once: an author fixes every bad test in one round, not one per prepare.
  if (unusable.length === 1) throw new UserError(`${target.name}: test ${unusable[0]}; fix or drop the test`);
  if (unusable.length) throw new UserError(`${target.name}: ${unusable.length} tests cannot give gold outputs: ${unusable.slice(0, 20).join(', ')}${unusable.length > 20 ? ', ...' : ''}; fix or drop them`);
  const gold: GoldFile = { target: target.name, lock: lockKey(ref.lock), testsHash: testsHash(suite), capturedAt: new Date().toISOString(), outputs };
  mkdirSync(preparedDir(target), { recursive: true });
  const tmp = `${goldPath(target)}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(gold));
  renameSync(tmp, goldPath(target));
  return gold;
}

/** The stored gold outputs, refused when they were captured from other tests or another reference. */
export function readGold(target: Target, ref: Reference | null, suite: TestSuite): GoldFile {
  const file = goldPath(target);
  if (!existsSync(file) || !ref) throw new UserError(`${target.name} is not prepared; run: mirrorcode prepare ${target.name}`);
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
  if (gold.lock !== lockKey(ref.lock)) {
    throw new UserError(`${target.name}: gold outputs come from another reference version; run: mirrorcode prepare ${target.name}`);
  }
  if (gold.testsHash !== testsHash(suite)) {
    throw new UserError(`${target.name}: the tests changed since gold outputs were captured; run: mirrorcode prepare ${target.name}`);
  }
  return gold;
}
