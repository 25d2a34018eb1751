import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDataHome } from '../src/reference/store.js';

/** A temp folder inside the data home: its parents are traversable by sandbox uids. */
export function tempDir(prefix: string): string {
  const base = path.join(ensureDataHome(), 'test-tmp');
  mkdirSync(base, { recursive: true, mode: 0o711 });
  const dir = mkdtempSync(path.join(base, `${prefix}-`));
  chmodSync(dir, 0o711);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
