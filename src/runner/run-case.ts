import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../targets/manifest.js';
import { stdinBytes, type TestCase } from '../targets/test-case.js';
import { testSpec, type Program } from '../sandbox/profiles.js';
import { makeScratchDir, removeScratchDir } from '../sandbox/scratch.js';
import type { ExecRequest, Limits, Sandbox, Slot, Worker } from '../sandbox/types.js';
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

/**
 * Runs test cases one after another in one long-lived sandbox (a Worker). Before each case the
 * working folder is emptied and refilled with that case's input files, so every test starts from
 * a fresh copy of its inputs; the worker ends whatever the previous test left running.
 */
export class CaseRunner {
  private constructor(
    private readonly sandbox: Sandbox,
    private readonly slot: Slot,
    private readonly worker: Worker,
    private readonly scratch: string,
    private readonly work: string,
    private readonly opts: CaseOptions,
  ) {}

  static async open(sandbox: Sandbox, slot: Slot, opts: CaseOptions): Promise<CaseRunner> {
    const scratch = makeScratchDir('case');
    const work = path.join(scratch, 'work');
    mkdirSync(work);
    sandbox.chownToSlot(work, slot);
    const spec = testSpec({ manifest: opts.manifest, program: opts.program, workHost: work, cwd: opts.cwd ?? '/work', env: {}, proc: opts.proc });
    const worker = await sandbox.openWorker(spec, slot);
    return new CaseRunner(sandbox, slot, worker, scratch, work, opts);
  }

  async run(tc: TestCase): Promise<Observed> {
    for (const e of readdirSync(this.work)) rmSync(path.join(this.work, e), { recursive: true, force: true });
    const modes = materialize(this.work, tc);
    this.sandbox.chownToSlot(this.work, this.slot);
    applyModes(modes);
    const result = await this.worker.run({
      argv: [this.opts.manifest.command, ...tc.argv],
      env: tc.env ?? {},
      stdin: stdinBytes(tc),
      limits: testLimits(this.opts.manifest),
      variation: this.opts.variation,
    });
    return observedFrom(result);
  }

  async close(): Promise<void> {
    await this.worker.close();
    removeScratchDir(this.scratch);
  }
}
