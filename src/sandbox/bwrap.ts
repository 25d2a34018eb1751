import { lchownSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runtimeAsset } from '../util/assets.js';
import { BwrapWorker } from './bwrap-worker.js';
import { runProcess } from './run-process.js';
import { variationEnv } from './variation.js';
import { SlotPool, cgroupDir, cgroupsAvailable, isRoot, oomKills, setCgroupLimits } from './slots.js';
import type { ExecRequest, ExecResult, Limits, Mount, Sandbox, SandboxSpec, Slot, Worker } from './types.js';

const DEFAULT_MEMORY = 4 * 1024 ** 3;
const DEFAULT_PROCESSES = 256;

/**
 * Sandbox on bubblewrap. As root, each command is started as its slot's unprivileged host uid
 * (bwrap run by root would leave execute-only binaries readable), inside the slot's memory and
 * pids cgroups, with rlimits for CPU time, file size and core dumps. All namespaces are new: no
 * network at all, its own pid namespace (so every process ends with the command), no host paths
 * but those mounted.
 */
export class BwrapSandbox implements Sandbox {
  readonly name = 'bwrap';
  readonly isolated = true;
  private readonly pool = new SlotPool();

  async acquireSlot(): Promise<Slot> {
    return this.pool.acquire();
  }

  releaseSlot(slot: Slot): void {
    this.pool.release(slot);
  }

  chownToSlot(hostPath: string, slot: Slot): void {
    if (!isRoot) return;
    chownTree(hostPath, slot.uid, slot.gid);
  }

  async exec(req: ExecRequest): Promise<ExecResult> {
    const slot = req.slot ?? this.pool.acquire();
    try {
      return await this.execAs(slot, req);
    } finally {
      if (!req.slot) this.pool.release(slot);
    }
  }

  private async execAs(slot: Slot, req: ExecRequest): Promise<ExecResult> {
    const { file, args } = launchChain(slot, req.spec, ['--as-pid-1', ...bwrapArgs(req.spec, slot, req)], commandArgv(req), req.limits);
    const oomBefore = oomKills(slot.uid);
    const result = await runProcess({ file, args, env: HOST_ENV, killChildrenFirst: true }, req);
    result.outOfMemory = oomKills(slot.uid) > oomBefore;
    return result;
  }

  async openWorker(spec: SandboxSpec, slot: Slot): Promise<Worker> {
    const runner = '/opt/mirrorcode/worker.py';
    const withRunner: SandboxSpec = { ...spec, mounts: [...spec.mounts, { kind: 'ro', host: runtimeAsset('worker.py'), path: runner }] };
    // The runner is pid 1 of the sandbox (no bwrap reaper), so it can end every other process.
    const flags = ['--as-pid-1', ...bwrapArgs(withRunner, slot, {})];
    const limits = { wallMs: 0, memoryBytes: WORKER_MEMORY, processes: DEFAULT_PROCESSES };
    const { file, args } = launchChain(slot, withRunner, flags, ['/usr/bin/python3', '-I', '-S', runner], limits);
    return new BwrapWorker({ file, args, cwd: spec.cwd, env: spec.env, oomKills: () => oomKills(slot.uid) });
  }
}

const HOST_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
const WORKER_MEMORY = 2 * 1024 ** 3;

/**
 * The host command line that starts bwrap for a slot: join the slot's cgroups (as root, before
 * anything forks), set rlimits, drop to the slot's uid, then bwrap.
 */
