import type { z } from 'zod';

/** Checks a tool's arguments; a mismatch becomes a message the model can act on. */
export function parseArgs<T>(tool: string, schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; error: string } {
  const r = schema.safeParse(input ?? {});
  if (r.success) return { ok: true, value: r.data };
  const problems = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'arguments'}: ${i.message}`);
  return { ok: false, error: `${tool}: invalid arguments: ${problems.join('; ')}` };
}
