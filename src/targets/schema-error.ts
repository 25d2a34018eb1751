import type { z } from 'zod';
import { UserError } from '../util/errors.js';

type Issue = z.ZodError['issues'][number];
type Path = Issue['path'];

/**
 * The issue that says what is wrong: record-key, element and union issues only say "Invalid
 * input"; their nested issues hold the schema's own message (for a union, the closest branch:
 * fewest issues, then one whose type matched, then the deepest path).
 */
function innermost(issue: Issue, base: Path): { path: Path; message: string } {
  const path = [...base, ...issue.path];
  if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues[0]) return innermost(issue.issues[0], path);
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const rank = (b: Issue[]): number[] => [
      b.length,
      b.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 1 : 0,
      -Math.max(0, ...b.map((i) => i.path.length)),
    ];
    const cmp = (a: number[], b: number[]): number => a.reduce((d, x, k) => d || x - (b[k] ?? 0), 0);
    const best = [...issue.errors].filter((b) => b.length).sort((a, b) => cmp(rank(a), rank(b)))[0];
    if (best?.[0]) return innermost(best[0], path);
  }
  return { path, message: issue.message };
}

/** Turns the first schema issue into one line naming the file, the field and what is wrong. */
export function schemaError(file: string, error: z.ZodError): UserError {
  const first = error.issues[0];
  if (!first) return new UserError(`${file}: invalid`);
  const issue = innermost(first, []);
  const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return new UserError(`${file}: field ${field}: ${issue.message.split('\n')[0]}${more}`);
}
