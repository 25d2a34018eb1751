import { execFile } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.ts';
import type { ResultsStore } from '../src/store/types.ts';
import { projectRoot } from '../src/util/paths.ts';
import { readJournalPage, tailOffset } from '../src/viewer/journal-pages.ts';
import { startViewer, type Viewer } from '../src/viewer/server.ts';

const run = promisify(execFile);
const cli = path.join(projectRoot, 'bin', 'mirrorcode.js');
const shots = path.join(projectRoot, 'test-output');

describe('journal pages', () => {
  const dir = mkdtempSync('/tmp/mirrorcode-pages-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pages cover every line once, in order, and leave a line being written for later', () => {
    const file = path.join(dir, 'j.jsonl');
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ seq: i, type: 'tool-result', output: 'x'.repeat(i % 7 === 0 ? 3000 : 10) }));
    writeFileSync(file, lines.join('\n') + '\n{"seq":1000,"type":"tool-re');
    const seen: number[] = [];
    let from: number | null = 0;
    while (from !== null) {
      const p = readJournalPage(file, from, 37, 100);
      seen.push(...p.events.map((e) => (e.event as { seq: number }).seq));
      for (const e of p.events) expect(((e.event as { output: string }).output).length).toBeLessThan(200);
      if (p.next === from) break; // only the unfinished line is left
      from = p.next;
    }
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(from).toBe(Buffer.byteLength(lines.join('\n') + '\n'));
    const whole = readJournalPage(file, tailOffset(file, 3), 10, Infinity).events.map((e) => (e.event as { seq: number }).seq);
    expect(whole).toEqual([998, 999]); // the third-last line is the unfinished one, not shown
    appendFileSync(file, 'sult"}\n');
    expect(readJournalPage(file, tailOffset(file, 2), 10).events.map((e) => (e.event as { seq: number }).seq)).toEqual([999, 1000]);
  });
});

