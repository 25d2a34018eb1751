import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRoot } from '../sandbox/slots.js';

const DEFAULT_BYTES = Number(process.env.MIRRORCODE_WORKSPACE_BYTES ?? 8 * 1024 ** 3);

export interface Workspace {
  /** Host folder the agent sees as /workspace. */
  dir: string;
  /** Disk image behind it, when size-capped. */
  image: string | null;
  release(): void;
}

function mounted(dir: string): boolean {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some((l) => l.split(' ')[4] === dir);
}

/**
 * A workspace folder. As root it is an ext4 image mounted by loop device, so an agent that writes
 * without end gets "no space left" at the cap instead of filling the host's disk; the image file
 * survives restarts (re-mounted on reuse). Without root it is a plain folder.
 */
export function openWorkspace(dir: string, opts: { capped?: boolean; bytes?: number } = {}): Workspace {
  const abs = path.resolve(dir);
  mkdirSync(abs, { recursive: true });
  const image = `${abs}.img`;
  if (!isRoot || opts.capped === false) return { dir: abs, image: null, release: () => {} };
  if (!mounted(abs)) {
    if (!existsSync(image)) {
      execFileSync('truncate', ['-s', String(opts.bytes ?? DEFAULT_BYTES), image]);
      execFileSync('mkfs.ext4', ['-q', '-F', '-m', '0', '-E', 'root_owner=0:0', image], { stdio: 'ignore' });
    }
    try {
      execFileSync('mount', ['-o', 'loop,nosuid,nodev', image, abs], { stdio: 'ignore' });
      rmSync(path.join(abs, 'lost+found'), { recursive: true, force: true });
    } catch {
      return { dir: abs, image: null, release: () => {} };
    }
  }
  chmodSync(abs, 0o755);
  return {
    dir: abs,
    image,
    release: () => {
      try {
        execFileSync('umount', [abs], { stdio: 'ignore' });
      } catch {
        /* busy: left mounted, re-used next time */
      }
    },
  };
}

export function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
