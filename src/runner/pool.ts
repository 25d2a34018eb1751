import { availableParallelism } from 'node:os';
import type { Sandbox, Slot } from '../sandbox/types.js';
import type { TestCase } from '../targets/test-case.js';
import type { Observed } from './observed.js';
import { CaseRunner, type CaseOptions } from './run-case.js';

export function defaultParallelism(): number {
  return Math.max(1, Number(process.env.MIRRORCODE_JOBS ?? availableParallelism()));
}

/**
 * Runs `work` over items with `jobs` workers, each holding one sandbox slot for its lifetime.
 * Results keep the items' order whatever order they finish in.
 */
export async function mapWithSlots<T, R, S>(
  sandbox: Sandbox,
  items: readonly T[],
  work: (item: T, state: S) => Promise<R>,
  opts: { jobs?: number; onDone?: (done: number, total: number) => void; open: (slot: Slot) => Promise<S>; close: (state: S) => Promise<void> },
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    const slot = await sandbox.acquireSlot();
    try {
      const state = await opts.open(slot);
      try {
        while (next < items.length) {
          const i = next++;
          results[i] = await work(items[i] as T, state);
          opts.onDone?.(++done, items.length);
        }
      } finally {
        await opts.close(state);
      }
    } finally {
      sandbox.releaseSlot(slot);
    }
  };
  const jobs = Math.min(opts.jobs ?? defaultParallelism(), Math.max(1, items.length));
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

/** Runs test cases in parallel, one long-lived sandbox per parallel job; results in case order. */
export function runCases(
  sandbox: Sandbox,
  cases: readonly TestCase[],
  opts: CaseOptions & { jobs?: number; onDone?: (done: number, total: number) => void },
): Promise<Observed[]> {
  return mapWithSlots(sandbox, cases, (tc, runner: CaseRunner) => runner.run(tc), {
    jobs: opts.jobs,
    onDone: opts.onDone,
    open: (slot) => CaseRunner.open(sandbox, slot, opts),
    close: (runner) => runner.close(),
  });
}
