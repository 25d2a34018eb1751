import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Target } from '../targets/target.js';
import { UserError } from '../util/errors.js';
import { run } from '../util/exec-file.js';
import { sha256File } from '../util/hash.js';
import { dataHome } from '../util/paths.js';
import { runnableBinary, type PrivateLibs } from './private-libs.js';
import { lockMismatch, readLock, relockHint, writeLock, type ReferenceLock } from './lock.js';

export interface Reference {
  lock: ReferenceLock;
  /** Unpacked package roots, one per package, in manifest order. */
  roots: string[];
  /** Host path of the program as it runs, root-owned and mode 0711 (runnable, not readable, by sandbox uids). */
  binary: string;
  /** The program as its package ships it (what a copy would be a copy of). */
  packageBinary: string;
  /** The reference's own shared libraries, when its packages bring some. */
  libs: PrivateLibs | null;
}

export function storeDir(): string {
  return path.join(dataHome(), 'store');
}

/** Makes the data home traversable but not listable by sandbox uids, which must reach bind sources. */
export function ensureDataHome(): string {
  const home = dataHome();
  mkdirSync(home, { recursive: true });
  chmodSync(home, 0o711);
  return home;
}

/** Downloads one package's .deb into `debs` (reusing nothing) and returns its path. */
export async function download(pkg: string, version: string | null, debs: string): Promise<string> {
  const spec = version ? `${pkg}=${version}` : pkg;
  const before = new Set(readdirSync(debs));
  await run('apt-get', ['download', '-q', '-o', 'APT::Sandbox::User=root', spec], {
    cwd: debs,
    what: `fetching Debian package ${spec} (run apt-get update first if the package is unknown)`,
  });
  const added = readdirSync(debs).filter((f) => !before.has(f) && f.endsWith('.deb'));
  const prefix = `${pkg}_`;
  const found = added.find((f) => f.startsWith(prefix)) ?? readdirSync(debs).find((f) => f.startsWith(prefix) && f.endsWith('.deb') && (!version || debVersionInName(f, version)));
  if (!found) throw new UserError(`fetching Debian package ${spec}: apt-get download produced no .deb`);
  return path.join(debs, found);
}

function debVersionInName(file: string, version: string): boolean {
  // apt names files pkg_version_arch.deb with ':' in epochs written as %3a.
  return file.includes(`_${version.replace(/:/g, '%3a')}_`);
}

/**
 * Fetches the target's packages as .deb files into the private store and unpacks them there (never
 * system-wide). With a lock, the locked versions are fetched and any difference is an error unless
 * relocking on purpose; without one, the archive's current versions are fetched and locked.
 */
export async function fetchReference(target: Target, opts: { relock?: boolean } = {}): Promise<Reference> {
  ensureDataHome();
  const debs = path.join(storeDir(), 'debs');
  mkdirSync(debs, { recursive: true });
  const locked = opts.relock ? null : readLock(target);
  const packages: ReferenceLock['packages'] = [];
  const roots: string[] = [];
  for (const pkg of target.manifest.reference.packages) {
    const want = locked?.packages.find((p) => p.name === pkg)?.version ?? null;
    const cached = want ? readdirSync(debs).find((f) => f.startsWith(`${pkg}_`) && debVersionInName(f, want)) : undefined;
    let deb: string;
    try {
      deb = cached ? path.join(debs, cached) : await download(pkg, want, debs);
    } catch (err) {
      if (want) throw new UserError(`${target.name}: the locked reference ${pkg} ${want} cannot be fetched; ${relockHint(target)}`);
      throw err;
    }
    const [version, arch] = (await run('dpkg-deb', ['-f', deb, 'Version', 'Architecture'])).trim().split('\n').map((l) => l.replace(/^\w+: /, ''));
    packages.push({ name: pkg, version: version ?? '', arch: arch ?? '', debSha256: await sha256File(deb) });
    roots.push(await unpack(deb, `${pkg}_${version}_${arch}`));
  }
  const binary = findBinary(target, roots);
  const fetched: ReferenceLock = { packages, binary: { path: target.manifest.reference.binary, sha256: await sha256File(binary) } };
  if (locked) {
    const why = lockMismatch(target, locked, fetched);
    if (why) throw new UserError(`${target.name}: reference differs from reference.lock.json: ${why}; ${relockHint(target)}`);
  } else {
    writeLock(target, fetched);
  }
  return { lock: fetched, roots, packageBinary: binary, ...(await runnableBinary(storeDir(), target.name, roots, binary)) };
}

async function unpack(deb: string, name: string): Promise<string> {
  const root = path.join(storeDir(), 'pkgs', name);
  if (existsSync(path.join(root, '.complete'))) return root;
  const tmp = `${root}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await run('dpkg-deb', ['-x', deb, tmp], { what: `unpacking ${path.basename(deb)}` });
  lockDown(tmp);
  await run('touch', [path.join(tmp, '.complete')]);
  rmSync(root, { recursive: true, force: true });
  renameSync(tmp, root);
  return root;
}

/**
 * Every unpacked file becomes root's: folders 0711 (enter, not list), executables 0711 (run, not
 * read), other files 0644. Sandbox uids can then run the program but never read its bytes.
 */
function lockDown(dir: string): void {
  const isRoot = process.getuid?.() === 0;
  const walk = (p: string): void => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) return;
    if (isRoot) chownSync(p, 0, 0);
    if (st.isDirectory()) {
      chmodSync(p, 0o711);
      for (const e of readdirSync(p)) walk(path.join(p, e));
    } else if (st.isFile()) {
      chmodSync(p, st.mode & 0o111 ? 0o711 : 0o644);
    }
  };
  walk(dir);
  chmodSync(dir, 0o711);
  for (const parent of [path.dirname(dir), storeDir()]) if (existsSync(parent)) chmodSync(parent, 0o711);
}

function findBinary(target: Target, roots: string[]): string {
  for (const root of roots) {
    const p = path.join(root, target.manifest.reference.binary);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  throw new UserError(
    `${target.name}: field reference.binary: ${target.manifest.reference.binary} is not in package(s) ${target.manifest.reference.packages.join(', ')}`,
  );
}

/** The reference as already fetched (no network); null when the target was never prepared. */
export async function localReference(target: Target): Promise<Reference | null> {
  const lock = readLock(target);
  if (!lock) return null;
  const roots = lock.packages.map((p) => path.join(storeDir(), 'pkgs', `${p.name}_${p.version}_${p.arch}`));
  if (!roots.every((r) => existsSync(path.join(r, '.complete')))) return null;
  const binary = findBinary(target, roots);
  return { lock, roots, packageBinary: binary, ...(await runnableBinary(storeDir(), target.name, roots, binary)) };
}
