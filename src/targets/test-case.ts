import { z } from 'zod';

const fileSpec = z.union([
  z.string(),
  z.strictObject({ text: z.string(), mode: z.number().int().min(0).max(0o7777).optional() }),
  z.strictObject({ base64: z.string(), mode: z.number().int().min(0).max(0o7777).optional() }),
  z.strictObject({ dir: z.literal(true), mode: z.number().int().min(0).max(0o7777).optional() }),
  // A symbolic link, pointing inside the test's folder only: inputs are laid out on the host, as
  // root, and a link that could leave the folder would let a test reach host files.
  z.strictObject({
    symlink: z
      .string()
      .min(1)
      .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\0'), { message: 'must be a relative path without ..' }),
  }),
]);

const relPath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\0'), {
    message: 'must be a relative path without ..',
  });

export const testCaseSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash, underscore'),
    argv: z.array(z.string().refine((s) => !s.includes('\0'), 'must not contain NUL')),
    stdin: z.union([z.string(), z.strictObject({ base64: z.string() })]).optional(),
    files: z.record(relPath, fileSpec).optional(),
    env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string()).optional(),
    hidden: z.boolean().optional(),
    dualOf: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((t) => !t.hidden || t.dualOf !== undefined, { message: 'a hidden test must name dualOf', path: ['dualOf'] })
  .refine((t) => t.hidden || t.dualOf === undefined, { message: 'only hidden tests have dualOf', path: ['dualOf'] });

export type TestCase = z.infer<typeof testCaseSchema>;
export type FileSpec = z.infer<typeof fileSpec>;

export function stdinBytes(t: TestCase): Buffer {
  if (t.stdin === undefined) return Buffer.alloc(0);
  return typeof t.stdin === 'string' ? Buffer.from(t.stdin, 'utf8') : Buffer.from(t.stdin.base64, 'base64');
}

export function isSymlink(spec: FileSpec): spec is Extract<FileSpec, { symlink: string }> {
  return typeof spec !== 'string' && 'symlink' in spec;
}

/** A file's bytes; null for a folder or a symbolic link. */
export function fileBytes(spec: FileSpec): Buffer | null {
  if (typeof spec === 'string') return Buffer.from(spec, 'utf8');
  if ('text' in spec) return Buffer.from(spec.text, 'utf8');
  if ('base64' in spec) return Buffer.from(spec.base64, 'base64');
  return null;
}
