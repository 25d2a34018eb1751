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

/** Incremental frame parser: feed it socket chunks, get whole frames back. */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  push(chunk: Buffer): Array<{ kind: string; payload: Buffer }> {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const out: Array<{ kind: string; payload: Buffer }> = [];
    while (this.buf.length >= 5) {
      const len = this.buf.readUInt32BE(1);
      if (len > MAX_FRAME) throw new Error(`frame of ${len} bytes is over the limit`);
      if (this.buf.length < 5 + len) break;
      out.push({ kind: this.buf.toString('latin1', 0, 1), payload: this.buf.subarray(5, 5 + len) });
      this.buf = this.buf.subarray(5 + len);
    }
    return out;
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
