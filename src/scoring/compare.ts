import type { Observed } from '../runner/observed.js';

export type FailReason =
  | 'stdout'
  | 'stderr'
  | 'exit'
  | 'timeout'
  | 'signal'
  | 'output-cap'
  | 'out-of-memory'
  | 'build-failed'
  | 'no-entry-point';

export interface Verdict {
  pass: boolean;
  reasons: FailReason[];
}

const SIGNALS: Record<number, string> = { 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 15: 'SIGTERM', 24: 'SIGXCPU', 25: 'SIGXFSZ' };

/** The signal an exit status stands for, when it is 128+N for a signal a program is killed by. */
export function signalOf(exitCode: number): string | null {
  return exitCode > 128 ? (SIGNALS[exitCode - 128] ?? null) : null;
}

/**
 * Byte-for-byte comparison of a program's run with the reference's. Pure: the same inputs give
 * the same verdict. Abnormal ends (timeout, output cap, memory, a signal the reference did not
 * die of) are reasons of their own, as they explain the other differences.
 */
export function compare(expected: Observed, actual: Observed): Verdict {
  const reasons: FailReason[] = [];
  if (actual.timedOut) reasons.push('timeout');
  else if (actual.outputExceeded) reasons.push('output-cap');
  else if (actual.outOfMemory) reasons.push('out-of-memory');
  else if (actual.exitCode !== expected.exitCode && signalOf(actual.exitCode)) reasons.push('signal');
  if (!actual.stdout.equals(expected.stdout)) reasons.push('stdout');
  if (!actual.stderr.equals(expected.stderr)) reasons.push('stderr');
  if (actual.exitCode !== expected.exitCode) reasons.push('exit');
  return { pass: reasons.length === 0, reasons };
}

export function describeReasons(reasons: readonly FailReason[], actual?: Pick<Observed, 'exitCode'>): string {
  return reasons
    .map((r) => {
      switch (r) {
        case 'timeout':
          return 'timed out';
        case 'output-cap':
          return 'output over the cap';
        case 'out-of-memory':
          return 'out of memory';
        case 'signal':
          return `killed by ${actual ? signalOf(actual.exitCode) : 'a signal'}`;
        case 'build-failed':
          return 'build failed';
        case 'no-entry-point':
          return 'no entry point';
        case 'exit':
          return 'exit status differs';
        default:
          return `${r} differs`;
      }
    })
    .join(', ');
}
