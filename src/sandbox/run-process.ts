import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import type { ExecRequest, ExecResult } from './types.js';

export interface ProcessLaunch {
  file: string;
  args: string[];
  argv0?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** On timeout or abort, kill the launched process's children before the process itself. */
  killChildrenFirst?: boolean;
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Runs one host process with the request's stdin, output cap and wall-time limit, and always
 * resolves (never rejects) with what happened. Shared by every Sandbox implementation.
 */
export function runProcess(launch: ProcessLaunch, req: ExecRequest): Promise<ExecResult> {
  const started = performance.now();
  const interactive = req.stdio === 'inherit';
  const outputCap = req.limits.outputBytes ?? 64 * 1024 * 1024;
  return new Promise((resolve) => {
    const child = spawn(launch.file, launch.args, {
      argv0: launch.argv0,
      cwd: launch.cwd ?? '/',
      env: launch.env ?? {},
      // Own process group, so a timeout kills the whole launch chain; not for a terminal session,
      // where a background group could not read the keyboard.
      detached: !interactive,
      stdio: interactive ? 'inherit' : [req.stdin === 'inherit' ? 'inherit' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let kept = 0;
    let timedOut = false;
    let outputExceeded = false;
    let settled = false;

    let fallback: NodeJS.Timeout | undefined;
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(interactive ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const kill = (): void => {
      if (child.pid === undefined) return;
      // Children first: killing the launched process's children (a sandbox's pid 1) lets it reap
      // them and exit by itself, so nothing is left as a zombie for the host's init to collect.
      // The whole group goes a moment later if that did not end it.
      const children = childPids(child.pid);
      if (launch.killChildrenFirst && children.length) {
        for (const pid of children) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
        fallback ??= setTimeout(killGroup, 2000);
      } else killGroup();
    };
    req.abort?.addEventListener('abort', kill, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, req.limits.wallMs);

    const collect = (stream: 'stdout' | 'stderr', into: Buffer[]) => (chunk: Buffer) => {
      if (outputExceeded) return;
      const room = outputCap - kept;
      if (chunk.length > room) {
        outputExceeded = true;
        if (room > 0) into.push(chunk.subarray(0, room));
        kept = outputCap;
        kill();
        return;
      }
      kept += chunk.length;
      into.push(chunk);
      req.onOutput?.(stream, chunk);
    };
    child.stdout?.on('data', collect('stdout', out));
    child.stderr?.on('data', collect('stderr', err));

    if (child.stdin) {
      child.stdin.on('error', () => {
        /* the command closed its stdin early: normal */
      });
      const input = req.stdin;
      if (input === undefined || input === 'inherit') child.stdin.end();
      else if (Buffer.isBuffer(input)) child.stdin.end(input);
      else input.pipe(child.stdin);
    }

    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (fallback) clearTimeout(fallback);
      req.abort?.removeEventListener('abort', kill);
      const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 127);
      const stderr = Buffer.concat(err);
      resolve({
        exitCode,
        stdout: Buffer.concat(out),
        stderr: spawnError ? Buffer.from(`cannot start ${launch.file}: ${spawnError.message}\n`) : stderr,
        timedOut,
        outputExceeded,
        outOfMemory: false,
        wallMs: performance.now() - started,
      });
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('close', (code, signal) => finish(code, signal));
  });
}
