import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import { PassThrough } from 'node:stream';
import type { Reference } from '../reference/store.js';
import { referenceProgram } from '../sandbox/profiles.js';
import { SANDBOX_PATH, systemMounts } from '../sandbox/system-root.js';
import type { Limits, Mount, Sandbox, Slot } from '../sandbox/types.js';
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
  /**
   * Memory and process caps of the slot's cgroups. The reference runs in the agent's slot, so these
   * are the session's own: a reference run must not change the caps of the agent's command it
   * runs beside (nor fail because that command already uses more than a smaller cap).
   */
  cgroupLimits?: Pick<Limits, 'memoryBytes' | 'processes'>;
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
  private readonly sockets = new Set<net.Socket>();
  invocations = 0;

  constructor(private readonly o: OracleOptions) {}

  async start(): Promise<void> {
    rmSync(this.o.socketPath, { force: true });
    const server = net.createServer((sock) => this.handle(sock));
    // Each connection may buffer up to one frame (MAX_FRAME): bound how many there are at once.
    server.maxConnections = 4 * (this.o.maxConcurrent ?? 4);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.o.socketPath, () => resolve());
    });
    chmodSync(this.o.socketPath, 0o666);
    this.server = server;
  }

  /**
   * Resolves once no reference runs (or after `timeoutMs`). After an agent command ends, its
   * clients are gone and their references are being stopped: waiting here means nothing the
   * command started is still running when the command's result is handed back.
   */
  async idle(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.running > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  }

  async stop(): Promise<void> {
    for (const a of this.aborts) a.abort();
    const s = this.server;
    this.server = null;
    // A connection the service stopped reading (stdin backpressure) would keep close() waiting.
    for (const sock of this.sockets) sock.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    rmSync(this.o.socketPath, { force: true });
  }

  private handle(sock: net.Socket): void {
    const reader = new FrameReader();
    const stdin = new PassThrough();
    const abort = new AbortController();
    let started = false;
    let done = false;
    this.sockets.add(sock);
    const send = (kind: 'O' | 'R' | 'X', payload: Buffer | string): void => {
      if (!sock.destroyed && !sock.writableEnded) sock.write(frame(kind, payload));
    };
    // Ends the connection: nothing more is read from it (a paused socket is resumed so its end is seen).
    const finish = (): void => {
      done = true;
      stdin.destroy();
      sock.resume();
      sock.end();
    };
    const fail = (message: string, code = 126): void => {
      send('R', `${this.o.target.manifest.command}: ${message}\n`);
      send('X', JSON.stringify({ exitCode: code }));
      finish();
    };
    // Frames out of order (stdin after its end, after the reference exited) are the client's
    // problem, never an error thrown in the harness.
    stdin.on('error', () => {});
    // The client may send stdin faster than the reference reads it: stop reading the socket until
    // the reference has taken what is buffered, so memory stays bounded.
    stdin.on('drain', () => {
      if (!done) sock.resume();
    });
    sock.on('error', () => abort.abort());
    sock.on('close', () => {
      this.sockets.delete(sock);
      stdin.end();
      abort.abort();
    });
    sock.on('data', (chunk: Buffer) => {
      if (done) return;
      let frames;
      try {
        frames = reader.push(chunk);
      } catch (err) {
        fail(`bad request: ${errorMessage(err)}`);
        return;
      }
      for (const f of frames) {
        if (done) return;
        if (f.kind === 'H' && !started) {
          started = true;
          const header = parseHeader(f.payload);
          if (!header) return fail('bad request header');
          if (this.running >= (this.o.maxConcurrent ?? 4)) return fail('too many reference invocations at once');
          this.invoke(header, stdin, abort, send).then(finish, (err: unknown) => fail(`internal error: ${errorMessage(err)}`));
        } else if (f.kind === 'I') {
          if (!stdin.writableEnded && !stdin.destroyed && !stdin.write(f.payload)) sock.pause();
        } else if (f.kind === 'E') {
          if (!stdin.writableEnded) stdin.end();
        }
      }
    });
  }

  private async invoke(h: Header, stdin: PassThrough, abort: AbortController, send: (k: 'O' | 'R' | 'X', p: Buffer | string) => void): Promise<void> {
    this.running++;
    this.invocations++;
    this.aborts.add(abort);
    try {
      const { manifest } = this.o.target;
      const program = referenceProgram(manifest, this.o.reference);
      const mounts: Mount[] = [...systemMounts(), ...program.mounts, ...this.o.shared.map((s): Mount => ({ kind: 'rw', host: s.host, path: s.path }))];
      const outputBytes = this.o.outputBytes ?? 64 * 1024 * 1024;
      const r = await this.o.sandbox.exec({
        spec: { mounts, env: { ...safeEnv(h.env), PATH: `${program.binDir}:${SANDBOX_PATH}` }, cwd: h.cwd, proc: false },
        argv: [manifest.command, ...h.argv],
        stdin,
        limits: {
          wallMs: this.o.wallMs ?? 60_000,
          cpuSeconds: 120,
          memoryBytes: this.o.cgroupLimits?.memoryBytes ?? 2 * 1024 ** 3,
          processes: this.o.cgroupLimits?.processes ?? 64,
          fileBytes: 256 * 1024 * 1024,
          outputBytes,
        },
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
