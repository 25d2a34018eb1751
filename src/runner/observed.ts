import type { ExecResult } from '../sandbox/types.js';

/** What one run of a program on one test produced; the unit every comparison works on. */
export interface Observed {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number;
  timedOut: boolean;
  outputExceeded: boolean;
  outOfMemory: boolean;
}

export function observedFrom(r: ExecResult): Observed {
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    exitCode: r.exitCode,
    timedOut: r.timedOut,
    outputExceeded: r.outputExceeded,
    outOfMemory: r.outOfMemory,
  };
}

export interface StoredOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function toStored(o: Observed): StoredOutput {
  return { stdout: o.stdout.toString('base64'), stderr: o.stderr.toString('base64'), exitCode: o.exitCode };
}

export function fromStored(s: StoredOutput): Observed {
  return {
    stdout: Buffer.from(s.stdout, 'base64'),
    stderr: Buffer.from(s.stderr, 'base64'),
    exitCode: s.exitCode,
    timedOut: false,
    outputExceeded: false,
    outOfMemory: false,
  };
}
