import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmdirSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';
import type { Slot } from './types.js';

const UID_BASE = Number(process.env.MIRRORCODE_UID_BASE ?? 61000);
const UID_COUNT = 64;
const CGROUP_ROOT = '/sys/fs/cgroup';
const CONTROLLERS = ['memory', 'pids'] as const;

export const isRoot = process.getuid?.() === 0;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Hands out host uids, one per concurrent sandbox, across processes (lock files hold the owner's
 * pid, so a crashed owner's uid is reclaimed). One uid per slot because RLIMIT_NPROC and file
 * ownership are per uid, and a binary that is execute-only must run as a uid that does not own it.
 */
export class SlotPool {
  private readonly held = new Set<number>();
  private readonly lockDir: string;

  constructor(lockDir = isRoot ? '/run/mirrorcode/slots' : path.join('/tmp', `mirrorcode-slots-${process.getuid?.()}`)) {
    this.lockDir = lockDir;
    mkdirSync(lockDir, { recursive: true });
  }

  acquire(): Slot {
    if (!isRoot) {
      // Without root there is one uid: ours. Isolation then rests on bwrap alone.
      const uid = process.getuid?.() ?? 0;
      return { uid, gid: process.getgid?.() ?? 0 };
    }
    for (let uid = UID_BASE; uid < UID_BASE + UID_COUNT; uid++) {
      if (this.held.has(uid)) continue;
      const file = path.join(this.lockDir, `${uid}.lock`);
      if (this.tryLock(file)) {
        this.held.add(uid);
        prepareCgroups(uid);
        return { uid, gid: uid };
      }
    }
    throw new UserError(`all ${UID_COUNT} sandbox uids are in use (lock files in ${this.lockDir})`);
  }

  release(slot: Slot): void {
    if (!this.held.delete(slot.uid)) return;
    killCgroup(slot.uid);
    try {
      unlinkSync(path.join(this.lockDir, `${slot.uid}.lock`));
    } catch {
      /* already gone */
    }
  }

  private tryLock(file: string): boolean {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return true;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const owner = Number(readFileSync(file, 'utf8').trim());
        if (owner && alive(owner)) return false;
        try {
          unlinkSync(file); // stale: its owner died
        } catch {
          return false;
        }
      }
    }
    return false;
  }
}

export function cgroupsAvailable(): boolean {
  return isRoot && CONTROLLERS.every((c) => existsSync(path.join(CGROUP_ROOT, c, 'cgroup.procs')));
}

export function cgroupDir(controller: (typeof CONTROLLERS)[number], uid: number): string {
  return path.join(CGROUP_ROOT, controller, 'mirrorcode', String(uid));
}

function prepareCgroups(uid: number): void {
  if (!cgroupsAvailable()) return;
  for (const c of CONTROLLERS) mkdirSync(cgroupDir(c, uid), { recursive: true });
  killCgroup(uid);
}

/** Kills whatever still runs in a slot's cgroup: normally nothing, as pid namespaces end with their command. */
export function killCgroup(uid: number): void {
  if (!cgroupsAvailable()) return;
  const procs = path.join(cgroupDir('pids', uid), 'cgroup.procs');
  for (let round = 0; round < 50; round++) {
    let pids: number[];
    try {
      pids = readFileSync(procs, 'utf8').split('\n').filter(Boolean).map(Number);
    } catch {
      return;
    }
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
}

/** Sets a slot's memory and process caps; written only when they change. */
export function setCgroupLimits(uid: number, memoryBytes: number, processes: number): void {
  if (!cgroupsAvailable()) return;
  writeIfChanged(path.join(cgroupDir('memory', uid), 'memory.limit_in_bytes'), String(memoryBytes));
  writeIfChanged(path.join(cgroupDir('pids', uid), 'pids.max'), String(processes));
}

function writeIfChanged(file: string, value: string): void {
  try {
    if (readFileSync(file, 'utf8').trim() === value) return;
  } catch {
    /* write below */
  }
  writeFileSync(file, value);
}

/** Number of OOM kills in a slot's memory cgroup so far (cgroup v1 memory.oom_control). */
export function oomKills(uid: number): number {
  if (!cgroupsAvailable()) return 0;
  try {
    const m = /oom_kill (\d+)/.exec(readFileSync(path.join(cgroupDir('memory', uid), 'memory.oom_control'), 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function removeCgroups(uid: number): void {
  for (const c of CONTROLLERS) {
    try {
      rmdirSync(cgroupDir(c, uid));
    } catch {
      /* busy or absent */
    }
  }
}
