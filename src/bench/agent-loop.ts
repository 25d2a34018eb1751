import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AgentLoop } from '../agent/loop.js';
import { loadPrices, priceFor } from '../agent/model/prices.js';
import { createModelClient } from '../agent/model/providers.js';
import { systemPrompt } from '../agent/prompt.js';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensurePrepared } from '../reference/prepare.js';
import { Journal } from '../runs/journal.js';
import { initialState } from '../runs/state.js';
import type { Sandbox } from '../sandbox/types.js';
import { AgentSession } from '../session/agent-session.js';
import { findTarget } from '../targets/target.js';
import { dataHome } from '../util/paths.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
}

interface ServerReport {
  shared: number;
  total: number;
  chain: number;
  cacheReads: number;
  inputs: number;
}

/** Starts the benchmark's model server as a child process; resolves with its URL and a report function. */
async function startServerProcess(): Promise<{ url: string; report: () => Promise<ServerReport> }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./fake-server-process.js', import.meta.url)), '500'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const next = (): Promise<string> => new Promise((resolve) => lines.once('line', resolve));
  const url = await next();
  return {
    url,
    report: async () => {
      child.stdin!.write('report\n');
      return JSON.parse(await next()) as ServerReport;
    },
  };
}

/**
 * A scripted run of `steps` steps against the fake Anthropic server, with real bash tool calls in
 * the agent sandbox and a small context window so compactions happen. Prints the harness's own
 * time per step (step time less model and tool time), peak memory, and how much of each request
 * repeats the previous request's prefix (what a prompt cache can serve).
 */
export async function benchAgentLoop(sandbox: Sandbox, steps = 1000): Promise<void> {
  const target = findTarget('cal');
  const prepared = await ensurePrepared(sandbox, target);
  const dir = path.join(dataHome(), 'bench', `loop-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const workspace = path.join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const server = await startServerProcess();
  const session = await AgentSession.open(sandbox, target, prepared.reference, workspace);
  const journal = new Journal(path.join(dir, 'journal.jsonl'));
  const state = initialState();
  state.context.push({ role: 'user', content: 'Benchmark task: print calendars until told to stop.' });
  const model = createModelClient('anthropic/claude-sonnet-4-5', { baseUrl: server.url, env: { ANTHROPIC_API_KEY: 'bench' } });

  const overhead: number[] = [];
  const rss: Record<number, number> = {};
  const heap: Record<number, number> = {};
  let peak = 0;
  let stepStart = 0;
  let modelMs = 0;
  let toolMs = 0;
  let compactionsIn500 = 0;
  const abort = new AbortController();
  const loop = new AgentLoop({
    model,
    price: priceFor(loadPrices(), 'anthropic/claude-sonnet-4-5'),
    system: systemPrompt(),
    budgets: {},
    compaction: { contextWindow: 24_000, threshold: 0.8, target: 0.48, keepTail: 8 },
    cacheKey: 'bench',
    journal,
    state,
    signal: abort.signal,
    toolContext: {
      outputLimit: 16_000,
      runTests: async () => 'not used',
      exec: async (argv, opts) => {
        const chunks: Buffer[] = [];
        const r = await session.exec(argv, { stdin: opts.stdin, limits: { wallMs: opts.timeoutMs, outputBytes: opts.outputBytes }, onOutput: (_s, c) => chunks.push(c) });
        return { output: Buffer.concat(chunks).toString(), exitCode: r.exitCode, timedOut: r.timedOut, outputExceeded: r.outputExceeded };
      },
    },
    reporter: {
      onEvent(e, s) {
        if (e.type === 'model-call' && e.attempt === 1) {
          const now = performance.now();
          if (stepStart) overhead.push(now - stepStart - modelMs - toolMs);
          stepStart = now;
          modelMs = 0;
          toolMs = 0;
        } else if (e.type === 'model-response') {
          modelMs += e.durationMs;
          const m = process.memoryUsage().rss;
          peak = Math.max(peak, m);
          if (s.step === 100 || s.step === steps) {
            rss[s.step] = peak;
            // Live heap after a full collection (node --expose-gc): what the harness really holds.
            const gc = (globalThis as { gc?: () => void }).gc;
            if (gc) {
              gc();
              heap[s.step] = process.memoryUsage().heapUsed;
            }
          }
          if (s.step >= steps) abort.abort();
        } else if (e.type === 'tool-result') toolMs += e.durationMs;
        else if (e.type === 'compaction' && s.step <= 500) compactionsIn500++;
      },
    },
  });
  const t0 = performance.now();
  await loop.run();
  const secs = (performance.now() - t0) / 1000;
  await session.close();
  journal.close();
  const r = await server.report();
  const shared = r.shared;
  const total = r.total;
  const cacheReads = r.cacheReads;
  const inputs = r.inputs;
  const mb = (b: number | undefined) => (b === undefined ? '-' : `${(b / 1024 / 1024).toFixed(1)} MB`);
  console.log(`\nagent loop bench: ${state.step} steps in ${secs.toFixed(1)} s, ${state.compactions} compactions, real bash tools in the agent sandbox, fake Anthropic server`);
  console.log(`harness overhead per step (excluding model and tool time): median ${median(overhead).toFixed(2)} ms, p95 ${[...overhead].sort((a, b) => a - b)[Math.floor(overhead.length * 0.95)]?.toFixed(2)} ms   goal: median < 20 ms: ${median(overhead) < 20 ? 'met' : 'NOT met'}`);
  console.log(`peak RSS at step 100: ${mb(rss[100])}, at step ${steps}: ${mb(rss[steps])} (ratio ${rss[100] && rss[steps] ? (rss[steps]! / rss[100]!).toFixed(2) : '-'})`);
  console.log(`live heap after GC at step 100: ${mb(heap[100])}, at step ${steps}: ${mb(heap[steps])}   goal: flat (ratio ${heap[100] && heap[steps] ? (heap[steps]! / heap[100]!).toFixed(2) : 'run with node --expose-gc'})`);
  console.log(`share of input tokens in a prefix already sent in the previous request (first ${r.chain} steps, ${compactionsIn500} compactions among them): ${(shared / Math.max(1, total)).toFixed(3)}   goal: >= 0.9: ${shared / Math.max(1, total) >= 0.9 ? 'met' : 'NOT met'}`);
  console.log(`cache reads reported by the server over the whole run: ${(cacheReads / Math.max(1, inputs)).toFixed(3)} of input tokens`);
  rmSync(dir, { recursive: true, force: true });
}
