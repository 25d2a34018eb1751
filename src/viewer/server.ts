import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { buildReport } from '../report/aggregate.js';
import { mixedTestSetWarnings } from '../report/render.js';
import { progressOf } from '../store/ingest.js';
import type { ResultsStore } from '../store/types.js';
import { assetsDir, projectRoot } from '../util/paths.js';
import { readJournalPage, tailOffset } from './journal-pages.js';
import { liveRuns, locateRun } from './run-index.js';

export interface ViewerOptions {
  store: ResultsStore;
  /** Folder of run folders, for runs that are still going (not yet in the store). */
  runsDir: string;
  port: number;
  host?: string;
  /** How often the live stream looks for new journal lines. */
  pollMs?: number;
}

export interface Viewer {
  url: string;
  close(): Promise<void>;
}

const PAGE = 200;

/** Every asset the pages use, served from the install: nothing comes from a CDN. */
function staticFiles(): Record<string, { file: string; type: string }> {
  const ui = path.join(assetsDir, 'viewer');
  const uplot = path.join(projectRoot, 'node_modules', 'uplot', 'dist');
  return {
    '/': { file: path.join(ui, 'index.html'), type: 'text/html; charset=utf-8' },
    '/assets/app.js': { file: path.join(ui, 'app.js'), type: 'text/javascript; charset=utf-8' },
    '/assets/app.css': { file: path.join(ui, 'app.css'), type: 'text/css; charset=utf-8' },
    '/assets/uplot.js': { file: path.join(uplot, 'uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
    '/assets/uplot.css': { file: path.join(uplot, 'uPlot.min.css'), type: 'text/css; charset=utf-8' },
  };
}

const int = (v: string | undefined, fallback: number): number => {
  const n = Number(v);
  return v !== undefined && Number.isInteger(n) && n >= 0 ? n : fallback;
};

export function viewerApp(o: ViewerOptions): Hono {
  const app = new Hono();
  const files = staticFiles();
  for (const [route, f] of Object.entries(files)) {
    app.get(route, (c) => c.body(readFileSync(f.file), 200, { 'content-type': f.type, 'cache-control': 'no-cache' }));
  }

  app.get('/api/overview', async (c) => {
    const runs = await o.store.runs();
    const report = runs.length ? buildReport(runs, 'model') : null;
    return c.json({
      report,
      // The report's own wording, so the viewer and the CLI say the same thing.
      warnings: report ? mixedTestSetWarnings(report) : [],
      runs: runs.map(({ runDir: _d, journal: _j, ...r }) => r),
      live: liveRuns(o.runsDir).map(({ dir: _d, journal: _j, ...r }) => r),
    });
  });

  app.get('/api/runs/:id', async (c) => {
    const loc = await locateRun(o.store, o.runsDir, c.req.param('id'));
    if (!loc) return c.json({ error: 'no such run' }, 404);
    const reportTxt = path.join(loc.dir, 'report.txt');
    return c.json({
      id: loc.id,
      run: loc.stored,
      live: loc.live,
      tests: loc.stored ? await o.store.tests(loc.id) : [],
      report: existsSync(reportTxt) ? readFileSync(reportTxt, 'utf8').slice(0, 2_000_000) : null,
      journalSize: existsSync(loc.journal) ? statSync(loc.journal).size : 0,
    });
  });

  app.get('/api/runs/:id/progress', async (c) => {
    const loc = await locateRun(o.store, o.runsDir, c.req.param('id'));
    if (!loc) return c.json({ error: 'no such run' }, 404);
    return c.json(loc.stored ? await o.store.progress(loc.id) : await progressOf(loc.id, loc.journal));
  });

  app.get('/api/runs/:id/journal', async (c) => {
    const loc = await locateRun(o.store, o.runsDir, c.req.param('id'));
    if (!loc || !existsSync(loc.journal)) return c.json({ error: 'no journal for this run' }, 404);
    const limit = Math.min(int(c.req.query('limit'), PAGE), 2000);
    const fromQ = c.req.query('from');
    const from = fromQ === 'tail' ? tailOffset(loc.journal, limit) : int(fromQ, 0);
    return c.json(readJournalPage(loc.journal, from, limit));
  });

  app.get('/api/runs/:id/event', async (c) => {
    const loc = await locateRun(o.store, o.runsDir, c.req.param('id'));
    if (!loc || !existsSync(loc.journal)) return c.json({ error: 'no journal for this run' }, 404);
    const page = readJournalPage(loc.journal, int(c.req.query('offset'), 0), 1, Number.POSITIVE_INFINITY);
    return c.json(page.events[0] ?? null);
  });

  // Live progress: new journal lines as server-sent events, until the run ends or the page goes.
  app.get('/api/runs/:id/stream', async (c) => {
    const loc = await locateRun(o.store, o.runsDir, c.req.param('id'));
    if (!loc) return c.json({ error: 'no such run' }, 404);
    let from = int(c.req.query('from'), 0);
    return streamSSE(c, async (s) => {
      let open = true;
      s.onAbort(() => {
        open = false;
      });
      while (open) {
        if (existsSync(loc.journal)) {
          const page = readJournalPage(loc.journal, from, PAGE);
          if (page.events.length) {
            from = page.next ?? page.size;
            await s.writeSSE({ event: 'events', data: JSON.stringify(page) });
            if (page.events.some((e) => (e.event as { type?: string }).type === 'run-end')) {
              await s.writeSSE({ event: 'end', data: '{}' });
              break;
            }
            if (page.next !== null) continue;
          }
        }
        if (existsSync(path.join(loc.dir, 'record.json')) && !loc.live) break;
        await s.sleep(o.pollMs ?? 500);
      }
    });
  });

  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.body(readFileSync(files['/']!.file), 200, { 'content-type': 'text/html; charset=utf-8' })));
  return app;
}

/** Starts the viewer on host:port (port 0: any free port). */
export function startViewer(o: ViewerOptions): Promise<Viewer> {
  const app = viewerApp(o);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port: o.port, hostname: o.host ?? '127.0.0.1' }, (info: AddressInfo) => {
        resolve({
          url: `http://${o.host ?? '127.0.0.1'}:${info.port}`,
          close: () => new Promise<void>((done) => {
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
        });
      });
      server.on('error', reject);
    } catch (e) {
      reject(e);
    }
  });
}
