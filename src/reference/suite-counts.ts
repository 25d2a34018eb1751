import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTests, type Target } from '../targets/target.js';
import { sha256 } from '../util/hash.js';
import { dataHome } from '../util/paths.js';

/**
 * What decides a target's test set: the generator's source and seed (generators may import only
 * Node's built-ins), or the test files. Pure apart from reading those files.
 */
function testsKey(target: Target): string {
  const spec = target.manifest.tests;
  if ('generator' in spec) return sha256(`generator\0${spec.seed}\0${readFileSync(path.join(target.dir, spec.generator), 'utf8')}`);
  const dir = path.join(target.dir, spec.files);
  const parts = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => `${f}\0${readFileSync(path.join(dir, f), 'utf8')}`);
  return sha256(`files\0${parts.join('\0')}`);
}

/**
 * Visible and hidden test counts, remembered per test set: some generators build real compressed
 * inputs and take seconds, and a listing of every target should not run them all each time.
 */
export async function suiteCounts(target: Target): Promise<{ visible: number; hidden: number }> {
  const file = path.join(dataHome(), 'counts', `${target.name}.json`);
  const key = testsKey(target);
  if (existsSync(file)) {
    try {
      const c = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; visible?: number; hidden?: number };
      if (c.key === key && typeof c.visible === 'number' && typeof c.hidden === 'number') return { visible: c.visible, hidden: c.hidden };
    } catch {
      // A damaged cache entry is recomputed below.
    }
  }
  const suite = await loadTests(target);
  const counts = { visible: suite.visible.length, hidden: suite.hidden.length };
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ key, ...counts }));
  renameSync(tmp, file);
  return counts;
}
