import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { StoredRun } from '../store/types.js';
import { UserError } from '../util/errors.js';

type Kind = 'text' | 'nullable-text' | 'int' | 'nullable-int' | 'number' | 'nullable-number' | 'bool';

/** Column order and type of a receipts file; one row per run. */
const COLUMNS: ReadonlyArray<readonly [keyof StoredRun, Kind]> = [
  ['id', 'text'], ['target', 'text'], ['category', 'text'], ['tier', 'text'], ['model', 'text'],
  ['scripted', 'bool'], ['language', 'nullable-text'], ['startedAt', 'text'], ['endedAt', 'text'],
  ['endReason', 'text'], ['endDetail', 'nullable-text'], ['steps', 'int'], ['modelCalls', 'int'],
  ['compactions', 'int'], ['inputTokens', 'int'], ['outputTokens', 'int'], ['cacheReadTokens', 'int'],
  ['cacheWriteTokens', 'int'], ['reasoningTokens', 'int'], ['costUsd', 'nullable-number'], ['wallMs', 'number'],
  ['workingMs', 'number'], ['visiblePassed', 'nullable-int'], ['visibleTotal', 'nullable-int'],
  ['hiddenPassed', 'nullable-int'], ['hiddenTotal', 'nullable-int'], ['solved', 'bool'],
  ['setupFailure', 'nullable-text'], ['budgetTokens', 'nullable-number'], ['budgetUsd', 'nullable-number'],
  ['runDir', 'text'], ['journal', 'text'],
];

/** Nulls are written as this marker so an empty text stays distinguishable from no value. */
const NULL = '\\N';

/** Pure: receipts CSV (header + one row per run); numbers are written so they read back exactly. */
export function receiptsCsv(runs: readonly StoredRun[]): string {
  const rows = runs.map((r) => COLUMNS.map(([k]) => {
    const v = r[k];
    return v === null ? NULL : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  }));
  return stringify([COLUMNS.map(([k]) => k), ...rows]);
}

function cell(file: string, line: number, name: string, kind: Kind, raw: string): StoredRun[keyof StoredRun] {
  const bad = (): never => {
    throw new UserError(`${file}: row ${line}, column ${name}: "${raw}" is not a valid ${kind.replace('nullable-', '')}`);
  };
  if (raw === NULL) return kind.startsWith('nullable') ? null : bad();
  switch (kind) {
    case 'text':
    case 'nullable-text':
      return raw;
    case 'bool':
      return raw === 'true' ? true : raw === 'false' ? false : bad();
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n) || (kind.endsWith('int') && !Number.isInteger(n))) bad();
      return n;
    }
  }
}

/** Parses a receipts file back into runs; a one-line error names the row and column. */
export function parseReceipts(text: string, file = 'receipts'): StoredRun[] {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: false }) as string[][];
  } catch (e) {
    throw new UserError(`${file}: not a valid CSV file (${(e as Error).message.split('\n')[0]})`);
  }
  const [header, ...body] = rows;
  const want = COLUMNS.map(([k]) => k);
  if (!header || header.join(',') !== want.join(',')) throw new UserError(`${file}: not a receipts file (expected the header ${want.slice(0, 3).join(',')},...)`);
  return body.map((row, i) => {
    const run = {} as Record<string, unknown>;
    COLUMNS.forEach(([k, kind], j) => {
      run[k] = cell(file, i + 2, k, kind, row[j] ?? '');
    });
    return run as unknown as StoredRun;
  });
}
