import type { z } from 'zod';
import { UserError } from '../util/errors.js';

/** Turns the first schema issue into one line naming the file, the field and what is wrong. */
export function schemaError(file: string, error: z.ZodError): UserError {
  const issue = error.issues[0];
  if (!issue) return new UserError(`${file}: invalid`);
  const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return new UserError(`${file}: field ${field}: ${issue.message}${more}`);
}
