import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatDuration, spent, type Budgets } from '../agent/budgets.js';
import { AgentLoop, type LoopReporter } from '../agent/loop.js';
import { loadPrices, priceFor } from '../agent/model/prices.js';
import { createModelClient } from '../agent/model/providers.js';
import type { ModelClient } from '../agent/model/types.js';
import { systemPrompt, taskPrompt } from '../agent/prompt.js';
import type { ToolContext } from '../agent/tools/types.js';
import { ensurePrepared } from '../reference/prepare.js';
import type { Sandbox } from '../sandbox/types.js';
import { buildReport, renderSummary } from '../scoring/report.js';
import { scoreSolution, selectTests } from '../scoring/score.js';
import { AgentSession } from '../session/agent-session.js';
import { populateWorkspace } from '../session/populate.js';
import { openWorkspace } from '../session/workspace.js';
import { findTarget, targetRoots } from '../targets/target.js';
import { UserError } from '../util/errors.js';
import { Journal, readJournal } from './journal.js';
import { writeRecord, type RunRecord } from './record.js';
import { readRunConfig, writeRunConfig, type RunConfig } from './run-config.js';
import { startScriptedModel } from './scripted.js';
import { replay } from './state.js';

export interface RunOptions {
  sandbox: Sandbox;
  reporter?: LoopReporter;
  signal?: AbortSignal;
  /** A model client to use instead of building one from the config (tests). */
  client?: ModelClient;
  snapshotEvery?: number;
  outputLimit?: number;
}

/** Creates a run folder with its config and an empty journal; returns the folder. */
export function createRunDir(dir: string, config: RunConfig): string {
  if (existsSync(path.join(dir, 'config.json'))) throw new UserError(`${dir}: a run already exists there (use --resume ${dir})`);
  mkdirSync(dir, { recursive: true });
  writeRunConfig(dir, config);
  return dir;
}

function budgetsText(b: Budgets): string {
  const parts = [];
  if (b.tokens) parts.push(`${b.tokens.toLocaleString('en-US')} tokens`);
  if (b.usd) parts.push(`$${b.usd}`);
  if (b.wallMs) parts.push(`${formatDuration(b.wallMs)} of wall time`);
  if (b.workingMs) parts.push(`${formatDuration(b.workingMs)} of working time`);
  return parts.length ? parts.join(', ') : 'no fixed limit';
}

/**
 * Runs (or resumes) the run in `dir` to its end: workspace on its own capped disk, agent sandbox
 * with the reference oracle, the loop, then scoring on visible and hidden tests, and the record.
 */