function launchChain(slot: Slot, spec: SandboxSpec, flags: string[], argv: string[], limits: Limits): { file: string; args: string[] } {
  const useCgroups = cgroupsAvailable();
  const rlimits = [`--core=0`, `--nofile=4096`];
  if (limits.cpuSeconds) rlimits.push(`--cpu=${limits.cpuSeconds}`);
  if (limits.fileBytes) rlimits.push(`--fsize=${limits.fileBytes}`);
  if (!useCgroups) {
    rlimits.push(`--nproc=${limits.processes ?? DEFAULT_PROCESSES}`);
    if (limits.memoryBytes) rlimits.push(`--as=${limits.memoryBytes}`);
  }
  const dropUid = isRoot ? ['setpriv', `--reuid=${slot.uid}`, `--regid=${slot.gid}`, '--clear-groups', '--'] : [];
  const chain = ['prlimit', ...rlimits, '--', ...dropUid, 'bwrap', ...flags, '--', ...argv];
  if (!useCgroups) return { file: chain[0] as string, args: chain.slice(1) };
  setCgroupLimits(slot.uid, limits.memoryBytes ?? DEFAULT_MEMORY, limits.processes ?? DEFAULT_PROCESSES);
  const join = `echo $$ > ${cgroupDir('memory', slot.uid)}/cgroup.procs && echo $$ > ${cgroupDir('pids', slot.uid)}/cgroup.procs && exec "$@"`;
  return { file: '/bin/sh', args: ['-c', join, 'sh', ...chain] };
}

/**
 * The sandbox's pid 1: a shell that runs the command as an ordinary child (so the command keeps
 * normal signal behaviour) and exits with its status. When pid 1 exits the kernel kills every
 * other process of the namespace and reaps them before bwrap (which waits for pid 1) returns:
 * nothing outlives the command, not even a zombie. stdin is handed over on fd 3 because an
 * asynchronous list would otherwise read /dev/null; wait's own report of a signal death is silenced.
 */
const PID1 = 'exec 3<&0; "$@" <&3 3<&- & wait $! 2>/dev/null';

function commandArgv(req: ExecRequest): string[] {
  const burn = req.variation?.burnPids ?? 0;
  // Throwaway processes first, so the command gets another pid than usual (stability checks).
  const pre = burn > 0 ? `i=0; while [ $i -lt ${burn} ]; do /bin/true; i=$((i+1)); done; ` : '';
  return ['/bin/sh', '-c', pre + PID1, 'sh', ...req.argv];
}

export function bwrapArgs(spec: SandboxSpec, slot: Slot, req: Pick<ExecRequest, 'stdio' | 'variation'>): string[] {
  const a: string[] = [
    '--unshare-user',
    '--unshare-ipc',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-uts',
    '--unshare-cgroup',
    '--disable-userns',
    '--die-with-parent',
    '--uid', String(slot.uid),
    '--gid', String(slot.gid),
    '--hostname', 'sandbox',
    '--cap-drop', 'ALL',
    '--dev', '/dev',
  ];
  // A new session keeps a command from pushing keystrokes into the caller's terminal; an
  // interactive shell needs the terminal, so it keeps the session.
  if (req.stdio !== 'inherit') a.push('--new-session');
  if (spec.proc) a.push('--proc', '/proc');
  for (const m of spec.mounts) a.push(...mountArgs(m));
  a.push('--clearenv');
  const env = { ...spec.env, ...variationEnv(req.variation) };
  for (const [k, v] of Object.entries(env)) a.push('--setenv', k, v);
  a.push('--chdir', spec.cwd);
  return a;
}

function mountArgs(m: Mount): string[] {
  switch (m.kind) {
    case 'ro':
      return ['--ro-bind', m.host, m.path];
    case 'rw':
      return ['--bind', m.host, m.path];
    case 'tmpfs':
      return m.sizeBytes ? ['--size', String(m.sizeBytes), '--tmpfs', m.path] : ['--tmpfs', m.path];
    case 'symlink':
      return ['--symlink', m.target, m.path];
    case 'mask':
      return ['--ro-bind', '/dev/null', m.path];
    case 'chmod':
      return ['--chmod', m.mode.toString(8), m.path];
  }
}

function chownTree(p: string, uid: number, gid: number): void {
  const st = lstatSync(p);
  lchownSync(p, uid, gid);
  if (st.isDirectory()) for (const e of readdirSync(p)) chownTree(path.join(p, e), uid, gid);
}
