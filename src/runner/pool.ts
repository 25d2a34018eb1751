import { availableParallelism } from 'node:os';
import type { Sandbox, Slot } from '../sandbox/types.js';

export function defaultParallelism(): number {
  return Math.max(1, Number(process.env.MIRRORCODE_JOBS ?? availableParallelism()));
}

/**
 * Runs `work` over items with `jobs` workers, each holding one sandbox slot for its lifetime.
 * Results keep the items' order whatever order they finish in.
 */
export async function mapWithSlots<T, R>(
  sandbox: Sandbox,
  items: readonly T[],
  work: (item: T, slot: Slot) => Promise<R>,
  opts: { jobs?: number; onDone?: (done: number, total: number) => void } = {},
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    const slot = await sandbox.acquireSlot();
    try {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T, slot);
        opts.onDone?.(++done, items.length);
      }
    } finally {
      sandbox.releaseSlot(slot);
    }
  };
  const jobs = Math.min(opts.jobs ?? defaultParallelism(), Math.max(1, items.length));
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}
