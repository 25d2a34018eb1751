import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { journalEvents } from '../runs/journal-lines.js';
import type { RunRecord } from '../runs/record.js';
import type { ScoreReport } from '../scoring/report.js';
import { findTarget, targetRoots } from '../targets/target.js';
import { UserError } from '../util/errors.js';
import type { ProgressPoint, ResultsStore, StoredRun, StoredTest } from './types.js';

/** The first line of a run_tests result over all visible tests (see runs/run.ts). */
const VISIBLE_LINE = /^visible tests: (\d+)\/(\d+) passed \([^)]*\)$/m;

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new UserError(`${file}: ${(e as Error).message}`);
  }
}

/** Category and tier from the target's manifest, when it can still be found. */
function targetFacts(r: RunRecord): { category: string; tier: string } {
  try {
    const t = findTarget(r.target, targetRoots(r.config.targetsDirs ?? []));
    return { category: t.manifest.category, tier: t.manifest.tier };
  } catch {
    return { category: 'unknown', tier: 'unknown' };
  }
}

/** Pure: the store's run row from a run's receipt. */
export function storedRunOf(r: RunRecord, runDir: string, facts: { category: string; tier: string }): StoredRun {
  return {
    id: r.id,
    target: r.target,
    category: facts.category,
    tier: facts.tier,
    model: r.model,
    scripted: r.scripted,
    language: r.language,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    endReason: r.endReason,
    endDetail: r.endDetail,
    steps: r.steps,
    modelCalls: r.modelCalls,
    compactions: r.compactions,
    inputTokens: r.usage.input,
    outputTokens: r.usage.output,
    cacheReadTokens: r.usage.cacheRead,
    cacheWriteTokens: r.usage.cacheWrite,
    reasoningTokens: r.usage.reasoning,
    costUsd: r.cost,
    wallMs: r.wallMs,
    workingMs: r.workingMs,
    visiblePassed: r.scores?.visible.passed ?? null,
    visibleTotal: r.scores?.visible.total ?? null,
    hiddenPassed: r.scores?.hidden.passed ?? null,
    hiddenTotal: r.scores?.hidden.total ?? null,
    solved: r.scores?.solved ?? false,
    setupFailure: r.scores?.setupFailure ?? null,
    testsHash: r.scores?.testsHash ?? null,
    reference: r.scores?.reference ?? null,
    budgetTokens: r.config.budgets.tokens ?? null,
    budgetUsd: r.config.budgets.usd ?? null,
    runDir,
    journal: r.journal,
  };
}

/** Visible pass rate at each full run_tests call, with tokens and dollars spent up to then. */
export async function progressOf(runId: string, journal: string): Promise<ProgressPoint[]> {
  const out: ProgressPoint[] = [];
  if (!existsSync(journal)) return out;
  let tokens = 0;
  let cost: number | null = 0;
  const addCost = (c: number | null | undefined): void => {
    cost = cost === null || c === null || c === undefined ? null : cost + c;
  };
  for await (const e of journalEvents(journal)) {
    if (e.type === 'model-response') {
      tokens += e.usage.input + e.usage.output;
      addCost(e.cost);
    } else if (e.type === 'compaction' && e.usage) {
      tokens += e.usage.input + e.usage.output;
      addCost(e.cost);
    } else if (e.type === 'tool-result' && e.name === 'run_tests' && !e.isError) {
      const m = VISIBLE_LINE.exec(e.output);
      if (m && !e.output.split('\n', 1)[0]!.includes('[filter:')) {
        out.push({ runId, seq: out.length, step: e.step, tokens, costUsd: cost, visiblePassed: Number(m[1]), visibleTotal: Number(m[2]) });
      }
    }
  }
  return out;
}

/** Reads a finished run folder (record.json, report.json, journal) into the store. */
export async function ingestRun(store: ResultsStore, runDir: string): Promise<StoredRun> {
  const dir = path.resolve(runDir);
  const recordFile = path.join(dir, 'record.json');
  if (!existsSync(recordFile)) throw new UserError(`${dir}: no record.json (the run has not finished; resume it with mirrorcode run --resume)`);
  const record = readJson<RunRecord>(recordFile);
  const run = storedRunOf(record, dir, targetFacts(record));
  const report = record.report && existsSync(record.report) ? readJson<ScoreReport>(record.report) : null;
  const tests: StoredTest[] = (report?.tests ?? []).map((t) => ({ runId: run.id, testId: t.id, hidden: t.hidden, pass: t.pass, reasons: t.reasons.join(',') }));
  await store.putRun(run, tests, await progressOf(run.id, record.journal));
  return run;
}
