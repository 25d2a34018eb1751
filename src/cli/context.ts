import { ensureDataHome } from '../reference/store.js';
import { BwrapSandbox } from '../sandbox/bwrap.js';
import type { Sandbox } from '../sandbox/types.js';
import { findTarget, listTargets, targetRoots, type Target } from '../targets/target.js';
import { UserError } from '../util/errors.js';
import { run } from '../util/exec-file.js';

export interface GlobalOptions {
  targets?: string[];
  /** A results store: an SQLite file path or a postgres:// URL (default: the data home). */
  store?: string;
}

let sandbox: Sandbox | undefined;

/** The bubblewrap sandbox, after checking bwrap is installed. */
export async function getSandbox(): Promise<Sandbox> {
  if (sandbox) return sandbox;
  try {
    await run('bwrap', ['--version']);
  } catch {
    throw new UserError('bubblewrap is not installed (apt-get install bubblewrap)');
  }
  ensureDataHome();
  sandbox = new BwrapSandbox();
  return sandbox;
}

export function resolveTargets(g: GlobalOptions, name: string | undefined, all: boolean | undefined): Target[] {
  const roots = targetRoots(g.targets ?? []);
  if (all) return listTargets(roots);
  if (!name) throw new UserError('name a target or give --all');
  return [findTarget(name, roots)];
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
