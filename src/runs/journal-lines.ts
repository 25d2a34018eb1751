import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Stamped } from './journal.js';

/**
 * Streams a journal's events without holding the file in memory (journals of long runs reach
 * gigabytes). A line cut short by a crash (the last one) is skipped, as readJournal does.
 */
export async function* journalEvents(file: string): AsyncGenerator<Stamped> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let pending: string | null = null;
  for await (const line of lines) {
    if (pending !== null) throw new Error(`${file}: a line before the last is not valid JSON`);
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as Stamped;
    } catch {
      pending = line;
    }
  }
}
