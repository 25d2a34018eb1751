import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { buildReport } from '../report/aggregate.js';
import { renderReport } from '../report/render.js';
import { openStore } from '../store/open.js';
import type { StoredRun, StoredTest } from '../store/types.js';
import { projectRoot } from '../util/paths.js';
import { startViewer } from '../viewer/server.js';
import { Rng } from '../targets/generator-api.js';

const MODELS = ['anthropic/claude-sonnet-4-5', 'openai/gpt-5', 'google/gemini-2.5-pro', 'compatible/qwen3-coder', 'anthropic/claude-opus-4-1'];
const TARGETS = ['cal', 'hexyl', 'numfmt', 'rev', 'gzip', 'sha256sum', 'indent', 'jq', 'm4', 'bc', 'seqtk', 'datamash', 'sed', 'dc', 'lua', 'sqlite'];

/** A synthetic run row: the bench measures the store and report code, not any model. */
function syntheticRun(rng: Rng, i: number, journal: string): StoredRun {
  const solved = rng.chance(0.3);
  const vt = rng.int(150, 900);
  const ht = Math.round(vt / 2);
  return {
    id: `bench-${i}`, target: rng.pick(TARGETS), category: 'unix-utility', tier: rng.pick(['S', 'M', 'L']), model: rng.pick(MODELS),
    scripted: false, language: rng.pick([null, 'rust', 'go', 'python']), startedAt: new Date(1.7e12 + i * 6e4).toISOString(),
    endedAt: new Date(1.7e12 + i * 6e4 + 3.6e6).toISOString(), endReason: solved ? 'submitted' : rng.pick(['submitted', 'budget-tokens', 'budget-usd']),
    endDetail: null, steps: rng.int(10, 5000), modelCalls: rng.int(10, 5000), compactions: rng.int(0, 40),
    inputTokens: rng.int(1e5, 1e9), outputTokens: rng.int(1e4, 1e7), cacheReadTokens: rng.int(0, 1e8), cacheWriteTokens: rng.int(0, 1e6),
    reasoningTokens: 0, costUsd: rng.chance(0.05) ? null : rng.float() * 500, wallMs: rng.int(6e4, 6e8), workingMs: rng.int(6e4, 6e8),
    visiblePassed: solved ? vt : rng.int(0, vt), visibleTotal: vt, hiddenPassed: solved ? ht : rng.int(0, ht), hiddenTotal: ht,
    solved, setupFailure: null, testsHash: 'f'.repeat(64), reference: 'pkg=1.0#0123456789abcdef', budgetTokens: 1e9, budgetUsd: null, runDir: path.dirname(journal), journal,
  };
}

