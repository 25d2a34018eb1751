import path from 'node:path';
import type { Manifest } from '../targets/manifest.js';
import { SANDBOX_PATH, hostCopies, hostLibraries, systemMounts } from './system-root.js';
import type { Mount, SandboxSpec } from './types.js';

/** A program placed in a sandbox: the mounts that put it there and the folder to add to PATH. */
export interface Program {
  mounts: Mount[];
  binDir: string;
}

/** Base environment of every test, before the case's own env. */
export const TEST_ENV: Record<string, string> = { HOME: '/tmp', LC_ALL: 'C.UTF-8', TZ: 'UTC' };

/** The reference as it runs: its binary, and its own libraries when it brings some. */
export interface RunnableReference {
  binary: string;
  libs: { host: string; path: string } | null;
}

/** The reference binary under `binDir`, reachable by the target's command name (argv[0] matters). */
export function referenceProgram(manifest: Manifest, ref: RunnableReference, binDir = '/opt/reference/bin'): Program {
  const base = path.basename(manifest.reference.binary);
  const mounts: Mount[] = [{ kind: 'ro', host: ref.binary, path: path.join(binDir, base) }];
  if (manifest.command !== base) mounts.push({ kind: 'symlink', target: base, path: path.join(binDir, manifest.command) });
  // The libraries' folder has a secret name; /opt/reference itself cannot be listed to find it.
  if (ref.libs) mounts.push({ kind: 'ro', host: ref.libs.host, path: ref.libs.path }, { kind: 'chmod', path: '/opt/reference', mode: 0o111 });
  return { mounts, binDir };
}

/** A submitted solution's folder, read-only at /solution. */
export function solutionProgram(hostDir: string): Program {
  return { mounts: [{ kind: 'ro', host: hostDir, path: '/solution' }], binDir: '/solution' };
}

/** The reference placed where a solution would be, for the gold check. */
export function referenceAsSolution(manifest: Manifest, ref: RunnableReference): Program {
  const p = referenceProgram(manifest, ref, '/solution');
  return { mounts: [{ kind: 'tmpfs', path: '/solution', sizeBytes: 1024 * 1024 }, ...p.mounts], binDir: '/solution' };
}

/** The host's copies of the program (by any name) and the libraries of its packages, hidden. */
export function masks(manifest: Manifest): Mount[] {
  const copies = hostCopies(manifest.command, manifest.reference.binary);
  return [...copies.named, ...copies.aliases, ...hostLibraries(manifest.reference.packages)].map((p) => ({ kind: 'mask', path: p }));
}

/**
 * Where one test runs: the system read-only (target's program masked), the program, the test's
 * working folder read-write at `cwd`, a small /tmp. The reference gets no /proc so it cannot be
 * asked to read itself.
 */
export function testSpec(opts: {
  manifest: Manifest;
  program: Program;
  workHost: string;
  cwd: string;
  env: Record<string, string>;
  proc: boolean;
}): SandboxSpec {
  return {
    mounts: [
      ...systemMounts(),
      ...masks(opts.manifest),
      { kind: 'tmpfs', path: '/tmp', sizeBytes: 256 * 1024 * 1024 },
      ...opts.program.mounts,
      { kind: 'rw', host: opts.workHost, path: opts.cwd },
    ],
    env: { PATH: `${opts.program.binDir}:${SANDBOX_PATH}`, ...TEST_ENV, ...opts.env },
    cwd: opts.cwd,
    proc: opts.proc,
  };
}
