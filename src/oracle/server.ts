import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import { PassThrough } from 'node:stream';
import type { Reference } from '../reference/store.js';
import { referenceProgram } from '../sandbox/profiles.js';
import { SANDBOX_PATH, systemMounts } from '../sandbox/system-root.js';
import type { Mount, Sandbox, Slot } from '../sandbox/types.js';
import type { Target } from '../targets/target.js';
import { errorMessage } from '../util/errors.js';
import { FrameReader, frame, safeEnv } from './protocol.js';

export interface OracleOptions {
  sandbox: Sandbox;
  slot: Slot;
  target: Target;
  reference: Reference;
  /** Folders the agent shares with the reference, mounted at the same paths in both sandboxes. */
  shared: Array<{ host: string; path: string }>;
  socketPath: string;
  wallMs?: number;
  outputBytes?: number;
  maxConcurrent?: number;
}

interface Header {
  argv: string[];
  cwd: string;
  env: Record<string, unknown>;
}

function parseHeader(payload: Buffer): Header | null {
  try {
    const h = JSON.parse(payload.toString('utf8')) as Partial<Header>;
    if (!Array.isArray(h.argv) || !h.argv.every((a) => typeof a === 'string' && !a.includes('\0'))) return null;
    if (typeof h.cwd !== 'string' || !h.cwd.startsWith('/')) return null;
    return { argv: h.argv, cwd: h.cwd, env: typeof h.env === 'object' && h.env ? h.env : {} };
  } catch {
    return null;
  }
}

/**
 * The host side of the reference oracle. Each connection is one invocation: the reference runs in
 * its own sandbox (no /proc, execute-only binary, no network, loader variables dropped) as the
 * agent's uid, with the agent's workspace and /tmp at the same paths, streaming output back.
 */
export class OracleServer {
  private server: net.Server | null = null;
  private running = 0;
  private readonly aborts = new Set<AbortController>();
  invocations = 0;

  constructor(private readonly o: OracleOptions) {}

  async start(): Promise<void> {
    rmSync(this.o.socketPath, { force: true });
    const server = net.createServer((sock) => this.handle(sock));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.o.socketPath, () => resolve());
    });
    chmodSync(this.o.socketPath, 0o666);
    this.server = server;
  }

  async stop(): Promise<void> {
    for (const a of this.aborts) a.abort();
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    rmSync(this.o.socketPath, { force: true });
  }

  private handle(sock: net.Socket): void {
    const reader = new FrameReader();
    const stdin = new PassThrough();
    const abort = new AbortController();
    let started = false;
    const send = (kind: 'O' | 'R' | 'X', payload: Buffer | string): void => {
      if (!sock.destroyed) sock.write(frame(kind, payload));
    };
    const fail = (message: string, code = 126): void => {
      send('R', `${this.o.target.manifest.command}: ${message}\n`);
      send('X', JSON.stringify({ exitCode: code }));
      sock.end();
    };
    sock.on('error', () => abort.abort());
    sock.on('close', () => {
      stdin.end();
      abort.abort();
    });
    sock.on('data', (chunk: Buffer) => {
      let frames;
      try {
        frames = reader.push(chunk);
      } catch (err) {
        fail(`bad request: ${errorMessage(err)}`);
        return;
      }
      for (const f of frames) {
        if (f.kind === 'H' && !started) {
          started = true;
          const header = parseHeader(f.payload);
          if (!header) return fail('bad request header');
          if (this.running >= (this.o.maxConcurrent ?? 4)) return fail('too many reference invocations at once');
          void this.invoke(header, stdin, abort, send).then(() => sock.end());
        } else if (f.kind === 'I') stdin.write(f.payload);
        else if (f.kind === 'E') stdin.end();
      }
    });
  }

  private async invoke(h: Header, stdin: PassThrough, abort: AbortController, send: (k: 'O' | 'R' | 'X', p: Buffer | string) => void): Promise<void> {
    this.running++;
    this.invocations++;
    this.aborts.add(abort);
    try {
      const { manifest } = this.o.target;
      const program = referenceProgram(manifest, this.o.reference.binary);
      const mounts: Mount[] = [...systemMounts(), ...program.mounts, ...this.o.shared.map((s): Mount => ({ kind: 'rw', host: s.host, path: s.path }))];
      const outputBytes = this.o.outputBytes ?? 64 * 1024 * 1024;
      const r = await this.o.sandbox.exec({
        spec: { mounts, env: { ...safeEnv(h.env), PATH: `${program.binDir}:${SANDBOX_PATH}` }, cwd: h.cwd, proc: false },
        argv: [manifest.command, ...h.argv],
        stdin,
        limits: { wallMs: this.o.wallMs ?? 60_000, cpuSeconds: 120, memoryBytes: 2 * 1024 ** 3, processes: 64, fileBytes: 256 * 1024 * 1024, outputBytes },
        slot: this.o.slot,
        abort: abort.signal,
        onOutput: (stream, chunk) => send(stream === 'stdout' ? 'O' : 'R', chunk),
      });
      if (r.timedOut) send('R', `\n[mirrorcode: the reference was stopped after ${(this.o.wallMs ?? 60_000) / 1000} s]\n`);
      if (r.outputExceeded) send('R', `\n[mirrorcode: the reference was stopped: output over ${outputBytes} bytes]\n`);
      send('X', JSON.stringify({ exitCode: r.exitCode }));
    } finally {
      this.aborts.delete(abort);
      this.running--;
    }
  }
}
