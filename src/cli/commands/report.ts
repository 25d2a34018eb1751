import { readFileSync, writeFileSync } from 'node:fs';
import { buildReport, GROUP_BYS, latestTestSets, type GroupBy } from '../../report/aggregate.js';
import { parseReceipts, receiptsCsv } from '../../report/receipts.js';
import { mixedTestSetWarnings, renderReport, REPORT_FORMATS, type ReportFormat } from '../../report/render.js';
import { openStore } from '../../store/open.js';
import type { StoredRun } from '../../store/types.js';
import { UserError } from '../../util/errors.js';
import type { GlobalOptions } from '../context.js';

export interface ReportOptions {
  by?: string;
  format?: string;
  receipts?: string;
  model?: string;
  target?: string;
  latestTests?: boolean;
}

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UserError(`${flag} must be one of ${allowed.join(', ')}, not "${v}"`);
  return v as T;
}

async function storedRuns(g: GlobalOptions, filter: { model?: string; target?: string }): Promise<StoredRun[]> {
  const store = await openStore(g.store);
  try {
    return await store.runs(filter);
  } finally {
    await store.close();
  }
}

function readReceipts(file: string): StoredRun[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseReceipts(text, file);
}

/** mirrorcode report: from the store, or recomputed from a receipts file alone (--receipts). */
export async function reportCommand(g: GlobalOptions, o: ReportOptions): Promise<void> {
  const by = oneOf<GroupBy>('--by', o.by ?? 'model', GROUP_BYS);
  const format = oneOf<ReportFormat>('--format', o.format ?? 'table', REPORT_FORMATS);
  // A target's newest test set is found over all its runs, whichever model is asked for.
  const modelFilter = o.latestTests ? undefined : o.model;
  let runs = o.receipts ? readReceipts(o.receipts) : await storedRuns(g, { model: modelFilter, target: o.target });
  if (o.receipts) runs = runs.filter((r) => (!modelFilter || r.model === modelFilter) && (!o.target || r.target === o.target));
  if (o.latestTests) runs = latestTestSets(runs).filter((r) => !o.model || r.model === o.model);
  if (!runs.length) {
    const filters = [o.model && `--model ${o.model}`, o.target && `--target ${o.target}`, o.latestTests && '--latest-tests'].filter(Boolean);
    if (filters.length) throw new UserError(`no runs ${o.receipts ? `in ${o.receipts} ` : ''}match ${filters.join(' ')}`);
    throw new UserError(o.receipts ? `${o.receipts} holds no runs` : 'the results store holds no runs yet (mirrorcode run, or mirrorcode store import RUN_DIR)');
  }
  const report = buildReport(runs, by);
  // Table and markdown carry the warnings in their notes; machine formats keep stdout clean.
  if (format === 'csv' || format === 'json') for (const w of mixedTestSetWarnings(report)) process.stderr.write(w + '\n');
  process.stdout.write(renderReport(report, format));
}

/** mirrorcode export receipts: one CSV row per run, enough to recompute every number of the report. */
export async function exportReceiptsCommand(g: GlobalOptions, o: { out?: string; model?: string; target?: string }): Promise<void> {
  const csv = receiptsCsv(await storedRuns(g, { model: o.model, target: o.target }));
  if (o.out) {
    writeFileSync(o.out, csv);
    process.stderr.write(`receipts of ${csv.split('\n').length - 2} runs written to ${o.out}; recompute with: mirrorcode report --receipts ${o.out}\n`);
  } else process.stdout.write(csv);
}
