import { existsSync, lstatSync, mkdirSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

/** The places where the host may have the target's own program, to be masked. */
export function hostCopies(command: string, binaryPath: string): string[] {
  const names = new Set([command, path.basename(binaryPath)]);
  const out: string[] = [];
  for (const dir of ['/usr/local/bin', '/usr/bin', '/usr/sbin', '/usr/games']) {
    for (const n of names) {
      const p = path.join(dir, n);
      if (existsSync(p)) out.push(p);
    }
  }
  return out;
}
