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
  ['setupFailure', 'nullable-text'], ['testsHash', 'nullable-text'], ['reference', 'nullable-text'], ['budgetTokens', 'nullable-number'], ['budgetUsd', 'nullable-number'],
  ['runDir', 'text'], ['journal', 'text'],
];

/** Columns that receipts written by earlier versions lack; they read back as null. */
const ADDED_LATER: ReadonlySet<keyof StoredRun> = new Set(['testsHash', 'reference']);

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
  // Columns are found by name, so receipts from before a column was added still read.
  const at = new Map((header ?? []).map((name, j) => [name, j]));
  const missing = want.filter((k) => !at.has(k) && !ADDED_LATER.has(k));
  if (!header || missing.length === want.length) throw new UserError(`${file}: not a receipts file (expected the header ${want.slice(0, 3).join(',')},...)`);
  if (missing.length) throw new UserError(`${file}: not a receipts file (no column ${missing.join(', ')})`);
  const unknown = header.filter((name) => !(want as string[]).includes(name));
  if (unknown.length) throw new UserError(`${file}: unknown column ${unknown.join(', ')}`);
  return body.map((row, i) => {
    const run = {} as Record<string, unknown>;
    for (const [k, kind] of COLUMNS) {
      const j = at.get(k);
      run[k] = j === undefined ? null : cell(file, i + 2, k, kind, row[j] ?? '');
    }
    return run as unknown as StoredRun;
  });
}
