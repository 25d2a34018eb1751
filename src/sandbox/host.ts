import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runProcess } from './run-process.js';
import type { ExecRequest, ExecResult, Mount, Sandbox, SandboxSpec, Slot, Worker } from './types.js';

/**
 * Runs commands straight on the host, translating the spec's mount paths to host paths. It
 * contains nothing (isolated = false): it is the bare baseline benchmarks compare the real
 * sandbox with. It passes the shared worker contract, not the sandbox contract (it sees the
 * host, and PATH is rewritten to host paths).
 */
export class HostSandbox implements Sandbox {
  readonly name = 'host';
  readonly isolated = false;

  async acquireSlot(): Promise<Slot> {
    return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  }
  releaseSlot(): void {}
  chownToSlot(): void {}

  async openWorker(spec: SandboxSpec): Promise<Worker> {
    return {
      run: (r) => this.exec({ spec: { ...spec, env: { ...spec.env, ...r.env } }, argv: r.argv, stdin: r.stdin, limits: r.limits }),
      close: async () => {},
    };
  }

  async exec(req: ExecRequest): Promise<ExecResult> {
    const temps: string[] = [];
    const mounts = req.spec.mounts.map((m): Mount => {
      if (m.kind !== 'tmpfs') return m;
      const dir = mkdtempSync(path.join(tmpdir(), 'mirrorcode-host-'));
      temps.push(dir);
      return { kind: 'rw', host: dir, path: m.path };
    });
    try {
      const translate = (p: string): string => translatePath(mounts, p);
      const envPath = req.spec.env.PATH ?? '/usr/bin:/bin';
      const hostPath = envPath.split(':').map(translate).join(':');
      const cmd = req.argv[0] ?? '';
      const file = cmd.includes('/') ? translate(cmd) : (envPath.split(':').map((d) => translate(path.join(d, cmd))).find((p) => existsSync(p)) ?? cmd);
      return await runProcess(
        { file, args: req.argv.slice(1), argv0: cmd, cwd: translate(req.spec.cwd), env: { ...req.spec.env, PATH: hostPath } },
        req,
      );
    } finally {
      for (const t of temps) rmSync(t, { recursive: true, force: true });
    }
  }
}

/** Host path for a path inside the spec: the longest mount containing it, following symlink mounts. */
export function translatePath(mounts: readonly Mount[], p: string, depth = 0): string {
  let best: Mount | undefined;
  for (const m of mounts) {
    if (m.kind === 'mask' || m.kind === 'chmod') continue;
    if (p === m.path || p.startsWith(m.path.endsWith('/') ? m.path : `${m.path}/`)) {
      if (!best || m.path.length >= best.path.length) best = m;
    }
  }
  if (!best) return p;
  if (best.kind === 'symlink') {
    if (depth > 8 || p !== best.path) return p;
    return translatePath(mounts, path.resolve(path.dirname(best.path), best.target), depth + 1);
  }
  if (best.kind === 'ro' || best.kind === 'rw') return best.host + p.slice(best.path.length);
  return p;
}
