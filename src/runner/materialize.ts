import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileBytes, isSymlink, type TestCase } from '../targets/test-case.js';

/** Writes a test's input files into an empty folder; modes are applied last (a mode-0 file stays unreadable). */
export function materialize(dir: string, tc: TestCase): Array<{ file: string; mode: number }> {
  const modes: Array<{ file: string; mode: number }> = [];
  // Links last, so that a link to a folder never has a file written through it.
  const entries = Object.entries(tc.files ?? {});
  for (const [rel, spec] of [...entries.filter(([, s]) => !isSymlink(s)), ...entries.filter(([, s]) => isSymlink(s))]) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    if (isSymlink(spec)) {
      symlinkSync(spec.symlink, file);
      continue;
    }
    const bytes = fileBytes(spec);
    if (bytes === null) mkdirSync(file, { recursive: true });
    else writeFileSync(file, bytes);
    if (typeof spec !== 'string' && spec.mode !== undefined) modes.push({ file, mode: spec.mode });
  }
  return modes;
}

export function applyModes(modes: Array<{ file: string; mode: number }>): void {
  // Deepest first, so a folder's mode does not block setting its children's.
  for (const m of [...modes].sort((a, b) => b.file.length - a.file.length)) chmodSync(m.file, m.mode);
}