describe('a run made with mirrorcode run, in the report and the viewer (real Chromium)', () => {
  const dir = mkdtempSync('/tmp/mirrorcode-viewer-');
  chmodSync(dir, 0o711); // sandbox uids must reach the run's disk
  const storeFile = path.join(dir, 'results.sqlite');
  const runDir = path.join(dir, 'runs', 'rev-run');
  const liveDir = path.join(dir, 'runs', 'live-run');
  const env = { ...process.env, MIRRORCODE_STORE: storeFile, ANTHROPIC_API_KEY: '' };
  let store: ResultsStore;
  let viewer: Viewer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The README's run, keyless, so a scripted session: real loop, sandbox, scorer and store.
    const r = await run(process.execPath, [cli, 'run', 'rev', '--model', 'anthropic/claude-sonnet-4-5', '--budget-usd', '5', '--run-dir', runDir], { env, timeout: 600_000 });
    expect(r.stdout).toMatch(/SOLVED/);
    store = await openStore(storeFile);
    // A run still going: its folder has a config and a journal but no record.
    mkdirSync(liveDir, { recursive: true });
    writeFileSync(path.join(liveDir, 'config.json'), JSON.stringify({ id: 'live-1', target: 'cal', model: 'openai/m-live', scripted: false, createdAt: '2026-11-25T00:00:00.000Z', targetsDirs: [], budgets: {}, compactAt: 0.8, contextWindow: 1000, epoch: 0 }));
    writeFileSync(path.join(liveDir, 'journal.jsonl'), JSON.stringify({ seq: 0, t: '2026-11-25T00:00:00.000Z', type: 'session-start', resumed: false }) + '\n');
    viewer = await startViewer({ store, runsDir: path.join(dir, 'runs'), port: 0, pollMs: 100 });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    mkdirSync(shots, { recursive: true });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the report shows the run, and its receipts recompute the report exactly', async () => {
    const fromStore = (await run(process.execPath, [cli, 'report', '--format', 'json'], { env })).stdout;
    const report = JSON.parse(fromStore);
    expect(report.runs).toBe(1);
    expect(report.groups[0]).toMatchObject({ key: 'scripted/rev', runs: 1, solved: 1 });
    // The receipt names the test set and the reference the run was scored against.
    const stored = await store.run(report.grid.cells.rev['scripted/rev'].runIds[0]);
    expect(stored?.testsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.reference).toMatch(/^[a-z0-9.+-]+=[^,#]+#[0-9a-f]{16}$/);
    expect(report.mixedTestSets).toEqual([]);
    const receipts = path.join(dir, 'receipts.csv');
    await run(process.execPath, [cli, 'export', 'receipts', '--out', receipts], { env });
    expect(readFileSync(receipts, 'utf8').split('\n')).toHaveLength(3);
    for (const by of ['model', 'target', 'tier', 'language']) {
      for (const format of ['json', 'csv', 'table']) {
        const a = (await run(process.execPath, [cli, 'report', '--by', by, '--format', format], { env })).stdout;
        const b = (await run(process.execPath, [cli, 'report', '--receipts', receipts, '--by', by, '--format', format], { env: { ...env, MIRRORCODE_STORE: path.join(dir, 'nowhere.sqlite') } })).stdout;
        expect(b).toBe(a);
      }
    }
  }, 300_000);

  it('leaderboard, grid and a link to the run', async () => {
    await page.goto(`${viewer.url}/`);
    await page.waitForSelector('table.leaderboard');
    const board = await page.textContent('table.leaderboard');
    expect(board).toContain('scripted/rev');
    expect(board).toMatch(/100\.0% \[20\.7%, 100\.0%\]/);
    expect(await page.textContent('table.grid')).toMatch(/rev\s*1\/1/);
    expect(await page.textContent('main')).toContain('live-1');
    expect(await page.locator('#budget canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, 'viewer-leaderboard.png'), fullPage: true });
    await page.click('table.grid a');
    await page.waitForSelector('#transcript .ev');
    expect(await page.textContent('h1')).toContain('rev · scripted/rev');
  }, 120_000);

  it('the run page: transcript with tool calls and usage, test results, plots', async () => {
    const h1 = await page.textContent('h1');
    expect(h1).toContain('solved');
    expect(await page.textContent('#run-facts')).toMatch(/scored against tests [0-9a-f]{12}, reference \S+=\S+#[0-9a-f]{16}/);
    const transcript = await page.textContent('#transcript');
    expect(transcript).toContain('call run_tests');
    expect(transcript).toMatch(/visible tests: 170\/170 passed/);
    expect(transcript).toContain('run end');
    expect(await page.locator('#transcript .usage').count()).toBeGreaterThan(3);
    expect(await page.textContent('#tests')).toMatch(/340 tests, 0 failing/);
    await page.waitForSelector('#plots canvas');
    await page.screenshot({ path: path.join(shots, 'viewer-run.png'), fullPage: true });
  }, 120_000);

  it('a live run updates while its journal grows', async () => {
    await page.goto(`${viewer.url}/#/run/live-1`);
    await page.waitForSelector('#live-badge');
    const j = path.join(liveDir, 'journal.jsonl');
    const ev = (o: object): void => appendFileSync(j, JSON.stringify({ t: '2026-11-25T00:00:01.000Z', ...o }) + '\n');
    ev({ seq: 1, type: 'model-response', step: 1, cost: 0.5, durationMs: 1000, messages: [{ role: 'assistant', content: 'Looking at the docs' }], text: 'Looking at the docs', toolCalls: [], finishReason: 'tool-calls', usage: { input: 1200, output: 34, cacheRead: 0, cacheWrite: 0, reasoning: 0 }, rawUsage: null, modelId: 'm' });
    ev({ seq: 2, type: 'tool-result', step: 1, id: 'c1', name: 'run_tests', output: 'visible tests: 3/9 passed (33.3%)\n', isError: false, durationMs: 10 });
    await page.waitForFunction(() => document.getElementById('s-tokens')?.textContent === '1,234');
    expect(await page.textContent('#s-visible')).toBe('3/9');
    expect(await page.textContent('#s-cost')).toBe('$0.5000');
    expect(await page.textContent('#transcript')).toContain('Looking at the docs');
    ev({ seq: 3, type: 'run-end', reason: 'submitted' });
    await page.waitForFunction(() => document.getElementById('live-badge')?.textContent?.startsWith('ended'));
    await page.screenshot({ path: path.join(shots, 'viewer-live.png'), fullPage: true });
  }, 120_000);

  it('unknown runs and API paths give 404s, not errors', async () => {
    expect((await fetch(`${viewer.url}/api/runs/nope`)).status).toBe(404);
    expect((await fetch(`${viewer.url}/api/runs/nope/journal`)).status).toBe(404);
    await page.goto(`${viewer.url}/#/run/nope`);
    await page.waitForSelector('.bad');
    expect(await page.textContent('.bad')).toContain('404');
  }, 60_000);
});
