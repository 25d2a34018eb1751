import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costOf, loadPrices, priceFor } from '../src/agent/model/prices.js';
import { createModelClient } from '../src/agent/model/providers.js';
import { startFakeModelServer, type FakeModelServer, type NormalizedRequest, type Turn } from '../src/fake-model/index.js';
import { ensurePrepared } from '../src/reference/prepare.js';
import { readJournal } from '../src/runs/journal.js';
import { createRunDir, driveRun } from '../src/runs/run.js';
import type { RunConfig } from '../src/runs/run-config.js';
import { planTurn, scriptedPlan } from '../src/runs/scripted.js';
import { BwrapSandbox } from '../src/sandbox/bwrap.js';
import { findTarget } from '../src/targets/target.js';
import { projectRoot } from '../src/util/paths.js';
import type { Message } from '../src/agent/model/types.js';
import { removeDir, tempDir } from './helpers.js';

const sandbox = new BwrapSandbox();
const target = findTarget('rev');
let firstVisible = '';

/** The scripted plan, chosen by conversation state so that repeats and resumes stay on course. */
function planScript(extra: (req: NormalizedRequest, index: number) => Turn | null = () => null) {
  const plan = scriptedPlan(target, firstVisible);
  return (req: NormalizedRequest, index: number): Turn => extra(req, index) ?? planTurn(plan, req);
}

function config(id: string, model: string, over: Partial<RunConfig> = {}): RunConfig {
  return {
    id,
    target: 'rev',
    targetsDirs: [],
    model,
    scripted: false,
    budgets: {},
    compactAt: 0.8,
    contextWindow: 200_000,
    epoch: 0,
    createdAt: new Date().toISOString(),
    ...over,
  };
}

beforeAll(async () => {
  const p = await ensurePrepared(sandbox, target);
  firstVisible = p.suite.visible[0]!.id;
});

const PROTOCOLS: Array<{ model: string; env: Record<string, string> }> = [
  { model: 'anthropic/claude-sonnet-4-5', env: { ANTHROPIC_API_KEY: 'k' } },
  { model: 'openai/gpt-5', env: { OPENAI_API_KEY: 'k' } },
  { model: 'openai-chat/gpt-5', env: { OPENAI_API_KEY: 'k' } },
  { model: 'google/gemini-2.5-pro', env: { GEMINI_API_KEY: 'k' } },
  { model: 'compatible/qwen3-coder', env: {} },
];

describe('end-to-end runs against the fake server, one per protocol', () => {
  for (const p of PROTOCOLS) {
    it(`${p.model}: the scripted model writes a correct rev, runs the tests, submits, and is scored`, async () => {
      const server = await startFakeModelServer({ script: planScript() });
      const dir = tempDir('run');
      try {
        const client = createModelClient(p.model, { baseUrl: server.url, env: p.env });
        createRunDir(dir, config(`t-${p.model.replace('/', '-')}`, p.model));
        const record = await driveRun(dir, { sandbox, client, snapshotEvery: 2 });
        expect(record.endReason, record.endDetail ?? '').toBe('submitted');
        expect(record.scores?.solved).toBe(true);
        expect(record.scores?.hidden.total).toBeGreaterThan(0);
        // Workspace snapshots at intervals, the last three kept.
        const snaps = readJournal(path.join(dir, 'journal.jsonl')).filter((e) => e.type === 'snapshot');
        expect(snaps.length).toBe(Math.floor(record.steps / 2));
        expect(readdirSync(path.join(dir, 'snapshots'))).toHaveLength(3);
        expect(record.steps).toBe(scriptedPlan(target, firstVisible).length);
        // Cost to the cent from what the server itself reported.
        const price = priceFor(loadPrices(), p.model)!;
        const serverCost = server.responses.reduce((sum, r) => sum + costOf({ input: r.tokens.inputTokens, output: r.tokens.outputTokens, cacheRead: r.tokens.cacheReadTokens, cacheWrite: r.tokens.cacheWriteTokens, reasoning: r.tokens.reasoningTokens }, price), 0);
        expect(record.cost).not.toBeNull();
        expect(Math.round(record.cost! * 100)).toBe(Math.round(serverCost * 100));
        expect(record.cost!).toBeCloseTo(serverCost, 9);
        expect(record.usage.input).toBe(server.responses.reduce((s, r) => s + r.tokens.inputTokens, 0));
        // The journal holds every call and tool result; run_tests reported a full pass.
        const events = readJournal(path.join(dir, 'journal.jsonl'));
        expect(events.filter((e) => e.type === 'model-response')).toHaveLength(record.modelCalls);
        const rt = events.find((e) => e.type === 'tool-result' && e.name === 'run_tests');
        expect(rt && 'output' in rt ? rt.output : '').toMatch(/^visible tests: (\d+)\/\1 passed/);
      } finally {
        await server.close();
        removeDir(dir);
      }
    });
  }
});

