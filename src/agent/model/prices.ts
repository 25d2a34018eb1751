import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { schemaError } from '../../targets/schema-error.js';
import { UserError } from '../../util/errors.js';
import { assetsDir } from '../../util/paths.js';
import type { Usage } from './types.js';

const priceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cacheRead: z.number().nonnegative(),
  cacheWrite: z.number().nonnegative(),
  contextWindow: z.number().int().positive(),
});
const fileSchema = z.object({ models: z.record(z.string(), priceSchema) });

/** Dollars per million tokens, and the model's context window. */
export type Price = z.infer<typeof priceSchema>;
export type PriceTable = Record<string, Price>;

function readTable(file: string): PriceTable {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UserError(`${file}: cannot read the price table (${(err as Error).message.split('\n')[0]})`);
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) throw schemaError(file, r.error);
  return r.data.models;
}

/** The shipped table, with a user file's entries on top (they override and extend). */
export function loadPrices(userFile = process.env.MIRRORCODE_PRICES): PriceTable {
  const table = readTable(path.join(assetsDir, 'prices.json'));
  return userFile ? { ...table, ...readTable(path.resolve(userFile)) } : table;
}

/** The price of provider/model: an exact key, else the longest matching `prefix*` key. */
export function priceFor(table: PriceTable, id: string): Price | null {
  if (table[id]) return table[id];
  let best: { len: number; price: Price } | null = null;
  for (const [key, price] of Object.entries(table)) {
    if (!key.endsWith('*')) continue;
    const prefix = key.slice(0, -1);
    if (id.startsWith(prefix) && (!best || prefix.length > best.len)) best = { len: prefix.length, price };
  }
  return best?.price ?? null;
}

/** Dollars for one call's usage. Uncached input = all input less cache reads and writes. */
export function costOf(usage: Usage, price: Price): number {
  const uncached = Math.max(0, usage.input - usage.cacheRead - usage.cacheWrite);
  return (uncached * price.input + usage.cacheRead * price.cacheRead + usage.cacheWrite * price.cacheWrite + usage.output * price.output) / 1e6;
}
