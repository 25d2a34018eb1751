import { ingestRun } from '../../store/ingest.js';
import { openStore } from '../../store/open.js';
import { errorMessage } from '../../util/errors.js';
import type { GlobalOptions } from '../context.js';

/** mirrorcode store import RUN_DIR...: adds finished runs to the store (each run is replaced, never doubled). */
export async function storeImportCommand(g: GlobalOptions, dirs: string[]): Promise<void> {
  const store = await openStore(g.store);
  let failed = 0;
  try {
    for (const dir of dirs) {
      try {
        const r = await ingestRun(store, dir);
        process.stdout.write(`imported ${r.id} (${r.target}, ${r.model}, ${r.solved ? 'solved' : 'not solved'})\n`);
      } catch (e) {
        failed++;
        process.stderr.write(`mirrorcode: ${errorMessage(e).split('\n')[0]}\n`);
      }
    }
  } finally {
    await store.close();
  }
  if (failed) process.exitCode = 1;
}
