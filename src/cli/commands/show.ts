import { readGold } from '../../reference/gold.js';
import { localReference } from '../../reference/store.js';
import { fromStored } from '../../runner/observed.js';
import { fileBytes, isSymlink, stdinBytes } from '../../targets/test-case.js';
import { loadTests } from '../../targets/target.js';
import { UserError } from '../../util/errors.js';
import { printJson, resolveTargets, type GlobalOptions } from '../context.js';

/** A shell-like rendering of one argument, so a command line can be read (and pasted) unambiguously. */
function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Printable bytes as they are; anything else (binary, invalid UTF-8) as a note with its size. */
function text(b: Buffer): string {
  const s = b.toString('utf8');
  return Buffer.from(s, 'utf8').equals(b) && !/[\0-\x08\x0e-\x1a\x1c-\x1f]/.test(s) ? s : `(${b.length} bytes, not text; --json gives base64)\n`;
}

/**
 * One test case and what the reference answered, as captured by prepare: for target authors
 * checking a test, and for anyone reading a failure. Hidden tests are shown too: this reads the
 * checkout, which an agent never sees.
 */
export async function showCommand(g: GlobalOptions, name: string, id: string, opts: { json?: boolean }): Promise<void> {
  const [target] = resolveTargets(g, name, false);
  const suite = await loadTests(target!);
  const tc = suite.all.find((t) => t.id === id);
  if (!tc) {
    const stem = id.split(/[-.]/)[0] ?? id;
    const near = suite.all.filter((t) => t.id.startsWith(stem)).slice(0, 8).map((t) => t.id);
    throw new UserError(`${name} has no test "${id}"${near.length ? `; ids starting with "${stem}": ${near.join(', ')}` : ''}`);
  }
  const gold = readGold(target!, await localReference(target!), suite);
  const out = fromStored(gold.outputs[id]!);
  if (opts.json) {
    return printJson({ test: tc, expected: { exitCode: out.exitCode, stdout: out.stdout.toString('base64'), stderr: out.stderr.toString('base64') } });
  }
  const lines = [
    `${tc.id}${tc.hidden ? ` (hidden, dual of ${tc.dualOf})` : ''}${tc.note ? `: ${tc.note}` : ''}`,
    `command: ${[target!.manifest.command, ...tc.argv].map(quote).join(' ')}`,
    ...Object.entries(tc.env ?? {}).map(([k, v]) => `env: ${k}=${quote(v)}`),
    ...Object.entries(tc.files ?? {}).map(([f, spec]) => {
      if (isSymlink(spec)) return `file: ${f} -> ${spec.symlink}`;
      const b = fileBytes(spec);
      const mode = typeof spec !== 'string' && spec.mode !== undefined ? `, mode ${spec.mode.toString(8)}` : '';
      return `file: ${f} (${b === null ? 'folder' : `${b.length} bytes`}${mode})`;
    }),
    `stdin: ${stdinBytes(tc).length} bytes`,
    `exit status: ${out.exitCode}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.stdout.write(`--- stdout (${out.stdout.length} bytes)\n${text(out.stdout)}`);
  if (out.stdout.length && !out.stdout.toString().endsWith('\n')) process.stdout.write('\n(no newline at end)\n');
  process.stdout.write(`--- stderr (${out.stderr.length} bytes)\n${text(out.stderr)}`);
  if (out.stderr.length && !out.stderr.toString().endsWith('\n')) process.stdout.write('\n(no newline at end)\n');
}
