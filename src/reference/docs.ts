import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { Target } from '../targets/target.js';
import { UserError } from '../util/errors.js';
import { run } from '../util/exec-file.js';
import type { Reference } from './store.js';

const RENDER_ENV = { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8', MANWIDTH: '80', MAN_KEEP_FORMATTING: '', HOME: '/tmp' };

function inPackages(ref: Reference, p: string): string {
  for (const root of ref.roots) {
    const full = path.join(root, p);
    if (existsSync(full)) return full;
  }
  throw new UserError(`documentation ${p} is not in the reference package(s)`);
}

/**
 * Renders the package's own man and info pages to plain text, plus the target's notes, into
 * `dir`. These files are all the documentation an agent receives.
 */
export async function captureDocs(target: Target, ref: Reference, dir: string): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const man of target.manifest.docs.man) {
    const text = await run('man', ['-l', '-P', 'cat', inPackages(ref, man)], { env: RENDER_ENV, what: `rendering ${man}` });
    const name = path.basename(man).replace(/\.gz$/, '') + '.txt';
    writeFileSync(path.join(dir, name), stripOverstrike(text));
    written.push(name);
  }
  for (const info of target.manifest.docs.info) {
    const text = await run('info', ['--subnodes', '-f', inPackages(ref, info.file), '-n', info.node, '-o', '-'], {
      env: RENDER_ENV,
      what: `rendering info node "${info.node}"`,
    });
    if (!text.trim()) throw new UserError(`info node "${info.node}" of ${info.file} is empty or missing`);
    const name = `${info.node.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}.info.txt`;
    writeFileSync(path.join(dir, name), text);
    written.push(name);
  }
  for (const file of target.manifest.docs.files) {
    const src = inPackages(ref, file);
    const data = readFileSync(src);
    const name = path.basename(file).replace(/\.gz$/, '');
    writeFileSync(path.join(dir, name), file.endsWith('.gz') ? gunzipSync(data) : data);
    written.push(name);
  }
  if (target.manifest.docs.notes) {
    const src = path.join(target.dir, target.manifest.docs.notes);
    if (!existsSync(src)) throw new UserError(`${path.join(target.dir, 'manifest.yaml')}: field docs.notes: ${src} does not exist`);
    copyFileSync(src, path.join(dir, 'NOTES.md'));
    written.push('NOTES.md');
  }
  return written;
}

/** Removes backspace overstrike (bold/underline) that some renderers leave in plain text. */
export function stripOverstrike(text: string): string {
  return text.replace(/.\x08/gu, '');
}
