import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { schemaError } from '../targets/schema-error.js';
import type { Target } from '../targets/target.js';
import { UserError } from '../util/errors.js';

export const lockSchema = z.strictObject({
  packages: z.array(z.strictObject({ name: z.string(), version: z.string(), arch: z.string(), debSha256: z.string() })),
  binary: z.strictObject({ path: z.string(), sha256: z.string() }),
});
export type ReferenceLock = z.infer<typeof lockSchema>;

export function lockPath(target: Target): string {
  return path.join(target.dir, 'reference.lock.json');
}

export function readLock(target: Target): ReferenceLock | null {
  const file = lockPath(target);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new UserError(`${file}: not valid JSON`);
  }
  const r = lockSchema.safeParse(raw);
  if (!r.success) throw schemaError(file, r.error);
  return r.data;
}

export function writeLock(target: Target, lock: ReferenceLock): void {
  writeFileSync(lockPath(target), JSON.stringify(lock, null, 2) + '\n');
}

/** Compares what was fetched with the lock; returns a one-line reason when they differ. */
export function lockMismatch(target: Target, locked: ReferenceLock, fetched: ReferenceLock): string | null {
  for (const p of fetched.packages) {
    const l = locked.packages.find((x) => x.name === p.name);
    if (!l) return `package ${p.name} is not in the lock`;
    if (l.version !== p.version) return `package ${p.name} is version ${p.version} but the lock says ${l.version}`;
    if (l.debSha256 !== p.debSha256) return `package ${p.name} ${p.version} has another checksum than the lock`;
  }
  if (locked.binary.sha256 !== fetched.binary.sha256) return `${fetched.binary.path} has another sha256 than the lock`;
  return null;
}

export function lockKey(lock: ReferenceLock): string {
  return lock.packages.map((p) => `${p.name}=${p.version}`).join(',') + `#${lock.binary.sha256.slice(0, 16)}`;
}

export function relockHint(target: Target): string {
  return `re-capture on purpose with: mirrorcode prepare ${target.name} --relock`;
}
