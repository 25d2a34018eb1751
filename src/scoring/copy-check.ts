import { readFileSync, readdirSync, lstatSync } from 'node:fs';
import path from 'node:path';

const WINDOW = 64;
const WINDOWS = 8;

/**
 * Byte windows that identify a binary: taken from spread-out places where the bytes vary a lot
 * (not padding), so that any file holding all of them holds a copy of the binary.
 */
export function fingerprints(binary: Buffer): Buffer[] {
  const out: Buffer[] = [];
  if (binary.length < WINDOW * WINDOWS * 2) return [binary];
  const step = Math.floor(binary.length / (WINDOWS + 1));
  for (let k = 1; k <= WINDOWS; k++) {
    for (let off = k * step; off + WINDOW <= binary.length && off < (k + 1) * step; off += WINDOW) {
      const w = binary.subarray(off, off + WINDOW);
      if (new Set(w).size >= 40) {
        out.push(w);
        break;
      }
    }
  }
  return out.length ? out : [binary.subarray(0, WINDOW * 4)];
}

/** Files under `dir` that contain every fingerprint of the reference binary. */
export function findReferenceCopies(dir: string, prints: Buffer[], maxBytes = 512 * 1024 * 1024): string[] {
  const found: string[] = [];
  let seen = 0;
  const walk = (p: string): void => {
    const st = lstatSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) walk(path.join(p, e));
      return;
    }
    if (!st.isFile() || st.size < (prints[0]?.length ?? 1)) return;
    seen += st.size;
    if (seen > maxBytes) return;
    const data = readFileSync(p);
    if (prints.every((w) => data.includes(w))) found.push(path.relative(dir, p));
  };
  walk(dir);
  return found;
}