describe('provider errors', () => {
  it('retries 429 (honouring retry-after), 500, 529 and a stream cut, then finishes', async () => {
    const injected = new Map<number, Turn>([
      // Bad tool calls first: they get readable errors (and stand in for the plan's first two looks).
      [0, { text: 'oops', toolCalls: [{ name: 'text_editor', args: { command: 'view' } }, { name: 'no_such_tool', args: {} }] }],
      [1, { error: { status: 429, retryAfterSeconds: 1 } }],
      [3, { error: { status: 529 } }],
      [5, { error: { status: 500 } }],
      [7, { cutAfterEvents: 2 }],
      [9, { stallMs: 2500 }],
    ]);
    const server = await startFakeModelServer({ script: planScript((_r, i) => injected.get(i) ?? null) });
    const dir = tempDir('run');
    try {
      // A call that sends nothing for a second is abandoned and retried.
      const client = createModelClient('anthropic/claude-sonnet-4-5', { baseUrl: server.url, env: { ANTHROPIC_API_KEY: 'k' }, idleTimeoutMs: 1000 });
      createRunDir(dir, config('t-errors', 'anthropic/claude-sonnet-4-5'));
      const record = await driveRun(dir, { sandbox, client });
      expect(record.endReason, record.endDetail ?? '').toBe('submitted');
      expect(record.scores?.solved).toBe(true);
      const errors = readJournal(path.join(dir, 'journal.jsonl')).filter((e) => e.type === 'model-error');
      expect(errors.map((e) => (e.type === 'model-error' ? e.kind : ''))).toEqual(['rate-limit', 'overloaded', 'server', 'network', 'timeout']);
      const first = errors[0];
      expect(first?.type === 'model-error' && first.retryInMs).toBeGreaterThanOrEqual(1000);
      const results = readJournal(path.join(dir, 'journal.jsonl')).flatMap((e) => (e.type === 'tool-result' && e.isError ? [e.output] : []));
      expect(results[0]).toMatch(/^text_editor: invalid arguments: path: /);
      expect(results[1]).toMatch(/there is no tool named "no_such_tool"/);
      // Waiting is wall time but not working time.
      expect(record.workingMs).toBeLessThan(record.wallMs);
    } finally {
      await server.close();
      removeDir(dir);
    }
  });

  it('ends with a recorded reason when the provider refuses for good', async () => {
    const server = await startFakeModelServer({ script: () => ({ error: { status: 401, message: 'invalid x-api-key' } }) });
    const dir = tempDir('run');
    try {
      const client = createModelClient('anthropic/claude-sonnet-4-5', { baseUrl: server.url, env: { ANTHROPIC_API_KEY: 'k' } });
      createRunDir(dir, config('t-auth', 'anthropic/claude-sonnet-4-5'));
      const record = await driveRun(dir, { sandbox, client });
      expect(record.endReason).toBe('model-error');
      expect(record.endDetail).toMatch(/auth.*401/);
      expect(record.scores?.solved).toBe(false);
    } finally {
      await server.close();
      removeDir(dir);
    }
  });
});

