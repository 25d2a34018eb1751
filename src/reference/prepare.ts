import { existsSync } from 'node:fs';
import type { Sandbox } from '../sandbox/types.js';
import { loadTests, type Target, type TestSuite } from '../targets/target.js';
import { captureDocs } from './docs.js';
import { captureGold, docsDir, goldPath, readGold, type GoldFile } from './gold.js';
import { fetchReference, localReference, type Reference } from './store.js';

export interface Prepared {
  target: Target;
  reference: Reference;
  suite: TestSuite;
  gold: GoldFile;
  docs: string[];
}

/** Fetches the reference, renders its docs and captures gold outputs for every test. */
export async function prepareTarget(
  sandbox: Sandbox,
  target: Target,
  opts: { relock?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<Prepared> {
  const reference = await fetchReference(target, { relock: opts.relock });
  const suite = await loadTests(target);
  const docs = await captureDocs(target, reference, docsDir(target));
  const gold = await captureGold(sandbox, target, reference, suite, opts.onProgress);
  return { target, reference, suite, gold, docs };
}

/** The prepared state, preparing only when it is missing or stale. */
export async function ensurePrepared(
  sandbox: Sandbox,
  target: Target,
  onProgress?: (done: number, total: number) => void,
): Promise<Omit<Prepared, 'docs'>> {
  const reference = await localReference(target);
  const suite = await loadTests(target);
  if (reference && existsSync(goldPath(target)) && existsSync(docsDir(target))) {
    try {
      return { target, reference, suite, gold: readGold(target, reference, suite) };
    } catch {
      /* stale: prepare again */
    }
  }
  return prepareTarget(sandbox, target, { onProgress });
}

export function isPrepared(target: Target): boolean {
  return existsSync(goldPath(target)) && existsSync(docsDir(target));
}