/** Time to produce the report from a store of `n` runs (each with 50 test rows), in process and by the CLI. */
export async function benchReport(n = 10_000): Promise<void> {
  const dir = mkdtempSync('/tmp/mirrorcode-bench-report-');
  try {
    const file = path.join(dir, 'results.sqlite');
    const store = await openStore(file);
    const rng = new Rng(11);
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const run = syntheticRun(rng, i, path.join(dir, `r${i}`, 'journal.jsonl'));
      const tests: StoredTest[] = Array.from({ length: 50 }, (_, k) => ({ runId: run.id, testId: `t${k}`, hidden: k % 3 === 0, pass: rng.chance(0.8), reasons: '' }));
      await store.putRun(run, tests, []);
    }
    const fill = (performance.now() - t0) / 1000;
    await store.close();
    const times: number[] = [];
    let groups = 0;
    for (let round = 0; round < 3; round++) {
      const t1 = performance.now();
      const s = await openStore(file);
      const runs = await s.runs();
      const r = buildReport(runs, 'model');
      renderReport(r, 'table');
      groups = r.groups.length;
      await s.close();
      times.push(performance.now() - t1);
    }
    const best = Math.min(...times);
    const t2 = performance.now();
    execFileSync(process.execPath, [path.join(projectRoot, 'bin', 'mirrorcode.js'), '--store', file, 'report'], { stdio: 'ignore' });
    const cliMs = performance.now() - t2;
    console.log(`\nreport bench: ${n.toLocaleString('en-US')} stored runs (${(n * 50).toLocaleString('en-US')} test rows, store ${(statSync(file).size / 1e6).toFixed(1)} MB, filled in ${fill.toFixed(1)} s), ${groups} models`);
    console.log(`  open store + read runs + report + render: best of 3 ${best.toFixed(0)} ms (rounds ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  whole CLI process (mirrorcode report, node start-up included): ${cliMs.toFixed(0)} ms`);
    console.log(`  goal: report under 1 s: ${best < 1000 ? 'met' : 'NOT met'} (${(best / 1000).toFixed(3)} s; ratio to goal ${(best / 1000).toFixed(2)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes a journal of about `bytes` bytes shaped like a long run's: replies, tool calls, big tool outputs, compactions. */
function writeBigJournal(file: string, bytes: number): number {
  const fd = openSync(file, 'w');
  const rng = new Rng(5);
  const prose = 'The failing tests show that the column widths differ when the input has wide characters; '.repeat(20);
  const output = Array.from({ length: 120 }, (_, i) => `line ${i}: ${'abcdefghij'.repeat(6)}`).join('\n');
  let seq = 0;
  let size = 0;
  let step = 0;
  const t = new Date(1.75e12);
  const parts: string[] = [];
  const push = (o: object): void => {
    const line = JSON.stringify({ seq: seq++, t: new Date(t.getTime() + seq * 1000).toISOString(), ...o }) + '\n';
    parts.push(line);
    size += Buffer.byteLength(line);
    if (parts.length >= 2000) {
      writeSync(fd, parts.join(''));
      parts.length = 0;
    }
  };
  push({ type: 'session-start', resumed: false });
  push({ type: 'message', origin: 'task', message: { role: 'user', content: 'Rebuild the program described in docs/ ...' } });
  while (size < bytes) {
    step++;
    const usage = { input: rng.int(20_000, 120_000), output: rng.int(50, 2000), cacheRead: rng.int(10_000, 100_000), cacheWrite: 0, reasoning: 0 };
    push({ type: 'model-response', step, cost: usage.input * 3e-6, durationMs: rng.int(500, 9000), messages: [{ role: 'assistant', content: prose.slice(0, rng.int(100, prose.length)) }], text: '', toolCalls: [], finishReason: 'tool-calls', usage, rawUsage: null, modelId: 'bench' });
    push({ type: 'tool-call', step, id: `c${step}`, name: 'bash', input: { command: `cd /workspace && make test-${step}` } });
    push({ type: 'tool-result', step, id: `c${step}`, name: step % 10 ? 'bash' : 'run_tests', output: step % 10 ? output : `visible tests: ${Math.min(150, step / 10)}/150 passed (x%)\n${output}`, isError: false, durationMs: rng.int(10, 9000) });
    if (step % 500 === 0) push({ type: 'compaction', step, strategy: 'summarise', beforeTokens: 150_000, afterTokens: 30_000, context: [] });
  }
  push({ type: 'run-end', reason: 'submitted' });
  writeSync(fd, parts.join(''));
  closeSync(fd);
  return size;
}

/** Time to first paint of a run page whose journal is `bytes` long, in Debian's Chromium. */
export async function benchViewer(bytes = 1 << 30): Promise<void> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    console.log('\nviewer bench skipped: playwright-core is not installed (npm ci installs it)');
    return;
  }
  const dir = mkdtempSync('/tmp/mirrorcode-bench-viewer-');
  const store = await openStore(path.join(dir, 'results.sqlite'));
  const viewer = await startViewer({ store, runsDir: path.join(dir, 'runs'), port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const journal = path.join(dir, 'run', 'journal.jsonl');
    execFileSync('mkdir', ['-p', path.dirname(journal)]);
    const t0 = performance.now();
    const size = writeBigJournal(journal, bytes);
    const writeS = (performance.now() - t0) / 1000;
    await store.putRun({ ...syntheticRun(new Rng(1), 0, journal), id: 'big' }, [], []);
    const results: Array<{ paint: number; fcp: number }> = [];
    for (let round = 0; round < 3; round++) {
      const page = await browser.newPage();
      const t1 = performance.now();
      await page.goto(`${viewer.url}/#/run/big`);
      await page.waitForSelector('#transcript .ev', { state: 'visible' });
      const paint = performance.now() - t1;
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
      results.push({ paint, fcp });
      await page.close();
    }
    const best = Math.min(...results.map((r) => r.paint));
    // The last page, reached from the end of the file, must be as quick.
    const page = await browser.newPage();
    await page.goto(`${viewer.url}/#/run/big`);
    await page.waitForSelector('#transcript .ev');
    const t3 = performance.now();
    await page.click('#p-last');
    await page.waitForFunction(() => document.getElementById('transcript')?.textContent?.includes('run end'));
    const lastMs = performance.now() - t3;
    console.log(`\nviewer bench: run page over a ${(size / 2 ** 30).toFixed(2)} GiB journal (written in ${writeS.toFixed(1)} s), Debian Chromium headless`);
    console.log(`  navigation to first transcript events painted: best of 3 ${best.toFixed(0)} ms (rounds ${results.map((r) => r.paint.toFixed(0)).join(', ')} ms; first-contentful-paint ${results.map((r) => r.fcp.toFixed(0)).join(', ')} ms)`);
    console.log(`  jump to the last page: ${lastMs.toFixed(0)} ms`);
    console.log(`  goal: first paint under 2 s: ${best < 2000 ? 'met' : 'NOT met'} (${(best / 1000).toFixed(3)} s; ratio to goal ${(best / 2000).toFixed(2)})`);
  } finally {
    await browser.close();
    await viewer.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
