import { writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Usage } from '../agent/model/types.js';
import type { ScoreReport } from '../scoring/report.js';
import type { RunConfig } from './run-config.js';

/** The receipt of one run: everything needed to recompute its numbers. */
export interface RunRecord {
  id: string;
  target: string;
  model: string;
  scripted: boolean;
  language: string | null;
  config: RunConfig;
  startedAt: string;
  endedAt: string;
  endReason: string;
  endDetail: string | null;
  steps: number;
  modelCalls: number;
  compactions: number;
  usage: Usage;
  /** Dollars; null when a model's price is unknown. */
  cost: number | null;
  wallMs: number;
  workingMs: number;
  /** testsHash and reference are absent from receipts written before they were recorded. */
  scores: {
    visible: ScoreReport['visible'];
    hidden: ScoreReport['hidden'];
    solved: boolean;
    setupFailure: string | null;
    testsHash?: string;
    reference?: string;
  } | null;
  journal: string;
  report: string | null;
}

export function writeRecord(dir: string, r: RunRecord): void {
  const tmp = path.join(dir, `record.json.tmp-${process.pid}`);
  writeFileSync(tmp, JSON.stringify(r, null, 2) + '\n');
  renameSync(tmp, path.join(dir, 'record.json'));
}
