import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDataHome } from '../src/reference/store.js';

/** A temp folder inside the data home: its parents are traversable by sandbox uids. */
export function tempDir(prefix: string): string {
  const base = path.join(ensureDataHome(), 'test-tmp');
  mkdirSync(base, { recursive: true, mode: 0o711 });
  const dir = mkdtempSync(path.join(base, `${prefix}-`));
  chmodSync(dir, 0o711);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface HostProc {
  pid: number;
  ppid: number;
  name: string;
  state: string;
  exe: string;
  cmdline: string;
}

/** Host processes whose real uid is `uid` (a /proc scan, so zombies and other namespaces count). */
export function hostProcsOfUid(uid: number): HostProc[] {
  const out: HostProc[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const status = readFileSync(`/proc/${e}/status`, 'utf8');
      const m = /^Uid:\s+(\d+)/m.exec(status);
      if (!m || Number(m[1]) !== uid) continue;
      let exe = '';
      try {
        exe = readlinkSync(`/proc/${e}/exe`);
      } catch {
        /* zombie or gone */
      }
      out.push({
        pid: Number(e),
        ppid: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0),
        name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '',
        state: /^State:\s+(\S)/m.exec(status)?.[1] ?? '?',
        exe,
        cmdline: readFileSync(`/proc/${e}/cmdline`, 'utf8').replace(/\0/g, ' ').trim(),
      });
    } catch {
      /* exited while scanning */
    }
  }
  return out;
}
