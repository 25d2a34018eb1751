import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../util/hash.js';
import { dataHome } from '../util/paths.js';
import type { Mount } from './types.js';

/** The parts of /etc that toolchains need; the rest of the host's /etc stays out of sight. */
const ETC_ENTRIES = [
  'alternatives', 'ld.so.cache', 'ld.so.conf', 'ld.so.conf.d', 'localtime', 'timezone', 'nsswitch.conf',
  'bash.bashrc', 'profile', 'inputrc', 'terminfo', 'magic', 'magic.mime', 'mime.types', 'ssl',
  'ca-certificates', 'protocols', 'services', 'python3', 'python3.11', 'os-release', 'debian_version',
  'host.conf', 'gai.conf', 'locale.alias', 'environment', 'shells',
];
const TOP_LEVEL = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32'];

/**
 * Read-only view of the host's system: /usr and its merged-/usr symlinks, a few files of /etc,
 * and a made-up passwd/group naming the sandbox user. No /root, /home, /work, /var or /opt.
 */
export function systemMounts(): Mount[] {
  const mounts: Mount[] = [{ kind: 'ro', host: '/usr', path: '/usr' }];
  for (const name of TOP_LEVEL) {
    const p = `/${name}`;
    if (!existsSync(p)) continue;
    const st = lstatSync(p);
    mounts.push(st.isSymbolicLink() ? { kind: 'symlink', target: readlinkSync(p), path: p } : { kind: 'ro', host: p, path: p });
  }
  for (const e of ETC_ENTRIES) {
    const p = path.join('/etc', e);
    if (existsSync(p)) mounts.push({ kind: 'ro', host: p, path: p });
  }
  const ids = identityFiles();
  mounts.push({ kind: 'ro', host: ids.passwd, path: '/etc/passwd' }, { kind: 'ro', host: ids.group, path: '/etc/group' });
  return mounts;
}

let identity: { passwd: string; group: string } | undefined;

function identityFiles(): { passwd: string; group: string } {
  if (identity) return identity;
  const dir = path.join(dataHome(), 'sandbox-etc');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const base = Number(process.env.MIRRORCODE_UID_BASE ?? 61000);
  const users = ['root:x:0:0:root:/root:/usr/sbin/nologin', 'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin'];
  const groups = ['root:x:0:', 'nogroup:x:65534:'];
  for (let i = 0; i < 64; i++) {
    users.push(`sandbox${i}:x:${base + i}:${base + i}:sandbox:/tmp:/bin/bash`);
    groups.push(`sandbox${i}:x:${base + i}:`);
  }
  const passwd = path.join(dir, 'passwd');
  const group = path.join(dir, 'group');
  writeFileSync(passwd, users.join('\n') + '\n', { mode: 0o644 });
  writeFileSync(group, groups.join('\n') + '\n', { mode: 0o644 });
  identity = { passwd, group };
  return identity;
}

export const SANDBOX_PATH = '/usr/local/bin:/usr/bin:/bin';

const BIN_DIRS = ['/usr/local/bin', '/usr/bin', '/usr/sbin', '/usr/games'];
const LIB_DIRS = ['/usr/lib/x86_64-linux-gnu', '/lib/x86_64-linux-gnu', '/usr/lib'];

/** Where the host has the target's own program: under its names, and the same file under other names. */
export interface HostCopies {
  /** Under the command's or the binary's name (numfmt from coreutils): the agent gets the oracle there. */
  named: string[];
  /** The same program under another name (bunzip2 and bzcat are hard links of bzip2; a renamed copy). */
  aliases: string[];
}

const copiesCache = new Map<string, HostCopies>();

/**
 * The host's copies of the target's program, to be hidden from agents and solutions. Aliases are
 * found by inode or, for files of the same size, by content, so a solution cannot run the real
 * program under another name. Memoised: the bin folders do not change while mirrorcode runs.
 */
export function hostCopies(command: string, binaryPath: string, dirs: readonly string[] = BIN_DIRS): HostCopies {
  const key = `${command}\0${binaryPath}\0${dirs.join('\0')}`;
  const hit = copiesCache.get(key);
  if (hit) return hit;
  const names = new Set([command, path.basename(binaryPath)]);
  const named: string[] = [];
  for (const dir of dirs) for (const n of names) if (existsSync(path.join(dir, n))) named.push(path.join(dir, n));
  const originals = named.map((p) => ({ st: statSync(p), sha: '' })).filter((o) => o.st.isFile());
  const aliases: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const p = path.join(dir, entry);
      if (named.includes(p)) continue;
      let st: Stats;
      try {
        st = lstatSync(p);
      } catch {
        continue;
      }
      if (!st.isFile()) continue; // symlinks to a masked copy resolve to the mask
      const same = originals.some((o) => {
        if (o.st.dev === st.dev && o.st.ino === st.ino) return true;
        if (o.st.size !== st.size) return false;
        o.sha ||= sha256(readFileSync(named[originals.indexOf(o)]!));
        return sha256(readFileSync(p)) === o.sha;
      });
      if (same) aliases.push(p);
    }
  }
  const found = { named, aliases };
  copiesCache.set(key, found);
  return found;
}

/**
 * Shared libraries the host has installed from the reference's own packages (libbz2 for bzip2,
 * libsqlite3 for sqlite3, libsmartcols for column). The program's behaviour lives there, so a
 * solution must not reach it, through a language binding (Python's bz2, sqlite3) or by loading it.
 * Read from dpkg's file lists, so only what the host really installed from those packages counts.
 */
export function hostLibraries(packages: readonly string[], dpkgInfo = '/var/lib/dpkg/info'): string[] {
  const out = new Set<string>();
  for (const pkg of packages) {
    for (const list of [`${pkg}.list`, `${pkg}:amd64.list`]) {
      const file = path.join(dpkgInfo, list);
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!LIB_DIRS.includes(path.dirname(line)) || !/\.so(\.\d+)*$/.test(line)) continue;
        if (existsSync(line)) out.add(line);
      }
    }
  }
  return [...out].sort();
}
