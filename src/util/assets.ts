import { chmodSync, copyFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { assetsDir, dataHome } from './paths.js';

const copied = new Map<string, string>();

/**
 * A file of assets/ at a path sandbox uids can reach (the data home), for mounting into
 * sandboxes; the checkout itself may sit in a folder they cannot enter.
 */
export function runtimeAsset(name: string): string {
  const known = copied.get(name);
  if (known) return known;
  const src = path.join(assetsDir, name);
  const dir = path.join(dataHome(), 'assets');
  const dest = path.join(dir, name);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  if (!existsSync(dest) || !readFileSync(dest).equals(readFileSync(src))) copyFileSync(src, dest);
  chmodSync(dest, 0o755);
  copied.set(name, dest);
  return dest;
}
