import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { dataHome } from '../util/paths.js';
import { isRoot } from './slots.js';

const SCRATCH_BYTES = Number(process.env.MIRRORCODE_SCRATCH_BYTES ?? 8 * 1024 ** 3);
let ready: string | undefined;

/**
 * Folder for per-test working copies and builds. As root it is a size-capped tmpfs, so a
 * solution that writes without end fills the cap, not the host's disk.
 */
export function scratchRoot(): string {
  if (ready) return ready;
  const dir = path.join(dataHome(), 'scratch');
  mkdirSync(dir, { recursive: true });
  chmodSync(dataHome(), 0o711);
  if (isRoot && !isMountPoint(dir)) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SCRATCH_BYTES},mode=0711`, 'mirrorcode-scratch', dir], { stdio: 'ignore' });
    } catch {
      /* no mount permission: a plain folder still works, without the disk cap */
    }
  }
  chmodSync(dir, 0o711);
  ready = dir;
  return dir;
}

function isMountPoint(dir: string): boolean {
  const abs = path.resolve(dir);
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some((l) => l.split(' ')[4] === abs);
}

export function makeScratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(scratchRoot(), `${prefix}-`));
  chmodSync(dir, 0o711);
  return dir;
}

export function removeScratchDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