export async function driveRun(dir: string, o: RunOptions): Promise<RunRecord> {
  const config = readRunConfig(dir);
  const target = findTarget(config.target, targetRoots(config.targetsDirs));
  const prepared = await ensurePrepared(o.sandbox, target);
  const disk = openWorkspace(path.join(dir, 'disk'));
  const workspace = path.join(disk.dir, 'workspace');
  const tmp = path.join(disk.dir, 'tmp');
  const journalFile = path.join(dir, 'journal.jsonl');
  const fresh = !existsSync(journalFile);
  if (fresh) {
    rmSync(workspace, { recursive: true, force: true });
    mkdirSync(workspace, { recursive: true });
    populateWorkspace(workspace, target, prepared.suite, prepared.gold);
  }
  mkdirSync(tmp, { recursive: true });
  const journal = new Journal(journalFile);
  const events = readJournal(journalFile);
  const state = replay(events);
  // A run stopped by the user (Ctrl-C) goes on when resumed; other ends are final.
  if (state.ended?.reason === 'interrupted') state.ended = null;
  const startedAt = events[0]?.t ?? new Date().toISOString();
  if (fresh) {
    const text = taskPrompt({ target, visibleTests: prepared.suite.visible.length, hiddenTests: prepared.suite.hidden.length, language: config.language, budgetsText: budgetsText(config.budgets) });
    journal.append({ type: 'message', message: { role: 'user', content: text }, origin: 'task' });
    state.context.push({ role: 'user', content: text });
  }

  let scripted: Awaited<ReturnType<typeof startScriptedModel>> | null = null;
  const session = await AgentSession.open(o.sandbox, target, prepared.reference, workspace, { tmpHost: tmp });
  try {
    let client = o.client;
    if (!client && config.scripted) {
      scripted = await startScriptedModel(target, prepared.suite.visible[0]!.id);
      client = scripted.client;
    }
    client ??= createModelClient(config.model, { baseUrl: config.baseUrl });
    const prices = loadPrices();
    const price = priceFor(prices, config.model);
    if (config.budgets.usd && !price) throw new UserError(`--budget-usd needs a price for ${config.model}: add it with --prices FILE`);

    const outputLimit = o.outputLimit ?? 16_000;
    const toolContext: Omit<ToolContext, 'resources'> = {
      outputLimit,
      exec: async (argv, opts) => {
        const chunks: Buffer[] = [];
        const r = await session.exec(argv, {
          stdin: opts.stdin ?? Buffer.alloc(0),
          limits: { wallMs: opts.timeoutMs, outputBytes: opts.outputBytes },
          onOutput: (_s, c) => chunks.push(c),
        });
        return { output: Buffer.concat(chunks).toString('utf8'), exitCode: r.exitCode, timedOut: r.timedOut, outputExceeded: r.outputExceeded };
      },
      runTests: async (filter) => {
        const tests = selectTests(prepared.suite.all, 'visible').filter((t) => !filter || t.id.includes(filter));
        if (!tests.length) return `no visible test id contains "${filter}"`;
        const result = await scoreSolution({ sandbox: o.sandbox, target, reference: prepared.reference, gold: prepared.gold, tests, solution: { kind: 'dir', path: workspace }, suite: 'visible' });
        const r = buildReport(result);
        const head = `visible tests: ${r.visible.passed}/${r.visible.total} passed (${((100 * (r.visible.rate ?? 0)) || 0).toFixed(1)}%)${filter ? ` [filter: ${filter}]` : ''}`;
        return `${head}\n${renderSummary(result, { maxFailures: 3, showHidden: false }).split('\n').slice(2).join('\n')}`;
      },
    };

    const snapshots = path.join(dir, 'snapshots');
    const loop = new AgentLoop({
      model: client,
      price,
      system: systemPrompt(),
      budgets: config.budgets,
      compaction: { contextWindow: config.contextWindow, threshold: config.compactAt, target: config.compactAt * 0.6, keepTail: 8 },
      cacheKey: config.id,
      toolContext,
      journal,
      state,
      reporter: o.reporter,
      signal: o.signal,
      snapshotEvery: o.snapshotEvery ?? 25,
      snapshot: async (step) => snapshotWorkspace(workspace, snapshots, step),
    });
    const end = state.ended ?? (await loop.run());
    journal.close();
    if (end.reason === 'interrupted') throw new UserError(`run interrupted; resume with: mirrorcode run --resume ${dir}`);

    // The final workspace, less the task's own files, as a plain folder beside the journal (the
    // disk image is unmounted after the run): the solution that was scored.
    exportSolution(workspace, path.join(dir, 'solution'));

    // Final scoring, in the scoring sandbox, on every test.
    let report = null;
    try {
      const result = await scoreSolution({ sandbox: o.sandbox, target, reference: prepared.reference, gold: prepared.gold, tests: prepared.suite.all, solution: { kind: 'dir', path: workspace }, suite: 'all' });
      report = buildReport(result);
      writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
      writeFileSync(path.join(dir, 'report.txt'), renderSummary(result, { maxFailures: 10 }));
    } catch (err) {
      writeFileSync(path.join(dir, 'report.txt'), `scoring failed: ${(err as Error).message}\n`);
    }
    const final = replay(readJournal(journalFile));
    const used = spent(final);
    const record: RunRecord = {
      id: config.id,
      target: config.target,
      model: config.model,
      scripted: config.scripted,
      language: config.language ?? null,
      config,
      startedAt,
      endedAt: new Date().toISOString(),
      endReason: end.reason,
      endDetail: end.detail ?? null,
      steps: final.step,
      modelCalls: final.calls,
      compactions: final.compactions,
      usage: final.usage,
      cost: final.costKnown ? final.cost : null,
      wallMs: used.wallMs,
      workingMs: used.workingMs,
      scores: report
        ? { visible: report.visible, hidden: report.hidden, solved: report.solved, setupFailure: report.setupFailure, testsHash: report.testsHash, reference: report.reference }
        : null,
      journal: journalFile,
      report: report ? path.join(dir, 'report.json') : null,
    };
    writeRecord(dir, record);
    return record;
  } finally {
    await session.close();
    await scripted?.close();
    disk.release();
  }
}

function exportSolution(workspace: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  cpSync(workspace, dest, { recursive: true, verbatimSymlinks: true, filter: (src) => !['docs', 'tests'].includes(path.relative(workspace, src)) });
}

/** A compressed copy of the workspace; the last three are kept. */
function snapshotWorkspace(workspace: string, dir: string, step: number): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `step-${String(step).padStart(6, '0')}.tar.gz`);
  execFileSync('tar', ['-C', workspace, '--exclude=./tests', '-czf', file, '.'], { stdio: 'ignore' });
  const all = readdirSync(dir).filter((f) => f.endsWith('.tar.gz')).sort();
  for (const old of all.slice(0, -3)) rmSync(path.join(dir, old), { force: true });
  return file;
}
