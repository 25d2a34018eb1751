import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { masks } from '../sandbox/profiles.js';
import { SANDBOX_PATH, systemMounts } from '../sandbox/system-root.js';
import type { Sandbox, Slot } from '../sandbox/types.js';
import type { Manifest } from '../targets/manifest.js';
import { UserError } from '../util/errors.js';

export interface BuildResult {
  ok: boolean;
  ran: boolean;
  log: string;
  exitCode: number | null;
  wallMs: number;
  reason?: string;
}

export const BUILD_LIMIT_MS = Number(process.env.MIRRORCODE_BUILD_SECONDS ?? 600) * 1000;

/** Copies a solution folder (symlinks kept as links) into `dest`. */
export function copySolution(src: string, dest: string): void {
  if (!existsSync(src) || !statSync(src).isDirectory()) throw new UserError(`${src}: solution folder does not exist`);
  mkdirSync(dest, { recursive: true });
  cpSync(src, dest, { recursive: true, verbatimSymlinks: true, force: true });
}

/**
 * Runs `bash build.sh` in the solution's copy, inside the scoring sandbox (no network, no
 * reference, time-limited). No build.sh: nothing to do.
 */
export async function buildSolution(sandbox: Sandbox, slot: Slot, manifest: Manifest, dir: string): Promise<BuildResult> {
  if (!existsSync(path.join(dir, 'build.sh'))) return { ok: true, ran: false, log: '', exitCode: null, wallMs: 0 };
  sandbox.chownToSlot(dir, slot);
  const r = await sandbox.exec({
    spec: {
      mounts: [...systemMounts(), ...masks(manifest), { kind: 'tmpfs', path: '/tmp', sizeBytes: 2 * 1024 ** 3 }, { kind: 'rw', host: dir, path: '/solution' }],
      env: { PATH: SANDBOX_PATH, HOME: '/tmp', LC_ALL: 'C.UTF-8', TZ: 'UTC' },
      cwd: '/solution',
      proc: true,
    },
    argv: ['bash', 'build.sh'],
    limits: { wallMs: BUILD_LIMIT_MS, memoryBytes: 8 * 1024 ** 3, processes: 512, fileBytes: 1024 ** 3, outputBytes: 1024 * 1024 },
    slot,
  });
  const log = Buffer.concat([r.stdout, r.stderr]).toString('utf8');
  let reason: string | undefined;
  if (r.timedOut) reason = `build.sh timed out after ${BUILD_LIMIT_MS / 1000} s`;
  else if (r.outputExceeded) reason = 'build.sh printed more than 1 MiB';
  else if (r.outOfMemory) reason = 'build.sh ran out of memory';
  else if (r.exitCode !== 0) reason = `build.sh exited with status ${r.exitCode}`;
  return { ok: reason === undefined, ran: true, log, exitCode: r.exitCode, wallMs: r.wallMs, reason };
}

/** Why the solution has no usable entry point, or null. */
export function entryPointProblem(dir: string, command: string): string | null {
  const p = path.join(dir, command);
  if (!existsSync(p)) return `no executable named "${command}" at the solution's root`;
  const st = statSync(p);
  if (!st.isFile()) return `"${command}" at the solution's root is not a file`;
  if ((st.mode & 0o111) === 0) return `"${command}" at the solution's root is not executable (chmod +x)`;
  return null;
}

/**
 * Makes the solution readable (and, where it was executable, executable) by every uid: tests run
 * as the uids of several slots, none of them necessarily the owner (the build's slot, or root), so
 * a file private to its owner would fail in some slots and not others. Set-id bits are dropped.
 */
export function shareWithTestSlots(p: string): void {
  const st = lstatSync(p);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    chmodSync(p, (st.mode & 0o777) | 0o555);
    for (const e of readdirSync(p)) shareWithTestSlots(path.join(p, e));
  } else if (st.isFile()) {
    chmodSync(p, (st.mode & 0o777) | 0o444 | (st.mode & 0o111 ? 0o111 : 0));
  }
}
