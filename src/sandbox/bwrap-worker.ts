import { spawn, type ChildProcess } from 'node:child_process';
import type { ExecResult, Worker, WorkerRun } from './types.js';
import { variationEnv } from './variation.js';

export interface WorkerLaunch {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Out-of-memory kills so far in the worker's cgroup, to tell an OOM death from others. */
  oomKills: () => number;
}

const WATCHDOG_SLACK_MS = 15_000;

/**
 * Host side of assets/worker.py: sends one command at a time, reads its result. If the worker
 * dies (killed for memory, watchdog), the command in flight gets a failed result and the next
 * command starts a fresh worker, so one bad test cannot take the others down with it.
 */
export class BwrapWorker implements Worker {
  private proc: ChildProcess | null = null;
  private buf: Buffer = Buffer.alloc(0);
  private pending: { resolve: (r: ExecResult) => void; started: number; timer: NodeJS.Timeout; watchdogFired: boolean; oomBefore: number } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private stderrTail = '';
  private closed = false;

  constructor(private readonly launch: WorkerLaunch) {}

  run(r: WorkerRun): Promise<ExecResult> {
    const next = this.queue.then(() => this.runNow(r));
    this.queue = next.catch(() => {});
    return next;
  }

  private ensure(): ChildProcess {
    if (this.proc) return this.proc;
    const p = spawn(this.launch.file, this.launch.args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } });
    this.buf = Buffer.alloc(0);
    p.stdout!.on('data', (c: Buffer) => this.onData(c));
    p.stderr!.on('data', (c: Buffer) => (this.stderrTail = (this.stderrTail + c.toString()).slice(-2000)));
    p.stdin!.on('error', () => {});
    p.on('close', () => this.onExit(p));
    this.proc = p;
    return p;
  }

  private runNow(r: WorkerRun): Promise<ExecResult> {
    if (this.closed) throw new Error('worker is closed');
    const p = this.ensure();
    const header = Buffer.from(
      JSON.stringify({
        argv: r.argv,
        env: { ...this.launch.env, ...r.env, ...variationEnv(r.variation) },
        cwd: this.launch.cwd,
        wallMs: r.limits.wallMs,
        cpuSeconds: r.limits.cpuSeconds,
        fileBytes: r.limits.fileBytes,
        outputBytes: r.limits.outputBytes,
        burnPids: r.variation?.burnPids ?? 0,
      }),
    );
    const stdin = r.stdin ?? Buffer.alloc(0);
    const len = (n: number): Buffer => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(n);
      return b;
    };
    return new Promise((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        if (this.pending) this.pending.watchdogFired = true;
        this.kill();
      }, r.limits.wallMs + WATCHDOG_SLACK_MS);
      this.pending = { resolve, started, timer, watchdogFired: false, oomBefore: this.launch.oomKills() };
      p.stdin!.write(Buffer.concat([len(header.length), header, len(stdin.length), stdin]));
    });
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    if (this.buf.length < 4 || !this.pending) return;
    const hlen = this.buf.readUInt32BE(0);
    if (this.buf.length < 4 + hlen) return;
    const h = JSON.parse(this.buf.toString('utf8', 4, 4 + hlen)) as { exitCode: number; timedOut: boolean; outputExceeded: boolean; stdoutLen: number; stderrLen: number };
    const end = 4 + hlen + h.stdoutLen + h.stderrLen;
    if (this.buf.length < end) return;
    const stdout = Buffer.from(this.buf.subarray(4 + hlen, 4 + hlen + h.stdoutLen));
    const stderr = Buffer.from(this.buf.subarray(4 + hlen + h.stdoutLen, end));
    this.buf = this.buf.subarray(end);
    const pend = this.pending;
    this.pending = null;
    clearTimeout(pend.timer);
    pend.resolve({
      exitCode: h.exitCode,
      stdout,
      stderr,
      timedOut: h.timedOut,
      outputExceeded: h.outputExceeded,
      outOfMemory: this.launch.oomKills() > pend.oomBefore,
      wallMs: performance.now() - pend.started,
    });
  }

  private onExit(p: ChildProcess): void {
    if (this.proc === p) this.proc = null;
    const pend = this.pending;
    if (!pend) return;
    this.pending = null;
    clearTimeout(pend.timer);
    const oom = this.launch.oomKills() > pend.oomBefore;
    pend.resolve({
      exitCode: 137,
      stdout: Buffer.alloc(0),
      stderr: Buffer.from(oom || pend.watchdogFired ? '' : `mirrorcode: the sandbox worker died: ${this.stderrTail.trim().split('\n').pop() ?? ''}\n`),
      timedOut: pend.watchdogFired,
      outputExceeded: false,
      outOfMemory: oom,
      wallMs: performance.now() - pend.started,
    });
  }

  private kill(): void {
    const pid = this.proc?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    const p = this.proc;
    if (!p) return;
    const exited = new Promise<void>((resolve) => p.once('close', () => resolve()));
    p.stdin!.end();
    const t = setTimeout(() => this.kill(), 2000);
    await exited;
    clearTimeout(t);
  }
}
