/**
 * Frames between the oracle client (inside the agent sandbox) and the host-side service:
 * one byte of kind, four bytes of big-endian length, then the payload.
 *   client -> service: H header (JSON: argv, cwd, env), I stdin bytes, E end of stdin
 *   service -> client: O stdout bytes, R stderr bytes, X exit (JSON: exitCode)
 */
export type FrameKind = 'H' | 'I' | 'E' | 'O' | 'R' | 'X';

export const MAX_FRAME = 16 * 1024 * 1024;

export function frame(kind: FrameKind, payload: Buffer | string = Buffer.alloc(0)): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const head = Buffer.alloc(5);
  head.write(kind, 0, 'latin1');
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/**
 * Incremental frame parser: feed it socket chunks, get whole frames back. Chunks are joined once
 * per frame, not once per chunk, so a large frame costs linear time.
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private length = 0;
  push(chunk: Buffer): Array<{ kind: string; payload: Buffer }> {
    this.chunks.push(chunk);
    this.length += chunk.length;
    const out: Array<{ kind: string; payload: Buffer }> = [];
    while (this.length >= 5) {
      const head = this.join(5);
      const len = head.readUInt32BE(1);
      if (len > MAX_FRAME) throw new Error(`frame of ${len} bytes is over the limit`);
      if (this.length < 5 + len) break;
      const whole = this.join(5 + len);
      out.push({ kind: whole.toString('latin1', 0, 1), payload: whole.subarray(5, 5 + len) });
      this.drop(5 + len);
    }
    return out;
  }

  /** The first chunk holding at least n bytes (merging chunks when needed). */
  private join(n: number): Buffer {
    if ((this.chunks[0]?.length ?? 0) < n) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0]!;
  }

  private drop(n: number): void {
    const first = this.chunks[0]!;
    if (first.length > n) this.chunks[0] = first.subarray(n);
    else this.chunks.shift();
    this.length -= n;
  }
}

/**
 * Variables never passed to the reference: the loader's and libc's (they load code or data chosen
 * by the caller: LD_PRELOAD, GCONV_PATH, LOCPATH...), and ours. The same list glibc drops for setuid
 * programs, plus a few.
 */
const UNSAFE = /^(LD_.*|GCONV_PATH|GETCONF_DIR|HOSTALIASES|LOCALDOMAIN|LOCPATH|MALLOC_.*|NIS_PATH|NLSPATH|RESOLV_HOST_CONF|RES_OPTIONS|TMPDIR|TZDIR|GLIBC_TUNABLES|MIRRORCODE_.*|PATH|PWD|OLDPWD|SHLVL|_)$/;

export function safeEnv(env: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (typeof v !== 'string' || UNSAFE.test(k) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) || v.includes('\0')) continue;
    out[k] = v;
  }
  return out;
}
