import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError, errorMessage } from '../util/errors.js';
import { schemaError } from './schema-error.js';

export const CATEGORIES = [
  'unix-utility',
  'data-query',
  'bioinformatics',
  'interpreter',
  'static-analysis',
  'cryptography',
  'compression',
] as const;
export const TIERS = ['S', 'M', 'L'] as const;
export const LANGUAGES = ['python', 'c', 'go', 'rust', 'ocaml', 'ada', 'typescript', 'javascript'] as const;

const absPath = z.string().regex(/^\/[^\0]*$/, 'must be an absolute path inside the package');

export const manifestSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
    title: z.string().min(1),
    category: z.enum(CATEGORIES),
    tier: z.enum(TIERS),
    tierReason: z.string().min(1).optional(),
    command: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, 'must be a plain command name'),
    reference: z.strictObject({
      packages: z.array(z.string().regex(/^[a-z0-9][a-z0-9.+-]+$/, 'must be a Debian package name')).min(1),
      binary: absPath,
    }),
    docs: z
      .strictObject({
        man: z.array(absPath).default([]),
        info: z.array(z.strictObject({ file: absPath, node: z.string().min(1) })).default([]),
        /** Plain-text documents of the package (README, manual), copied as they are (.gz unpacked). */
        files: z.array(absPath).default([]),
        notes: z.string().optional(),
      })
      .default({ man: [], info: [], files: [] }),
    languages: z.union([z.literal('any'), z.array(z.enum(LANGUAGES)).min(1)]).default('any'),
    limits: z
      .strictObject({
        timeSeconds: z.number().positive().max(600).default(10),
        outputBytes: z.number().int().positive().default(16 * 1024 * 1024),
      })
      .default({ timeSeconds: 10, outputBytes: 16 * 1024 * 1024 }),
    /** What the coverage listing checks; default: the options the man pages document. */
    // YAML reads an unquoted -5 as a number; it is meant as the option "-5".
    coverage: z.strictObject({ items: z.array(z.union([z.string().min(1), z.number().transform(String)])).min(1) }).optional(),
    tests: z.union([
      z.strictObject({ generator: z.string().min(1), seed: z.number().int() }),
      z.strictObject({ files: z.string().min(1) }),
    ]),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;

/** Parses and checks a manifest's text; errors name the file and the field. */
export function parseManifest(file: string, text: string): Manifest {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new UserError(`${file}: not valid YAML: ${errorMessage(err).split('\n')[0]}`);
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) throw schemaError(file, result.error);
  return result.data;
}

export function readManifest(file: string): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`${file}: cannot read the manifest`);
  }
  return parseManifest(file, text);
}
