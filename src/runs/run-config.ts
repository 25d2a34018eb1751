import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { schemaError } from '../targets/schema-error.js';
import { UserError } from '../util/errors.js';

export const runConfigSchema = z.strictObject({
  id: z.string(),
  target: z.string(),
  targetsDirs: z.array(z.string()).default([]),
  model: z.string(),
  baseUrl: z.string().optional(),
  scripted: z.boolean(),
  language: z.string().optional(),
  budgets: z.strictObject({
    tokens: z.number().positive().optional(),
    usd: z.number().positive().optional(),
    wallMs: z.number().positive().optional(),
    workingMs: z.number().positive().optional(),
  }),
  compactAt: z.number().min(0.1).max(0.99),
  contextWindow: z.number().int().positive(),
  epoch: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type RunConfig = z.infer<typeof runConfigSchema>;

export function writeRunConfig(dir: string, c: RunConfig): void {
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(c, null, 2) + '\n');
}

export function readRunConfig(dir: string): RunConfig {
  const file = path.join(dir, 'config.json');
  if (!existsSync(file)) throw new UserError(`${dir}: not a run folder (no config.json)`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new UserError(`${file}: not valid JSON`);
  }
  const r = runConfigSchema.safeParse(raw);
  if (!r.success) throw schemaError(file, r.error);
  return r.data;
}

/** "7d", "36h", "90m", "45s" or plain seconds, to milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(d|h|m|s)?$/.exec(text.trim());
  if (!m) throw new UserError(`"${text}" is not a duration (e.g. 7d, 36h, 90m, 45s)`);
  const unit = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 }[(m[2] ?? 's') as 'd' | 'h' | 'm' | 's'];
  return Number(m[1]) * unit;
}
