import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../util/exec-file.js';
import { sha256 } from '../util/hash.js';

const LIB_DIRS = ['usr/lib/x86_64-linux-gnu', 'lib/x86_64-linux-gnu', 'usr/lib'];

/** Where a reference's own libraries appear inside its sandbox, and where they are on the host. */
export interface PrivateLibs {
  host: string;
  path: string;
}

function sharedLibraries(root: string): string[] {
  const out: string[] = [];
  for (const rel of LIB_DIRS) {
    const dir = path.join(root, rel);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (/\.so(\.\d+)*$/.test(f)) out.push(path.join(dir, f));
  }
  return out;
}

/**
 * A reference whose packages bring shared libraries the host lacks (jq brings libjq and libonig)
 * runs from a copy whose RPATH names a folder with a secret random name. The libraries must be
 * readable to be loaded, and the program can read any file it can name, so the name lives only
 * where the program cannot look: in its own binary (execute-only), not in its environment, not
 * in a file, and the reference sandbox has no /proc. Without such libraries the package's binary
 * runs as it is.
 */
export async function runnableBinary(storeDir: string, key: string, roots: readonly string[], binary: string): Promise<{ binary: string; libs: PrivateLibs | null }> {
  const libs = roots.flatMap(sharedLibraries);
  if (libs.length === 0) return { binary, libs: null };
  const dir = path.join(storeDir, 'runnable', `${key}-${sha256(readFileSync(binary)).slice(0, 16)}`);
  const done = path.join(dir, '.complete');
  if (!existsSync(done)) {
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(path.join(tmp, 'bin'), { recursive: true });
    mkdirSync(path.join(tmp, 'lib'));
    const secret = randomBytes(16).toString('hex');
    for (const lib of libs) cpSync(lib, path.join(tmp, 'lib', path.basename(lib)), { verbatimSymlinks: true });
    const bin = path.join(tmp, 'bin', path.basename(binary));
    copyFileSync(binary, bin);
    chmodSync(bin, 0o755);
    // DT_RPATH (not RUNPATH): it also serves the libraries' own dependencies (libjq needs libonig).
    await run('patchelf', ['--force-rpath', '--set-rpath', `/opt/reference/lib-${secret}`, bin], { what: 'patching the reference to find its own libraries (apt-get install patchelf)' });
    chmodSync(bin, 0o711);
    for (const f of readdirSync(path.join(tmp, 'lib'))) chmodSync(path.join(tmp, 'lib', f), 0o644);
    for (const d of [tmp, path.join(tmp, 'bin'), path.join(tmp, 'lib')]) chmodSync(d, 0o711);
    writeFileSync(path.join(tmp, 'secret'), secret, { mode: 0o600 });
    writeFileSync(path.join(tmp, '.complete'), '');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true, mode: 0o711 });
    chmodSync(path.dirname(dir), 0o711);
    renameSync(tmp, dir);
  }
  const secret = readFileSync(path.join(dir, 'secret'), 'utf8').trim();
  return { binary: path.join(dir, 'bin', path.basename(binary)), libs: { host: path.join(dir, 'lib'), path: `/opt/reference/lib-${secret}` } };
}
