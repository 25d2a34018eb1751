import path from 'node:path';
import { openStore } from '../../store/open.js';
import { UserError } from '../../util/errors.js';
import { dataHome } from '../../util/paths.js';
import { startViewer } from '../../viewer/server.js';
import type { GlobalOptions } from '../context.js';

/** mirrorcode view: serves the viewer until Ctrl-C. */
export async function viewCommand(g: GlobalOptions, o: { port?: string; host?: string }): Promise<void> {
  const port = Number(o.port ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number, not "${o.port}"`);
  const store = await openStore(g.store);
  let viewer;
  try {
    viewer = await startViewer({ store, runsDir: path.join(dataHome(), 'runs'), port, host: o.host });
  } catch (e) {
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EADDRINUSE' ? `port ${port} is in use (try --port 0 for any free port)` : `cannot start the viewer: ${(e as Error).message}`);
  }
  process.stdout.write(`mirrorcode viewer at ${viewer.url}/ (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await viewer.close();
  await store.close();
}
