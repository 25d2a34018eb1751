import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../targets/manifest.js';
import { stdinBytes, type TestCase } from '../targets/test-case.js';
import { testSpec, type Program } from '../sandbox/profiles.js';
import { makeScratchDir, removeScratchDir } from '../sandbox/scratch.js';
import type { ExecRequest, Limits, Sandbox, Slot } from '../sandbox/types.js';
import { applyModes, materialize } from './materialize.js';
import { observedFrom, type Observed } from './observed.js';

export interface CaseOptions {
  manifest: Manifest;
  program: Program;
  /** Whether the program gets /proc (solutions do; the reference does not). */
  proc: boolean;
  /** Path of the working folder inside the sandbox. */
  cwd?: string;
  variation?: ExecRequest['variation'];
}

export function testLimits(manifest: Manifest): Limits {
  const t = manifest.limits.timeSeconds;
  return {
    wallMs: t * 1000,
    cpuSeconds: Math.ceil(t) + 1,
    memoryBytes: 2 * 1024 ** 3,
    processes: 128,
    fileBytes: 64 * 1024 * 1024,
    outputBytes: manifest.limits.outputBytes,
  };
}

/** Runs one test case in a fresh copy of its input files and returns what the program did. */
export async function runCase(sandbox: Sandbox, slot: Slot, tc: TestCase, opts: CaseOptions): Promise<Observed> {
  const dir = makeScratchDir('case');
  const work = path.join(dir, 'work');
  try {
    mkdirSync(work);
    const modes = materialize(work, tc);
    sandbox.chownToSlot(work, slot);
    applyModes(modes);
    const cwd = opts.cwd ?? '/work';
    const result = await sandbox.exec({
      spec: testSpec({ manifest: opts.manifest, program: opts.program, workHost: work, cwd, env: tc.env ?? {}, proc: opts.proc }),
      argv: [opts.manifest.command, ...tc.argv],
      stdin: stdinBytes(tc),
      limits: testLimits(opts.manifest),
      slot,
      variation: opts.variation,
    });
    return observedFrom(result);
  } finally {
    removeScratchDir(dir);
  }
}