describe('budgets', () => {
  it('ends the run when the token budget is used up, with notices at every 10%', async () => {
    const server = await startFakeModelServer({ script: planScript() });
    const dir = tempDir('run');
    try {
      const client = createModelClient('anthropic/claude-sonnet-4-5', { baseUrl: server.url, env: { ANTHROPIC_API_KEY: 'k' } });
      createRunDir(dir, config('t-budget', 'anthropic/claude-sonnet-4-5', { budgets: { tokens: 12_000 } }));
      const record = await driveRun(dir, { sandbox, client });
      expect(record.endReason).toBe('budget-tokens');
      const notices = readJournal(path.join(dir, 'journal.jsonl')).flatMap((e) => (e.type === 'budget-notice' ? e.marks : []));
      expect(notices.slice(0, 3)).toEqual(['tokens:10', 'tokens:20', 'tokens:30']);
    } finally {
      await server.close();
      removeDir(dir);
    }
  });
});

describe('kill and resume', () => {
  let server: FakeModelServer;
  beforeAll(async () => {
    server = await startFakeModelServer({ script: planScript(), cache: {} });
  });
  afterAll(async () => server.close());

  const cli = (args: string[]) =>
    spawn('node', [path.join(projectRoot, 'bin/mirrorcode.js'), ...args], { env: { ...process.env, ANTHROPIC_API_KEY: 'k' }, stdio: ['ignore', 'pipe', 'pipe'] });

  async function untilJournalLines(file: string, n: number, timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (existsSync(file) && readFileSync(file, 'utf8').split('\n').filter(Boolean).length >= n) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('journal did not grow');
  }

  const exit = (c: ReturnType<typeof cli>) => new Promise<number | null>((r) => c.on('close', (code) => r(code)));

  // Random points (a different set each run), spread over the run: early, middle, late.
  const at = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));
  for (const killAt of [at(2, 9), at(10, 19), at(20, 32)]) {
    it(`SIGKILL after ${killAt} journal events, then --resume: same result, no completed tool call repeated`, async () => {
      const base = tempDir('resume');
      const dir = path.join(base, 'run');
      try {
        const first = cli(['run', 'rev', '--model', 'anthropic/claude-sonnet-4-5', '--base-url', server.url, '--run-dir', dir]);
        await untilJournalLines(path.join(dir, 'journal.jsonl'), killAt);
        first.kill('SIGKILL');
        await exit(first);
        const before = readJournal(path.join(dir, 'journal.jsonl'));
        const doneBefore = before.filter((e) => e.type === 'tool-result').map((e) => (e.type === 'tool-result' ? e.id : ''));
        const second = cli(['run', '--resume', dir, '--json']);
        let out = '';
        second.stdout!.on('data', (c) => (out += c));
        expect(await exit(second)).toBe(0);
        const record = JSON.parse(out)[0];
        expect(record.endReason, record.endDetail ?? '').toBe('submitted');
        expect(record.scores.solved).toBe(true);
        const after = readJournal(path.join(dir, 'journal.jsonl'));
        const calls = after.filter((e) => e.type === 'tool-call').map((e) => (e.type === 'tool-call' ? e.id : ''));
        // Every tool call that had a result before the kill is never called again.
        for (const id of doneBefore) expect(calls.filter((c) => c === id)).toHaveLength(1);
        expect(after.filter((e) => e.type === 'tool-result' && e.name === 'submit')).toHaveLength(1);
        expect(readFileSync(path.join(dir, 'solution/rev'), 'utf8')).toBe(readFileSync(path.join(projectRoot, 'assets/scripted/rev/rev'), 'utf8'));
      } finally {
        removeDir(base);
      }
      // Two CLI runs, each scoring all of rev's tests: room for a busy machine.
    }, 300_000);
  }
});

