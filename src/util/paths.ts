import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the mirrorcode checkout (holds package.json, targets/, assets/). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The first existing folder, from `p` up to /, that other users (sandbox uids) cannot enter; or null. */
export function closedFolder(p: string): string | null {
  for (let cur = path.resolve(p); ; cur = path.dirname(cur)) {
    try {
      if ((statSync(cur).mode & 0o001) === 0) return cur;
    } catch {
      /* does not exist (yet): nothing to enter */
    }
    if (path.dirname(cur) === cur) return null;
  }
}

let home: string | undefined;

/**
 * Where mirrorcode keeps its data: reference store, prepared targets, scratch space. Sandbox uids
 * must be able to reach into it (bind sources), so a checkout inside a private folder (e.g.
 * /root) keeps its data under /var/lib/mirrorcode instead of beside the checkout.
 */
export function dataHome(): string {
  if (process.env.MIRRORCODE_HOME) return path.resolve(process.env.MIRRORCODE_HOME);
  if (home) return home;
  const beside = path.join(projectRoot, '.mirrorcode');
  const isRoot = process.getuid?.() === 0;
  home = !isRoot || closedFolder(projectRoot) === null
    ? beside
    : path.join('/var/lib/mirrorcode', createHash('sha256').update(projectRoot).digest('hex').slice(0, 12));
  return home;
}

export const defaultTargetsDir = path.join(projectRoot, 'targets');
export const assetsDir = path.join(projectRoot, 'assets');
