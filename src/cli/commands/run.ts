import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseDuration } from '../../runs/run-config.js';
import { createRunDir, driveRun } from '../../runs/run.js';
import type { RunRecord } from '../../runs/record.js';
import { hasCredentials, parseModelId } from '../../agent/model/providers.js';
import { loadPrices, priceFor } from '../../agent/model/prices.js';
import { hasScriptedSolution } from '../../runs/scripted.js';
import { findTarget, targetRoots } from '../../targets/target.js';
import { LANGUAGES } from '../../targets/manifest.js';
import { UserError, errorMessage } from '../../util/errors.js';
import { ingestRun } from '../../store/ingest.js';
import { openStore } from '../../store/open.js';
import { closedFolder, dataHome } from '../../util/paths.js';
import { getSandbox, printJson, type GlobalOptions } from '../context.js';
import { statusLine } from '../status-line.js';

export interface RunCommandOptions {
  model?: string;
  language?: string;
  budgetTokens?: string;
  budgetUsd?: string;
  timeLimit?: string;
  workingTimeLimit?: string;
  epochs?: string;
  runDir?: string;
  resume?: string;
  baseUrl?: string;
  compactAt?: string;
  prices?: string;
  json?: boolean;
}

function positive(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`${name} must be a positive number, not "${v}"`);
  return n;
}

function summary(r: RunRecord, dir: string): string {
  const pct = (s: { passed: number; total: number; rate: number | null }) => `${s.passed}/${s.total} (${(100 * (s.rate ?? 0)).toFixed(1)}%)`;
  const scores = r.scores ? `visible ${pct(r.scores.visible)}, hidden ${pct(r.scores.hidden)}, ${r.scores.solved ? 'SOLVED' : 'not solved'}` : 'not scored';
  return [
    `${r.scripted ? '[scripted session] ' : ''}${r.target} with ${r.model}: ${scores}`,
    `ended: ${r.endReason}${r.endDetail ? ` (${r.endDetail})` : ''}; ${r.steps} steps, ${r.modelCalls} model calls, ${r.compactions} compactions`,
    `tokens ${(r.usage.input + r.usage.output).toLocaleString('en-US')} (input ${r.usage.input.toLocaleString('en-US')}, of which cache reads ${r.usage.cacheRead.toLocaleString('en-US')}; output ${r.usage.output.toLocaleString('en-US')}); cost ${r.cost === null ? 'unknown (no price)' : `$${r.cost.toFixed(4)}`}`,
    `time ${Math.round(r.wallMs / 1000)} s wall, ${Math.round(r.workingMs / 1000)} s working`,
    `run folder ${dir} (journal.jsonl, record.json, report.txt)`,
  ].join('\n');
}

/** Adds a finished run to the results store; a store that fails loses nothing (the run folder stays). */
async function storeRun(g: GlobalOptions, dir: string): Promise<void> {
  try {
    const store = await openStore(g.store);
    try {
      await ingestRun(store, dir);
    } finally {
      await store.close();
    }
  } catch (e) {
    process.stderr.write(`mirrorcode: the run was not added to the results store (${errorMessage(e).split('\n')[0]}); add it later with: mirrorcode store import ${dir}\n`);
  }
}

export async function runCommand(g: GlobalOptions, targetName: string | undefined, o: RunCommandOptions): Promise<void> {
  if (o.prices) process.env.MIRRORCODE_PRICES = o.prices;
  const sandbox = await getSandbox();
  const abort = new AbortController();
  const onSignal = (): void => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const dirs: string[] = [];
  if (o.resume) {
    dirs.push(path.resolve(o.resume));
  } else {
    if (!targetName) throw new UserError('name a target (or --resume RUN_DIR)');
    const target = findTarget(targetName, targetRoots(g.targets ?? []));
    let model = o.model;
    let scripted = false;
    if (!model) throw new UserError('--model provider/model is required (e.g. anthropic/claude-sonnet-4-5)');
    if (model.startsWith('scripted')) scripted = true;
    else if (!hasCredentials(model)) {
      // No key: show every stage working with a scripted session instead, clearly labelled.
      if (!hasScriptedSolution(target.name)) throw new UserError(`no API key for ${model} and no scripted session for ${target.name}`);
      process.stderr.write(`mirrorcode: no API key for ${model} in the environment; running a scripted session instead (labelled as scripted)\n`);
      scripted = true;
    }
    if (scripted) model = `scripted/${target.name}`;
    else parseModelId(model);
    if (o.language && !(LANGUAGES as readonly string[]).includes(o.language)) throw new UserError(`--language must be one of ${LANGUAGES.join(', ')}`);
    const price = priceFor(loadPrices(), model);
    const epochs = positive('--epochs', o.epochs) ?? 1;
    if (o.runDir && process.getuid?.() === 0) {
      // The run's disk is entered by unprivileged sandbox uids: every folder above it must let them through.
      const closed = closedFolder(path.dirname(path.resolve(o.runDir)));
      if (closed) throw new UserError(`${o.runDir}: the sandbox cannot reach it, as ${closed} is closed to other users (chmod o+x ${closed}, or use another folder)`);
    }
    for (let epoch = 0; epoch < epochs; epoch++) {
      const id = `${target.name}-${model.replace(/[^A-Za-z0-9.-]+/g, '_')}-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
      const dir = o.runDir ? path.resolve(epochs > 1 ? path.join(o.runDir, `epoch-${epoch + 1}`) : o.runDir) : path.join(dataHome(), 'runs', id);
      createRunDir(dir, {
        id,
        target: target.name,
        targetsDirs: g.targets ?? [],
        model,
        baseUrl: o.baseUrl,
        scripted,
        language: o.language,
        budgets: {
          tokens: positive('--budget-tokens', o.budgetTokens),
          usd: positive('--budget-usd', o.budgetUsd),
          wallMs: o.timeLimit ? parseDuration(o.timeLimit) : undefined,
          workingMs: o.workingTimeLimit ? parseDuration(o.workingTimeLimit) : undefined,
        },
        compactAt: positive('--compact-at', o.compactAt) ?? 0.8,
        contextWindow: price?.contextWindow ?? 128_000,
        epoch,
        createdAt: new Date().toISOString(),
      });
      dirs.push(dir);
    }
  }
  const records: RunRecord[] = [];
  try {
    for (const dir of dirs) {
      const status = statusLine();
      try {
        const r = await driveRun(dir, { sandbox, reporter: status, signal: abort.signal });
        records.push(r);
        status.done();
        if (!o.json) process.stdout.write(summary(r, dir) + '\n');
        await storeRun(g, dir);
      } finally {
        status.done();
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (o.json) printJson(records);
}