describe('compaction', () => {
  it('drops old tool outputs, then summarises, keeping the task; a context-length error compacts and retries; the journal keeps everything', async () => {
    const plan = scriptedPlan(target, firstVisible);
    let agentRequests = 0;
    let lengthErrorSent = false;
    const server = await startFakeModelServer({
      script: (req) => {
        if (req.tools.length === 0) return { text: 'SUMMARY: wrote rev in Python; tests not yet run.' };
        const i = agentRequests++;
        if (i === 5 && !lengthErrorSent) {
          lengthErrorSent = true;
          return { error: { status: 400, message: 'prompt is too long: 250000 tokens > 200000 maximum' } };
        }
        return plan[Math.min(i - (lengthErrorSent ? 1 : 0), plan.length - 1)]!;
      },
    });
    const dir = tempDir('run');
    try {
      const client = createModelClient('anthropic/claude-sonnet-4-5', { baseUrl: server.url, env: { ANTHROPIC_API_KEY: 'k' } });
      // A tiny window: the task prompt and the solution file alone fill most of it.
      createRunDir(dir, config('t-compact', 'anthropic/claude-sonnet-4-5', { contextWindow: 6000, compactAt: 0.5 }));
      const record = await driveRun(dir, { sandbox, client });
      expect(record.endReason, record.endDetail ?? '').toBe('submitted');
      expect(record.scores?.solved).toBe(true);
      const events = readJournal(path.join(dir, 'journal.jsonl'));
      const compactions = events.filter((e) => e.type === 'compaction');
      expect(compactions.length).toBeGreaterThan(0);
      expect(compactions.some((e) => e.type === 'compaction' && e.strategy === 'summarise')).toBe(true);
      const task = events.find((e) => e.type === 'message' && e.origin === 'task');
      expect(task?.type).toBe('message');
      for (const c of compactions) {
        if (c.type !== 'compaction') continue;
        expect(c.context[0]).toEqual((task as { message: Message }).message);
        expect(c.afterTokens, JSON.stringify(compactions.map((x) => x.type === "compaction" && [x.strategy, x.beforeTokens, x.afterTokens]))).toBeLessThan(c.beforeTokens);
      }
      expect(events.some((e) => e.type === 'model-error' && e.kind === 'context-length')).toBe(true);
      // Requests after a summary carry the summary; the journal still has every tool result.
      expect(server.requests.some((r) => r.messages.some((m) => m.parts.some((p) => p.type === 'text' && p.text.includes('SUMMARY: wrote rev'))))).toBe(true);
      expect(events.filter((e) => e.type === 'tool-result')).toHaveLength(plan.length);
    } finally {
      await server.close();
      removeDir(dir);
    }
  });
});

describe('solution toolchains', () => {
  it('every offered language has its toolchain in the agent sandbox', async () => {
    const p = await ensurePrepared(sandbox, target);
    const dir = tempDir('tc');
    const { AgentSession } = await import('../src/session/agent-session.js');
    const session = await AgentSession.open(sandbox, target, p.reference, dir);
    try {
      const r = await session.exec(['bash', '-c', 'set -e; python3 --version; gcc --version | head -1; go version; rustc --version; cargo --version; ocamlfind -version 2>/dev/null || ocaml -version; gnatmake --version | head -1; node --version; tsc --version'], {
        limits: { wallMs: 60_000 },
      });
      expect(r.exitCode, r.stdout.toString() + r.stderr.toString()).toBe(0);
      expect(r.stdout.toString()).toMatch(/Python 3[\s\S]*gcc[\s\S]*go version[\s\S]*rustc[\s\S]*cargo[\s\S]*OCaml[\s\S]*GNATMAKE[\s\S]*v20[\s\S]*Version/);
    } finally {
      await session.close();
      removeDir(dir);
    }
  });
});

describe('interrupting a run', () => {
  it('a run stopped by the user ends as interrupted, and --resume finishes it', async () => {
    const server = await startFakeModelServer({ script: planScript() });
    const dir = tempDir('run');
    try {
      const client = createModelClient('anthropic/claude-sonnet-4-5', { baseUrl: server.url, env: { ANTHROPIC_API_KEY: 'k' } });
      createRunDir(dir, config('t-interrupt', 'anthropic/claude-sonnet-4-5'));
      const abort = new AbortController();
      let seen = 0;
      const stopped = await driveRun(dir, { sandbox, client, signal: abort.signal, reporter: { onEvent: () => void (++seen === 8 && abort.abort()) } }).catch((e: unknown) => e);
      expect((stopped as Error).message).toMatch(/run interrupted; resume with: mirrorcode run --resume/);
      const record = await driveRun(dir, { sandbox, client });
      expect(record.endReason, record.endDetail ?? '').toBe('submitted');
      expect(record.scores?.solved).toBe(true);
    } finally {
      await server.close();
      removeDir(dir);
    }
  });
});
