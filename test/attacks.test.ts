/**
 * The agent sandbox and the reference oracle under attack. Every attempt must fail and the harness
 * must survive it. Runs against real prepared targets (hexyl, cal, numfmt) in agent
 * sessions on fresh, size-capped workspaces.
 *
 * "Leaked" is checked against the real reference's bytes, read on the host from the store:
 * 32-byte high-entropy needles from all over the binary, looked for in raw outputs, in hex text,
 * in hexyl dumps decoded back to bytes, and in every file the agent could write.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { goldPath, preparedDir } from '../src/reference/gold.ts';
import { ensurePrepared } from '../src/reference/prepare.ts';
import { ensureDataHome, storeDir, type Reference } from '../src/reference/store.ts';
import { BwrapSandbox } from '../src/sandbox/bwrap.ts';
import { referenceProgram, solutionProgram, testSpec } from '../src/sandbox/profiles.ts';
import { isRoot } from '../src/sandbox/slots.ts';
import type { ExecResult, Limits } from '../src/sandbox/types.ts';
import { AgentSession } from '../src/session/agent-session.ts';
import { openWorkspace, type Workspace } from '../src/session/workspace.ts';
import { findTarget, type Target } from '../src/targets/target.ts';
import { assetsDir, dataHome, defaultTargetsDir, projectRoot } from '../src/util/paths.ts';
import { hostProcsOfUid, type HostProc } from './helpers.ts';

const MiB = 1024 * 1024;
const WORKSPACE_BYTES = 64 * MiB;
const sandbox = new BwrapSandbox();

// Anything thrown outside a test's own promise chain (e.g. by the oracle's socket handlers) means
// the harness would have crashed: recorded here and asserted on.
const harnessErrors: string[] = [];
const recordError = (err: unknown): void => {
  harnessErrors.push(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
};

// ---------------------------------------------------------------------------------------------
// Secret bytes and leak detection

interface Secret {
  size: number;
  sha256: string;
  needles: Buffer[];
}

/**
 * Common programs and libraries: a needle found in one of them (a table of float constants, code
 * from a shared library) proves nothing, so it is not used.
 */
const COMMON_FILES = [
  process.execPath,
  '/usr/bin/python3.11',
  '/usr/bin/bash',
  '/usr/bin/cat',
  '/usr/bin/ls',
  '/usr/lib/x86_64-linux-gnu/libc.so.6',
  '/usr/lib/x86_64-linux-gnu/libm.so.6',
  '/usr/lib/x86_64-linux-gnu/libstdc++.so.6',
  '/usr/lib/x86_64-linux-gnu/libgcc_s.so.1',
];

function secretOf(file: string): Secret {
  const bytes = readFileSync(file);
  const common = COMMON_FILES.filter((f) => existsSync(f)).map((f) => readFileSync(f));
  const needles: Buffer[] = [];
  for (let k = 1; k <= 32 && needles.length < 24; k++) {
    let off = Math.floor((bytes.length * k) / 34);
    const distinctive = (o: number): boolean => {
      const n = bytes.subarray(o, o + 32);
      return new Set(n).size >= 24 && !common.some((f) => f.includes(n));
    };
    while (off + 32 <= bytes.length && !distinctive(off)) off += 61;
    if (off + 32 <= bytes.length) needles.push(Buffer.from(bytes.subarray(off, off + 32)));
  }
  if (needles.length < 8) throw new Error(`${file}: too few distinctive chunks to look for`);
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), needles };
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** The bytes shown by a hexyl dump (its hex panels), in order; empty when there is no dump. */
function decodeHexyl(out: Buffer): Buffer {
  const bytes: number[] = [];
  for (const line of out.toString('utf8').replace(ANSI, '').split('\n')) {
    const parts = line.split('│');
    if (parts.length < 5 || !/^[0-9a-f]{8}$/.test(parts[1]?.trim() ?? '')) continue;
    for (const tok of (parts[2] ?? '').split(/[\s┊]+/)) if (/^[0-9a-f]{2}$/.test(tok)) bytes.push(parseInt(tok, 16));
  }
  return Buffer.from(bytes);
}

/** Where the secret shows in `out` (raw, hex text, or a hexyl dump), or null. */
function leakIn(secret: Secret, out: Buffer): string | null {
  const hexText = out.toString('latin1').toLowerCase();
  const dump = decodeHexyl(out);
  for (const [i, n] of secret.needles.entries()) {
    if (out.includes(n)) return `raw bytes (needle ${i})`;
    if (hexText.includes(n.toString('hex'))) return `hex text (needle ${i})`;
    if (dump.includes(n)) return `hexyl dump (needle ${i})`;
  }
  if (hexText.includes(secret.sha256)) return 'sha256 of the reference (a copy was hashed)';
  return null;
}

function expectNoLeak(secret: Secret, r: Pick<ExecResult, 'stdout' | 'stderr'>, what: string): void {
  expect(leakIn(secret, r.stdout), `${what}: stdout leaks the reference`).toBeNull();
  expect(leakIn(secret, r.stderr), `${what}: stderr leaks the reference`).toBeNull();
}

/** Every regular file under `dir` (host side) that holds the secret. */
function filesLeaking(secret: Secret, dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e);
      let st;
      try {
        st = lstatSync(p, { throwIfNoEntry: false }); // links are not what the agent wrote
      } catch {
        continue;
      }
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && st.size <= 256 * MiB && leakIn(secret, readFileSync(p))) found.push(p);
    }
  };
  walk(dir);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Host views


const show = (ps: HostProc[]): string => ps.map((p) => `${p.pid} [${p.state}] ${p.name} ${p.exe}`).join('\n');

/** Live processes of the uid, other than a pid-namespace init (bwrap) finishing its exit. */
const liveOf = (uid: number): HostProc[] =>
  hostProcsOfUid(uid).filter((p) => p.state !== 'Z' && !(p.name === 'bwrap' && (p.exe === '' || p.exe === '/usr/bin/bwrap')));

async function waitFor<T>(probe: () => T | undefined | null | false, ms: number, stepMs = 20): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) return undefined;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/** Samples this process's RSS while `work` runs; resolves with the work's result and the peak growth. */
async function withRssPeak<T>(work: () => Promise<T>): Promise<{ value: T; growth: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const t = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, growth: peak - base };
  } finally {
    clearInterval(t);
  }
}

// ---------------------------------------------------------------------------------------------
// Sessions

interface Ctx {
  name: string;
  target: Target;
  reference: Reference;
  secret: Secret;
  session: AgentSession;
  ws: Workspace;
  base: string;
  command: string;
  /** Basename of the reference binary (ncal for cal). */
  binName: string;
  /** Folder in the workspace the tests write helpers into (host path, and sandbox path). */
  kitHost: string;
  kit: string;
}

const tmpBases: string[] = [];

async function openCtx(name: string): Promise<Ctx> {
  ensureDataHome();
  const target = findTarget(name);
  const { reference } = await ensurePrepared(sandbox, target);
  const base = mkdtempSync(path.join(os.tmpdir(), `mirrorcode-attacks-${name}-`));
  chmodSync(base, 0o711);
  tmpBases.push(base);
  const ws = openWorkspace(path.join(base, 'ws'), { bytes: WORKSPACE_BYTES });
  const session = await AgentSession.open(sandbox, target, reference, ws.dir);
  const kitHost = path.join(ws.dir, 'kit');
  mkdirSync(kitHost, { recursive: true });
  chownSync(kitHost, session.slot.uid, session.slot.gid);
  return {
    name,
    target,
    reference,
    secret: secretOf(reference.binary),
    session,
    ws,
    base,
    command: target.manifest.command,
    binName: path.basename(target.manifest.reference.binary),
    kitHost,
    kit: '/workspace/kit',
  };
}

async function closeCtx(c: Ctx | undefined): Promise<void> {
  if (!c) return;
  await c.session.close();
  c.ws.release();
}

function agent(c: Ctx, script: string, opts: { wallMs?: number; limits?: Partial<Limits>; stdin?: Buffer; env?: Record<string, string> } = {}): Promise<ExecResult> {
  return c.session.exec(['/bin/bash', '-c', script], { limits: { wallMs: opts.wallMs ?? 20_000, ...opts.limits }, stdin: opts.stdin, env: opts.env });
}

function writeKit(c: Ctx, file: string, content: string | Buffer, mode = 0o644): string {
  writeFileSync(path.join(c.kitHost, file), content, { mode });
  return `${c.kit}/${file}`;
}

/** The reference run directly (not through the agent sandbox) on one file, as the oracle would. */
async function referenceOutput(c: Ctx, argv: string[], files: Record<string, Buffer>, env: Record<string, string>, stdin?: Buffer): Promise<ExecResult> {
  const work = mkdtempSync(path.join(c.base, 'direct-'));
  chmodSync(work, 0o755);
  const slot = await sandbox.acquireSlot();
  try {
    for (const [f, b] of Object.entries(files)) writeFileSync(path.join(work, f), b, { mode: 0o644 });
    const spec = testSpec({ manifest: c.target.manifest, program: referenceProgram(c.target.manifest, c.reference), workHost: work, cwd: '/workspace/kit', env, proc: false });
    return await sandbox.exec({ spec, argv: [c.command, ...argv], limits: { wallMs: 20_000 }, slot, stdin });
  } finally {
    sandbox.releaseSlot(slot);
    rmSync(work, { recursive: true, force: true });
  }
}

/** A hand-written oracle client: frames go out as given, frames coming back are reported. */
const RAW_CLIENT = String.raw`
import json, os, socket, struct, sys, time

SOCK = '/run/mirrorcode/oracle.sock'

def frame(kind, payload=b''):
    if isinstance(payload, str): payload = payload.encode()
    return kind + struct.pack('>I', len(payload)) + payload

def exchange(chunks, timeout=8.0, pause=0.0):
    """Sends raw chunks, then reads frames until the service closes; returns what came back."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    res = {'frames': [], 'closed': False, 'error': None, 'sendError': None}
    try:
        s.connect(SOCK)
    except OSError as e:
        res['error'] = 'connect: ' + str(e)
        return res
    try:
        for c in chunks:
            s.sendall(c)
            if pause: time.sleep(pause)
    except OSError as e:
        res['sendError'] = str(e)
    buf = b''
    try:
        while True:
            d = s.recv(1 << 16)
            if not d:
                res['closed'] = True
                break
            buf += d
    except OSError as e:
        res['error'] = str(e)
    while len(buf) >= 5:
        n = struct.unpack('>I', buf[1:5])[0]
        if len(buf) < 5 + n: break
        k, p = buf[:1].decode('latin1'), buf[5:5 + n]
        res['frames'].append([k, p.decode('latin1')])
        buf = buf[5 + n:]
    s.close()
    return res

def header(argv, cwd='/workspace', env=None):
    return frame(b'H', json.dumps({'argv': argv, 'cwd': cwd, 'env': env if env is not None else {}}))

def summary(res):
    out = ''.join(p for k, p in res['frames'] if k == 'O')
    err = ''.join(p for k, p in res['frames'] if k == 'R')
    xs = [json.loads(p)['exitCode'] for k, p in res['frames'] if k == 'X']
    return {'stdout': out, 'stderr': err, 'exit': xs[0] if xs else None, 'closed': res['closed'], 'error': res['error'], 'sendError': res['sendError']}
`;

// ---------------------------------------------------------------------------------------------

beforeAll(() => {
  process.on('uncaughtException', recordError);
  process.on('unhandledRejection', recordError);
});

// Each test answers for what it made the harness throw.
afterEach(() => {
  expect(harnessErrors.splice(0), 'the harness would have crashed').toEqual([]);
});

afterAll(() => {
  process.off('uncaughtException', recordError);
  process.off('unhandledRejection', recordError);
  for (const b of tmpBases) {
    try {
      rmSync(b, { recursive: true, force: true });
    } catch {
      /* a workspace left mounted (busy) keeps its folder */
    }
  }
});

describe.each(['hexyl', 'cal'])('attacks on %s', (name) => {
  let c: Ctx;

  beforeAll(async () => {
    c = await openCtx(name);
  });

  afterAll(async () => {
    if (c) {
      // Whatever the attacks wrote, none of it holds the reference.
      const leaking = filesLeaking(c.secret, c.ws.dir);
      await closeCtx(c);
      expect(leaking).toEqual([]);
    }
  });

  // ----- the oracle works -------------------------------------------------------------------

  it('the oracle answers like the reference itself (argv[0], output bytes, exit status, stdin)', async () => {
    if (name === 'hexyl') {
      const sample = randomBytes(300);
      writeKit(c, 'sample.bin', sample);
      const r = await agent(c, `cd ${c.kit} && hexyl sample.bin`);
      const ref = await referenceOutput(c, ['sample.bin'], { 'sample.bin': sample }, { TERM: process.env.TERM ?? 'dumb' });
      expect(ref.exitCode).toBe(0);
      expect(r.stderr.toString()).toBe(ref.stderr.toString());
      expect(r.exitCode).toBe(0);
      expect(r.stdout.equals(ref.stdout)).toBe(true);
      // The decoder used to find leaks reads such a dump back to the exact bytes.
      expect(decodeHexyl(r.stdout).equals(sample)).toBe(true);

      const piped = await agent(c, 'printf abc | hexyl');
      const refPiped = await referenceOutput(c, [], {}, { TERM: process.env.TERM ?? 'dumb' }, Buffer.from('abc'));
      expect(piped.exitCode).toBe(0);
      expect(piped.stdout.equals(refPiped.stdout)).toBe(true);
      expect(decodeHexyl(piped.stdout).toString()).toBe('abc');

      // Large stdin streams through in both directions.
      const big = randomBytes(256 * 1024); // its dump (colours included) stays under the output cap
      const streamed = await c.session.exec(['hexyl'], { stdin: big, limits: { wallMs: 60_000 } });
      expect(streamed.exitCode).toBe(0);
      expect(decodeHexyl(streamed.stdout).equals(big)).toBe(true);

      const missing = await agent(c, 'hexyl /workspace/no-such-file');
      const refMissing = await referenceOutput(c, ['/workspace/no-such-file'], {}, { TERM: process.env.TERM ?? 'dumb' });
      expect(refMissing.exitCode).not.toBe(0);
      expect(missing.exitCode).toBe(refMissing.exitCode);
      expect(missing.stdout.length).toBe(0);
      expect(missing.stderr.toString()).toBe(refMissing.stderr.toString());
    } else {
      const r = await agent(c, 'cal 2 2024');
      const ref = await referenceOutput(c, ['2', '2024'], {}, { TERM: process.env.TERM ?? 'dumb' });
      expect(r.exitCode).toBe(0);
      expect(r.stdout.toString()).toBe(ref.stdout.toString());
      expect(r.stderr.toString()).toBe('');
      // argv[0] is "cal": the traditional layout, weeks as rows (ncal would print days as rows).
      expect(r.stdout.toString()).toMatch(/^ +February 2024 *\nSu Mo Tu We Th Fr Sa *\n/);
      const bad = await agent(c, 'cal 13 2024');
      const refBad = await referenceOutput(c, ['13', '2024'], {}, { TERM: process.env.TERM ?? 'dumb' });
      expect(refBad.exitCode).not.toBe(0);
      expect(bad.exitCode).toBe(refBad.exitCode);
      expect(bad.stderr.toString()).toBe(refBad.stderr.toString());
    }
  });

  // ----- read the reference -----------------------------------------------------------------

  it('cannot read the reference program at any path it could be', async () => {
    const client = readFileSync(path.join(assetsDir, 'oracle-client.py'));
    const paths = [
      `/opt/reference/bin/${c.binName}`,
      `/opt/reference/bin/${c.command}`,
      `/usr/bin/${c.binName}`,
      `/usr/bin/${c.command}`,
      `/bin/${c.binName}`,
      `/usr/local/bin/${c.command}`,
      `/usr/games/${c.command}`,
      `/opt/mirrorcode/bin/${c.command}`,
      c.reference.binary,
      `${storeDir()}/pkgs`,
    ];
    const methods: Record<string, (p: string) => string> = {
      cat: (p) => `cat '${p}'`,
      dd: (p) => `dd if='${p}' bs=64k status=none`,
      cp: (p) => `cp '${p}' /workspace/kit/stolen-cp && cat /workspace/kit/stolen-cp`,
      python: (p) => `python3 -c 'import sys; sys.stdout.buffer.write(open(sys.argv[1], "rb").read())' '${p}'`,
      mmap: (p) => `python3 -c 'import mmap, os, sys; f = os.open(sys.argv[1], os.O_RDONLY); sys.stdout.buffer.write(mmap.mmap(f, 0, prot=mmap.PROT_READ)[:])' '${p}'`,
    };
    for (const p of paths) {
      for (const [how, cmd] of Object.entries(methods)) {
        const r = await agent(c, cmd(p));
        expectNoLeak(c.secret, r, `${how} ${p}`);
        // Either the read fails, or what is there is the oracle client standing in for the program.
        if (r.exitCode === 0) expect(r.stdout.equals(client), `${how} ${p} read something that is not the oracle client`).toBe(true);
      }
    }
    // Everything named like the program is the client (or the rendered docs), never the binary.
    const found = await agent(
      c,
      `find / \\( -path /proc -o -path /sys -o -path /dev \\) -prune -o \\( -name '${c.command}*' -o -name '${c.binName}*' \\) -type f -print0 2>/dev/null | xargs -0 -r cat; echo scanned`,
      { wallMs: 60_000 },
    );
    expect(found.stdout.toString()).toMatch(/scanned\n$/);
    expectNoLeak(c.secret, found, 'cat of every file named like the program');
  });

  it('no file in the agent sandbox is a copy of the reference (by size and sha256)', async () => {
    const r = await agent(
      c,
      `find / \\( -path /proc -o -path /sys -o -path /dev \\) -prune -o -type f -size ${c.secret.size}c -print0 2>/dev/null | xargs -0 -r sha256sum; echo scanned`,
      { wallMs: 60_000 },
    );
    expect(r.stdout.toString()).toMatch(/scanned\n$/);
    expect(r.stdout.toString()).not.toContain(c.secret.sha256);
  });

  it('the reference cannot be made to read itself or its memory', async () => {
    writeFileSync(path.join(c.kitHost, 'placeholder'), '');
    // Links the agent can make in its own folders, pointing where the reference lives.
    const prep = await agent(
      c,
      `ln -sf /opt/reference/bin/${c.binName} /workspace/kit/link-bin; ln -sf /proc/self/exe /workspace/kit/link-exe; ln -sf /opt/reference/bin/${c.binName} /tmp/link-bin; echo ok`,
    );
    expect(prep.stdout.toString()).toBe('ok\n');
    const targets = [
      '/proc/self/exe',
      '/proc/1/exe',
      '/proc/self/maps',
      `/opt/reference/bin/${c.binName}`,
      `/opt/reference/bin/${c.command}`,
      `/usr/bin/${c.binName}`,
      c.reference.binary,
      '/workspace/kit/link-bin',
      '/workspace/kit/link-exe',
      '/tmp/link-bin',
      '/dev/fd/0',
    ];
    const argvs: string[][] = targets.map((t) => [t]);
    if (name === 'hexyl') {
      argvs.push(['-s', '4194304', '-n', '4096', '/proc/self/mem'], ['--skip=0x555555554000', '-n', '65536', '/proc/self/mem'], ['-s', '0x1000', '/proc/self/mem']);
    }
    for (const argv of argvs) {
      const quoted = argv.map((a) => `'${a}'`).join(' ');
      const r = await agent(c, `${c.command} ${quoted} < /dev/null`);
      expectNoLeak(c.secret, r, `${c.command} ${argv.join(' ')}`);
      if (name === 'hexyl') {
        expect(r.exitCode, `hexyl ${argv.join(' ')}: ${r.stderr}`).not.toBe(0);
        expect(decodeHexyl(r.stdout).length, `hexyl ${argv.join(' ')} dumped bytes`).toBe(0);
      }
    }
  });

  it('a running reference is invisible from the agent sandbox: no /proc entry, no ptrace, no signal, no core', async () => {
    const uid = c.session.slot.uid;
    const refExe = `/opt/reference/bin/${c.binName}`;
    writeKit(
      c,
      'scan.py',
      String.raw`
import ctypes, errno, json, os, signal, sys, time
refpid = int(sys.argv[1])
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
def err(e): return 'ERR:' + errno.errorcode.get(e.errno, str(e.errno))
res = {'visible': {}, 'ref': {}}
deadline = time.time() + float(sys.argv[2])
while True:
    for e in os.listdir('/proc'):
        if not e.isdigit() or int(e) == os.getpid(): continue
        try: exe = os.readlink('/proc/%s/exe' % e)
        except OSError as x: exe = err(x)
        res['visible'].setdefault(exe, int(e))
    if time.time() > deadline: break
def attempt(fn):
    try: return 'OK:' + str(fn())
    except OSError as x: return err(x)
def ptrace_attach(pid):
    r = libc.ptrace(16, pid, None, None)
    if r != 0: raise OSError(ctypes.get_errno(), 'ptrace')
    libc.ptrace(17, pid, None, None)
    return 'attached'
def steal(pid, what, n=1 << 20):
    with open('/proc/%d/%s' % (pid, what), 'rb') as f:
        if what == 'mem': f.seek(0x400000)
        data = f.read(n)
    open('/workspace/kit/stolen-%s-%d' % (what, pid), 'wb').write(data)
    return len(data)
res['ref']['exe'] = attempt(lambda: steal(refpid, 'exe'))
res['ref']['mem'] = attempt(lambda: steal(refpid, 'mem'))
res['ref']['maps'] = attempt(lambda: open('/proc/%d/maps' % refpid).read())
res['ref']['ptrace'] = attempt(lambda: ptrace_attach(refpid))
res['ref']['kill0'] = attempt(lambda: os.kill(refpid, 0))
res['ref']['segv'] = attempt(lambda: os.kill(refpid, signal.SIGSEGV))
# Every visible process that is not a known tool is a candidate: read it, attach to it.
for exe, pid in res['visible'].items():
    if exe.startswith('/usr/') or exe.startswith('ERR'): continue
    res['ref']['visible-%d' % pid] = [exe, attempt(lambda: steal(pid, 'exe')), attempt(lambda: ptrace_attach(pid))]
print(json.dumps(res))
`,
    );
    const hexyl = name === 'hexyl';
    // hexyl blocks opening a FIFO nobody writes, so its reference stays running during the scan;
    // cal does not wait for anything, so it runs in a tight loop instead.
    const script = hexyl
      ? String.raw`
rm -f /tmp/ref-fifo; mkfifo /tmp/ref-fifo
hexyl /tmp/ref-fifo > /workspace/kit/fifo-out 2>&1 &
for i in $(seq 200); do [ -s /workspace/kit/refpid ] && break; sleep 0.05; done
REFPID=$(cat /workspace/kit/refpid 2>/dev/null || echo 999999)
ulimit -c unlimited 2>/dev/null; echo "ulimit-c=$(ulimit -c)"
gdb -p "$REFPID" -batch -ex 'dump memory /workspace/kit/stolen-gdb 0x400000 0x500000' >/workspace/kit/gdb-out 2>&1; echo "gdb-rc=$?"
python3 /workspace/kit/scan.py "$REFPID" 1
printf 'hi' > /tmp/ref-fifo
wait
cat /workspace/kit/fifo-out
`
      : String.raw`
for j in 1 2 3 4; do ( for i in $(seq 25); do cal >/dev/null 2>&1 && echo ok; done > /workspace/kit/cal-loop$j ) & done
for i in $(seq 200); do [ -s /workspace/kit/refpid ] && break; sleep 0.02; done
REFPID=$(cat /workspace/kit/refpid 2>/dev/null || echo 999999)
ulimit -c unlimited 2>/dev/null; echo "ulimit-c=$(ulimit -c)"
echo "gdb-rc=skipped"
python3 /workspace/kit/scan.py "$REFPID" 2
wait
echo "cal-ok=$(cat /workspace/kit/cal-loop* | wc -l)"
`;
    rmSync(path.join(c.kitHost, 'refpid'), { force: true });
    const pending = agent(c, script, { wallMs: 40_000 });
    // On the host: find the reference while it runs, and hand its host pid to the agent.
    const ref = await waitFor(() => hostProcsOfUid(uid).find((p) => p.exe === refExe), 15_000, 2);
    writeFileSync(path.join(c.kitHost, 'refpid'), String(ref?.pid ?? 999999), { mode: 0o644 });
    const r = await pending;
    expect(ref, 'the reference was never seen running on the host: the attack did not take place').toBeDefined();
    expectNoLeak(c.secret, r, 'proc scan');
    const out = r.stdout.toString();
    expect(out).toContain('ulimit-c=0');
    const json = JSON.parse(out.split('\n').find((l) => l.startsWith('{')) ?? 'null') as {
      visible: Record<string, number>;
      ref: Record<string, string | string[]>;
    };
    expect(json, out + r.stderr.toString()).not.toBeNull();
    // Nothing visible runs the reference; every visible program is a system tool of the agent's.
    for (const exe of Object.keys(json.visible)) {
      expect(exe).not.toContain('/opt/reference');
      expect(path.basename(exe)).not.toBe(c.binName);
    }
    for (const [k, v] of Object.entries(json.ref)) {
      if (k.startsWith('visible-')) throw new Error(`an unknown program is visible in the agent sandbox: ${JSON.stringify(v)}`);
      expect(v, `${k} on the reference's host pid`).toMatch(/^ERR:/);
    }
    if (hexyl) {
      expect(out).toMatch(/gdb-rc=[1-9]/);
      expect(existsSync(path.join(c.kitHost, 'stolen-gdb'))).toBe(false);
      // The reference was not disturbed: it dumped what was written to the FIFO.
      expect(decodeHexyl(r.stdout).toString()).toBe('hi');
    } else {
      expect(Number(/cal-ok=(\d+)/.exec(out)?.[1])).toBe(100);
    }
    const cores = readdirSync(c.ws.dir, { recursive: true }).map(String).filter((f) => /(^|\/)core(\.\d+)?$/.test(f));
    expect(cores).toEqual([]);
    expect(await waitFor(() => liveOf(uid).length === 0, 3000)).toBe(true);
  });

  it('loader and libc variables never reach the reference (LD_PRELOAD, LD_LIBRARY_PATH, LD_AUDIT, GCONV_PATH, PATH...)', async () => {
    writeKit(
      c,
      'evil.c',
      String.raw`
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
extern char *program_invocation_short_name;
__attribute__((constructor)) static void mark(void) {
  char p[512];
  const char *where = access("/opt/reference", F_OK) == 0 ? "reference" : "agent";
  snprintf(p, sizeof p, "/workspace/kit/markers/%s-%s-%d", where, program_invocation_short_name, (int)getpid());
  int fd = open(p, O_CREAT | O_WRONLY, 0666);
  if (fd >= 0) close(fd);
}
unsigned int la_version(unsigned int v) { return v; }
int gconv_init(void *step) { mark(); return 0; }
int gconv(void *a, void *b, const unsigned char **c, const unsigned char *d, unsigned char **e, size_t *f, int g, int h) { return 0; }
`,
    );
    const build = await agent(
      c,
      String.raw`
set -e
cd /workspace/kit
mkdir -p markers badlib gconv evilbin locale
chmod 777 markers
gcc -w -shared -fPIC -o evil.so evil.c
cp evil.so gconv/EVIL.so
printf 'module INTERNAL EVIL// EVIL 1\nmodule EVIL// INTERNAL EVIL 1\nalias UTF-8// EVIL//\nalias ANSI_X3.4-1968// EVIL//\n' > gconv/gconv-modules
printf 'not an ELF file\n' > badlib/libc.so.6; cp badlib/libc.so.6 badlib/libgcc_s.so.1; cp badlib/libc.so.6 badlib/libtinfo.so.6
printf '#!/bin/sh\ntouch /workspace/kit/markers/reference-path-hijack\n' > evilbin/${c.command}; chmod 755 evilbin/${c.command}
# Controls: in the agent sandbox itself, each variable does what an attacker wants.
LD_PRELOAD=/workspace/kit/evil.so /bin/true
test -e markers/agent-true-* && echo preload-works
if LD_LIBRARY_PATH=/workspace/kit/badlib /bin/true 2>/dev/null; then echo badlib-ignored; else echo badlib-works; fi
rm -f markers/*
`,
    );
    expect(build.stderr.toString()).toBe('');
    expect(build.stdout.toString()).toBe('preload-works\nbadlib-works\n');

    const sampleArgs = name === 'hexyl' ? ['/workspace/kit/sample.bin'] : ['2', '2024'];
    if (name === 'hexyl') writeKit(c, 'sample.bin', Buffer.from('sample bytes for the loader attacks\n'));
    const normal = await agent(c, `${c.command} ${sampleArgs.join(' ')}`);
    expect(normal.exitCode).toBe(0);

    // Through the real client: the variables apply to the client (python) too, which is fine;
    // only a marker written from inside the reference sandbox counts.
    const viaClient = await agent(c, `${c.command} ${sampleArgs.join(' ')}`, {
      env: {
        // (GCONV_PATH would crash the python client itself: it goes through the hand-written client.)
        LD_PRELOAD: '/workspace/kit/evil.so',
        LD_AUDIT: '/workspace/kit/evil.so',
        LD_BIND_NOW: '1',
        MALLOC_CHECK_: '3',
      },
    });
    expect(viaClient.exitCode).toBe(0);
    expect(viaClient.stdout.equals(normal.stdout)).toBe(true);

    // Through a hand-written client that sends exactly the environment it likes.
    writeKit(
      c,
      'env-attack.py',
      RAW_CLIENT +
        String.raw`
argv = json.loads(sys.argv[1])
env = {
    'LD_PRELOAD': '/workspace/kit/evil.so', 'LD_AUDIT': '/workspace/kit/evil.so', 'LD_LIBRARY_PATH': '/workspace/kit/badlib',
    'GCONV_PATH': '/workspace/kit/gconv', 'LOCPATH': '/workspace/kit/locale', 'GLIBC_TUNABLES': 'glibc.malloc.check=3',
    'MALLOC_CHECK_': '3', 'PATH': '/workspace/kit/evilbin', 'TMPDIR': '/workspace/kit', 'NLSPATH': '/workspace/kit/%N',
    'LD_BIND_NOW': '1', 'LD_DEBUG': 'all', 'LD_DEBUG_OUTPUT': '/workspace/kit/markers/reference-ld-debug',
    'LD_PROFILE': 'libc.so.6', 'LD_PROFILE_OUTPUT': '/workspace/kit/markers',
    'LC_ALL': 'C.UTF-8', 'TZ': 'UTC', 'HOME': '/tmp', 'TERM': os.environ.get('TERM', 'dumb'),
}
print(json.dumps(summary(exchange([header(argv, '/workspace', env), frame(b'E')]))))
`,
    );
    const raw = await agent(c, `python3 /workspace/kit/env-attack.py '${JSON.stringify(sampleArgs)}'`);
    expect(raw.stderr.toString()).toBe('');
    const res = JSON.parse(raw.stdout.toString()) as { stdout: string; stderr: string; exit: number };
    // Same answer as without the variables: none of them was honoured (a bad libc.so.6 in
    // LD_LIBRARY_PATH would stop the program from starting at all).
    expect(res.stderr).toBe('');
    expect(res.exit).toBe(0);
    expect(Buffer.from(res.stdout, 'latin1').equals(normal.stdout)).toBe(true);

    const markers = readdirSync(path.join(c.kitHost, 'markers'));
    const fromReference = markers.filter((m) => m.startsWith('reference') || m.includes(`-${c.binName}-`) || m.includes(`-${c.command}-`));
    expect(fromReference, `markers: ${markers.join(', ')}`).toEqual([]);
  });

  // ----- see the host -------------------------------------------------------------------------

  it('sees nothing of the host: checkout, tests, gold outputs, store, other workspaces, /root, caches', async () => {
    // Another run's workspace, with a file the agent must not find.
    const other = path.join(dataHome(), 'workspaces', `attack-decoy-${process.pid}`);
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, 'decoy-marker-file'), 'another run');
    try {
      const hostPaths = [
        projectRoot,
        path.join(projectRoot, 'package.json'),
        defaultTargetsDir,
        path.join(defaultTargetsDir, name, 'tests.mjs'),
        dataHome(),
        preparedDir(c.target),
        goldPath(c.target),
        storeDir(),
        c.reference.binary,
        path.join(dataHome(), 'workspaces'),
        other,
        c.base,
        c.ws.dir,
        '/root',
        '/home',
        os.homedir(),
        '/var',
        '/var/cache/apt',
        '/var/lib/mirrorcode',
        '/work',
        '/mnt',
        '/srv',
        '/media',
        '/boot',
        '/sys/fs/cgroup',
        '/etc/shadow',
        '/etc/sudoers',
        '/etc/ssh',
        '/run/mirrorcode/slots',
        '/run/systemd',
        '/var/run/docker.sock',
        '/dev/vda',
        '/dev/sda',
        '/dev/mem',
        '/dev/kmsg',
      ].filter((p) => p !== '/');
      const script = hostPaths.map((p) => `if [ -e '${p}' ] || [ -L '${p}' ]; then echo "VISIBLE ${p}"; fi`).join('\n');
      const r = await agent(c, `${script}\necho checked`);
      expect(r.stdout.toString()).toBe('checked\n');

      const names = await agent(
        c,
        `find / \\( -path /proc -o -path /sys -o -path /dev \\) -prune -o \\( -name gold.json -o -name reference.lock.json -o -name tests.mjs -o -name manifest.yaml -o -name 'decoy-marker*' -o -name '*.deb' -o -name '.complete' \\) -print 2>/dev/null; echo done`,
        { wallMs: 60_000 },
      );
      expect(names.stdout.toString()).toBe('done\n');

      // The oracle's sandbox sees no more of the host than the agent's: it cannot be used to read it.
      if (name === 'hexyl') {
        for (const p of [path.join(projectRoot, 'package.json'), goldPath(c.target), '/etc/shadow', '/root/.bashrc', path.join(other, 'decoy-marker-file')]) {
          const viaOracle = await agent(c, `hexyl '${p}'`);
          expect(viaOracle.exitCode, `hexyl ${p}`).not.toBe(0);
          expect(viaOracle.stdout.length, `hexyl ${p}`).toBe(0);
        }
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('cannot reach a host port or socket: no interface but a private lo, nothing crosses it', async () => {
    let connections = 0;
    const servers: net.Server[] = [];
    const udp = dgram.createSocket('udp4');
    udp.on('message', () => connections++);
    await new Promise<void>((r) => udp.bind(0, '127.0.0.1', () => r()));
    const udpPort = udp.address().port;
    const listen = (opts: net.ListenOptions): Promise<net.Server> =>
      new Promise((resolve, reject) => {
        const s = net.createServer((sock) => {
          connections++;
          sock.destroy();
        });
        s.once('error', reject);
        s.listen(opts, () => resolve(s));
        servers.push(s);
      });
    const abstractName = `\0mirrorcode-attack-${process.pid}-${name}`;
    try {
      const lo = await listen({ host: '127.0.0.1', port: 0 });
      const any = await listen({ host: '0.0.0.0', port: 0 });
      await listen({ path: abstractName });
      const loPort = (lo.address() as net.AddressInfo).port;
      const anyPort = (any.address() as net.AddressInfo).port;
      const hostIps = Object.values(os.networkInterfaces())
        .flat()
        .filter((a) => a && a.family === 'IPv4' && !a.internal)
        .map((a) => a!.address);
      writeKit(
        c,
        'net.py',
        String.raw`
import fcntl, json, socket, struct, sys
lo_port, any_port, abstract = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ips, udp_port = json.loads(sys.argv[4]), int(sys.argv[5])
res = {}
def tcp(host, port, fam=socket.AF_INET):
    s = socket.socket(fam, socket.SOCK_STREAM); s.settimeout(3)
    try: s.connect((host, port)); return 'CONNECTED'
    except OSError as e: return 'ERR:' + type(e).__name__
    finally: s.close()
res['tcp-lo'] = tcp('127.0.0.1', lo_port)
res['tcp-lo-any'] = tcp('127.0.0.1', any_port)
res['tcp6-lo'] = tcp('::1', any_port, socket.AF_INET6)
for ip in ips: res['tcp-host-' + ip] = tcp(ip, any_port)
res['tcp-internet'] = tcp('1.1.1.1', 443)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(3):
    try: u.sendto(b'x', ('127.0.0.1', udp_port)); res['udp-sent'] = 'SENT'
    except OSError as e: res['udp-sent'] = 'ERR:' + type(e).__name__
a = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try: a.connect('\0' + abstract); res['abstract'] = 'CONNECTED'
except OSError as e: res['abstract'] = 'ERR:' + type(e).__name__
res['ifaces'] = sorted(n for _, n in socket.if_nameindex())
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack('16sH', fcntl.ioctl(s.fileno(), 0x8913, struct.pack('16sH', b'lo', 0)))[1]
res['lo-up'] = bool(flags & 1)
print(json.dumps(res), flush=True)
# A server on the sandbox's own loopback: the host must not reach it either.
srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen(8); srv.settimeout(2)
open('/workspace/kit/inner-port.tmp', 'w').write(str(srv.getsockname()[1]))
import os; os.rename('/workspace/kit/inner-port.tmp', '/workspace/kit/inner-port')
try: srv.accept(); print('inner=ACCEPTED')
except OSError: print('inner=none')
`,
      );
      rmSync(path.join(c.kitHost, 'inner-port'), { force: true });
      const pending = agent(
        c,
        [
          `python3 /workspace/kit/net.py ${loPort} ${anyPort} '${abstractName.slice(1)}' '${JSON.stringify(hostIps)}' ${udpPort}`,
          `(echo x > /dev/tcp/127.0.0.1/${loPort}) 2>/dev/null && echo "bash-tcp=CONNECTED" || echo "bash-tcp=failed"`,
          `if command -v curl >/dev/null; then curl -s -m 3 http://127.0.0.1:${loPort}/ >/dev/null 2>&1; echo "curl=$?"; else echo curl=absent; fi`,
          `if command -v nc >/dev/null; then nc -w 2 127.0.0.1 ${loPort} </dev/null >/dev/null 2>&1; echo "nc=$?"; else echo nc=absent; fi`,
        ].join('\n'),
        { wallMs: 30_000 },
      );
      const innerPort = await waitFor(() => existsSync(path.join(c.kitHost, 'inner-port')) && Number(readFileSync(path.join(c.kitHost, 'inner-port'), 'utf8')), 10_000);
      expect(innerPort, 'the sandbox-side server never started').toBeTruthy();
      const reachedInside = await new Promise<string>((resolve) => {
        const sock = net.connect({ host: '127.0.0.1', port: innerPort as number }, () => {
          sock.destroy();
          resolve('CONNECTED');
        });
        sock.on('error', (e: NodeJS.ErrnoException) => resolve(`ERR:${e.code}`));
      });
      const r = await pending;
      expect(reachedInside, 'the host reached a server on the sandbox loopback').toMatch(/^ERR:/);
      const lines = r.stdout.toString().split('\n');
      const res = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
      for (const [k, v] of Object.entries(res)) {
        if (k === 'udp-sent') continue; // a datagram may leave the socket: it must not arrive (counted on the host)
        // bwrap brings lo up in the new network namespace: a loopback of the sandbox's own,
        // which the checks around it show to be unconnected to the host's.
        if (k === 'lo-up') continue;
        if (k === 'ifaces') expect(v).toEqual(['lo']);
        else expect(v, k).toMatch(/^ERR:/);
      }
      expect(Object.keys(res)).toContain('tcp-lo');
      expect(Object.keys(res)).toContain('lo-up');
      expect(lines[1]).toBe('inner=none');
      expect(lines[2]).toBe('bash-tcp=failed');
      expect(lines[3]).toMatch(/^curl=([1-9]\d*|absent)$/);
      expect(lines[4]).toMatch(/^nc=([1-9]\d*|absent)$/);
      expect(connections).toBe(0);
    } finally {
      for (const s of servers) await new Promise((r) => s.close(() => r(null)));
      udp.close();
    }
  });

  // ----- leave processes behind ---------------------------------------------------------------

  it('leaves no process running after a command ends (background, setsid, nohup, double fork, pending reference)', async () => {
    const uid = c.session.slot.uid;
    const pendingRef = name === 'hexyl' ? 'rm -f /tmp/pend; mkfifo /tmp/pend; hexyl /tmp/pend >/dev/null 2>&1 & sleep 0.5' : 'true';
    const leavers = {
      background: 'sleep 1000 &',
      setsid: 'setsid sleep 1000 &',
      setsidFork: 'setsid -f sleep 1000 >/dev/null 2>&1 </dev/null',
      nohup: 'nohup sleep 1000 >/dev/null 2>&1 </dev/null &',
      doubleFork: '( ( sleep 1000 >/dev/null 2>&1 </dev/null & ) & )',
      daemon: `python3 -c 'import os, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        [os.close(fd) for fd in (0, 1, 2)]
        time.sleep(1000)
    os._exit(0)'`,
      pendingReference: pendingRef,
    };
    const late: string[] = [];
    const atReturn: string[] = [];
    // Each a few times: whether a leftover is caught right at the return is a race.
    for (const [how, cmd] of Object.entries(leavers).flatMap(([k, v]) => [1, 2, 3].map((i) => [`${k} #${i}`, v] as const))) {
      const r = await agent(c, `${cmd}\necho started`, { wallMs: 10_000 });
      expect(r.stdout.toString(), how).toBe('started\n');
      expect(r.timedOut, how).toBe(false);
      expect(r.wallMs, how).toBeLessThan(5000);
      const now = liveOf(uid);
      if (now.length) atReturn.push(`${how}:\n${show(now)}`);
      await waitFor(() => liveOf(uid).length === 0, 3000);
      const still = liveOf(uid);
      if (still.length) late.push(`${how}:\n${show(still)}`);
    }
    expect(late, 'still running 3 s after the command returned').toEqual([]);
    expect(atReturn, 'still running when the command returned').toEqual([]);
  });

  // ----- exhaust resources ----------------------------------------------------------------------

  it('filling the workspace stops at its cap; the host disk is untouched; the next command runs', async () => {
    if (!isRoot) return;
    const imageDir = path.dirname(c.ws.image ?? c.ws.dir);
    const freeBefore = statfsSync(imageDir).bavail * statfsSync(imageDir).bsize;
    const r = await agent(c, 'dd if=/dev/zero of=/workspace/fill bs=1M 2>&1; echo "rc=$?"; for i in 1 2 3; do head -c 8M /dev/zero > /workspace/fill$i || echo "more-rc=$?"; done', {
      wallMs: 60_000,
    });
    const out = r.stdout.toString();
    expect(out).toContain('No space left on device');
    expect(out).toMatch(/rc=1\n/);
    expect(out).toContain('more-rc=1');
    expect(c.ws.image).not.toBeNull();
    const allocated = statSync(c.ws.image!).blocks * 512;
    expect(allocated).toBeLessThanOrEqual(WORKSPACE_BYTES + MiB); // + the host's own extent blocks
    const freeAfter = statfsSync(imageDir).bavail * statfsSync(imageDir).bsize;
    // Others may write to the same disk meanwhile: allow some slack past the cap.
    expect(freeBefore - freeAfter).toBeLessThan(WORKSPACE_BYTES + 128 * MiB);
    const next = await agent(c, 'rm -f /workspace/fill*; echo ok > /workspace/after && cat /workspace/after');
    expect(next.stdout.toString()).toBe('ok\n');
  });

  it('filling /tmp stops at the memory cap (it is RAM, not the host disk); the next command runs', async () => {
    const rootFree = (): number => statfsSync('/').bavail * statfsSync('/').bsize;
    const before = rootFree();
    const r = await agent(c, 'for i in 1 2 3 4; do head -c 200M /dev/zero > /tmp/fill$i || break; done; echo finished', {
      limits: { memoryBytes: 256 * MiB },
    });
    // Killed at the memory cap (tmpfs pages are charged to the slot's memory cgroup), or refused.
    expect(r.stdout.toString()).not.toContain('finished');
    expect(r.outOfMemory || r.exitCode === 137).toBe(true);
    expect(before - rootFree()).toBeLessThan(256 * MiB);
    const sizes = await agent(c, 'du -sk /tmp | cut -f1; rm -f /tmp/fill*; echo cleaned');
    expect(Number(sizes.stdout.toString().split('\n')[0]) * 1024).toBeLessThanOrEqual(256 * MiB);
    expect(sizes.stdout.toString()).toContain('cleaned');
  });

  it('filling memory or fork-bombing ends the command, not the session; the oracle still answers', async () => {
    // A 1 GiB cap instead of the session's 4 GiB keeps the test quick; the mechanism is the same.
    const hog = await c.session.exec(['python3', '-c', 'x = []\nwhile True: x.append(b"\\1" * (64 << 20))'], { limits: { wallMs: 60_000, memoryBytes: 1024 * MiB } });
    expect(hog.timedOut).toBe(false);
    expect(hog.outOfMemory || hog.exitCode === 137, `exit ${hog.exitCode}`).toBe(true);

    const bomb = await agent(c, ':(){ :|:& };:; sleep 60', { wallMs: 4000 });
    expect(bomb.timedOut).toBe(true);
    expect(bomb.wallMs).toBeLessThan(10_000);

    const next = await agent(c, name === 'hexyl' ? 'echo fine; printf xyz | hexyl >/dev/null && echo oracle-ok' : 'echo fine; cal 1 2000 >/dev/null && echo oracle-ok');
    expect(next.stdout.toString()).toBe('fine\noracle-ok\n');
  });

  it('the oracle works while the agent command itself is busy (many processes, much memory)', async () => {
    // Legitimate load: a test runner with many workers calls the program. The reference shares
    // the session's cgroups; its invocation must neither fail nor shrink the agent's own caps.
    const call = name === 'hexyl' ? 'printf abc | hexyl >/dev/null' : 'cal 2 2024 >/dev/null';
    const r = await agent(
      c,
      `for i in $(seq 100); do sleep 30 & done
sleep 0.5
${call}; echo "oracle-rc=$?"
for i in $(seq 100); do sleep 30 & done 2>/dev/null
echo "started=$(jobs -p | wc -l)"
kill $(jobs -p) 2>/dev/null; echo done`,
      { wallMs: 10_000 },
    );
    expect(r.stdout.toString()).toBe('oracle-rc=0\nstarted=200\ndone\n');
  });

  // ----- abuse the oracle socket ------------------------------------------------------------

  it.runIf(name === 'hexyl')('survives a hand-written client: outside cwd, huge frames, garbage, frames out of order', async () => {
    writeKit(c, 'sample.bin', Buffer.from('sample bytes for the socket attacks\n'));
    writeKit(
      c,
      'socket-attack.py',
      RAW_CLIENT +
        String.raw`
import random
PROJECT = sys.argv[1]
rnd = random.Random(7)
R = {}
R['cwd-project'] = summary(exchange([header(['package.json'], PROJECT), frame(b'E')]))
R['cwd-reference'] = summary(exchange([header(['hexyl'], '/opt/reference/bin'), frame(b'E')]))
R['cwd-proc'] = summary(exchange([header(['self/exe'], '/proc'), frame(b'E')]))
R['cwd-root-relative'] = summary(exchange([header(['.' + PROJECT + '/package.json'], '/'), frame(b'E')]))
R['cwd-relative'] = summary(exchange([header(['x'], 'workspace'), frame(b'E')]))
R['cwd-dotdot'] = summary(exchange([header(['../../../../' + PROJECT + '/package.json'], '/workspace/kit'), frame(b'E')]))
R['argv-nul'] = summary(exchange([header(['a\x00b']), frame(b'E')]))
R['argv-not-list'] = summary(exchange([frame(b'H', json.dumps({'argv': 'x', 'cwd': '/workspace', 'env': {}})), frame(b'E')]))
R['header-not-json'] = summary(exchange([frame(b'H', b'\xff{not json'), frame(b'E')]))
R['env-odd'] = summary(exchange([frame(b'H', json.dumps({'argv': ['/workspace/kit/sample.bin'], 'cwd': '/workspace', 'env': {'__proto__': 'x', 'A': 1, 'B': None, 'C': ['x'], '-x': 'y', 'LD_PRELOAD ': 'z'}})), frame(b'E')]))
R['huge-header'] = summary(exchange([b'H' + struct.pack('>I', 0xFFFFFFFF)]))
R['huge-then-data'] = summary(exchange([b'I' + struct.pack('>I', 0x7FFFFFFF)] + [b'G' * (1 << 20)] * 8))
R['garbage'] = summary(exchange([bytes(rnd.getrandbits(8) for _ in range(4096))], timeout=3))
R['garbage-small-len'] = summary(exchange([b'Z\x00\x00\x00\x03abcQ\x00\x00\x00\x00' + b'\x00' * 3], timeout=3))
R['stdin-after-end'] = summary(exchange([header(['/workspace/kit/sample.bin']), frame(b'E'), frame(b'I', b'late'), frame(b'I', b'later')], pause=0.05))
R['end-twice'] = summary(exchange([header([]), frame(b'I', b'ab'), frame(b'E'), frame(b'E'), frame(b'I', b'x')]))
R['stdin-before-header'] = summary(exchange([frame(b'I', b'early'), header([]), frame(b'E')]))
R['two-headers'] = summary(exchange([header(['/workspace/kit/sample.bin']), header(['/etc/passwd']), frame(b'E')]))
R['server-frames-from-client'] = summary(exchange([frame(b'X', b'{"exitCode": 0}'), frame(b'O', b'x'), header(['/workspace/kit/sample.bin']), frame(b'E')]))
s = socket.socket(socket.AF_UNIX); s.connect(SOCK); s.close()
s = socket.socket(socket.AF_UNIX); s.connect(SOCK); s.sendall(header(['/workspace/kit/sample.bin'])); s.close()
print(json.dumps(R))
`,
    );
    const r = await agent(c, `python3 /workspace/kit/socket-attack.py '${projectRoot}'`, { wallMs: 90_000 });
    expect(r.stderr.toString()).toBe('');
    const R = JSON.parse(r.stdout.toString()) as Record<string, { stdout: string; stderr: string; exit: number | null; closed: boolean; error: string | null }>;
    const sample = 'sample bytes for the socket attacks\n';
    for (const k of ['cwd-project', 'cwd-reference', 'cwd-proc', 'cwd-root-relative', 'cwd-dotdot']) {
      expect(R[k]!.exit, k).not.toBe(0);
      expect(R[k]!.exit, k).not.toBeNull();
      expect(R[k]!.stdout, k).toBe('');
    }
    for (const k of ['cwd-relative', 'argv-nul', 'argv-not-list', 'header-not-json', 'huge-header', 'huge-then-data']) {
      expect(R[k]!.exit, k).toBe(126);
      expect(R[k]!.stdout, k).toBe('');
      // The service ends the connection (the client sees its end, or a reset if it was still sending).
      expect(R[k]!.closed || /reset|Broken pipe/i.test(R[k]!.error ?? ''), `${k}: ${JSON.stringify(R[k])}`).toBe(true);
    }
    expect(R['env-odd']!.exit).toBe(0);
    expect(decodeHexyl(Buffer.from(R['env-odd']!.stdout, 'latin1')).toString()).toBe(sample);
    expect(R['stdin-after-end']!.exit).toBe(0);
    expect(decodeHexyl(Buffer.from(R['stdin-after-end']!.stdout, 'latin1')).toString()).toBe(sample);
    expect(R['end-twice']!.exit).toBe(0);
    expect(decodeHexyl(Buffer.from(R['end-twice']!.stdout, 'latin1')).toString()).toBe('ab');
    expect(decodeHexyl(Buffer.from(R['two-headers']!.stdout, 'latin1')).toString()).toBe(sample);
    expect(R['server-frames-from-client']!.exit).toBe(0);
    for (const v of Object.values(R)) expect(leakIn(c.secret, Buffer.from(v.stdout + v.stderr, 'latin1'))).toBeNull();
    // The harness is still there and still right.
    const after = await agent(c, 'printf abc | hexyl');
    expect(decodeHexyl(after.stdout).toString()).toBe('abc');
    expect(harnessErrors).toEqual([]);
  });

  it.runIf(name === 'hexyl')('a client flooding stdin that the reference does not read cannot grow the harness memory', async () => {
    writeKit(
      c,
      'flood.py',
      RAW_CLIENT +
        String.raw`
s = socket.socket(socket.AF_UNIX); s.connect(SOCK)
s.sendall(header(['/tmp/flood-fifo']))
chunk = frame(b'I', b'A' * (1 << 20))
s.settimeout(3)
sent, t0 = 0, time.time()
try:
    while sent < 1024 and time.time() - t0 < 10:
        s.sendall(chunk); sent += 1
except OSError:
    pass
print('sent-mib=%d' % sent, flush=True)
open('/tmp/flood-fifo', 'w').close()   # let the reference go: it reads an empty FIFO and ends
s.settimeout(15)
try:
    while s.recv(1 << 16): pass
except OSError:
    pass
`,
    );
    const { value: r, growth } = await withRssPeak(() => agent(c, 'rm -f /tmp/flood-fifo; mkfifo /tmp/flood-fifo; python3 /workspace/kit/flood.py', { wallMs: 60_000 }));
    expect(r.stdout.toString()).toMatch(/^sent-mib=\d+\n$/);
    expect(growth, `harness RSS grew by ${(growth / MiB).toFixed(0)} MiB (${r.stdout.toString().trim()})`).toBeLessThan(256 * MiB);
    expect(await waitFor(() => liveOf(c.session.slot.uid).length === 0, 5000)).toBe(true);
    const after = await agent(c, 'printf abc | hexyl');
    expect(decodeHexyl(after.stdout).toString()).toBe('abc');
  });

  it.runIf(name === 'hexyl')('many connections each holding part of a maximal frame cannot exhaust the harness', async () => {
    writeKit(
      c,
      'many.py',
      RAW_CLIENT +
        String.raw`
held, refused = [], 0
big = b'I' + struct.pack('>I', 16 << 20) + b'G' * ((16 << 20) - 1)
for i in range(48):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(5)
    try:
        s.connect(SOCK)
        s.sendall(big)
        held.append(s)
    except OSError:
        refused += 1
print('held=%d refused=%d' % (len(held), refused), flush=True)
time.sleep(1)
`,
    );
    const { value: r, growth } = await withRssPeak(() => agent(c, 'python3 /workspace/kit/many.py', { wallMs: 60_000 }));
    expect(r.timedOut, 'the attack stalled the harness').toBe(false);
    // The service keeps up (reads are linear in the bytes sent) rather than stalling the attacker.
    expect(r.wallMs, r.stdout.toString()).toBeLessThan(10_000);
    expect(r.stdout.toString()).toMatch(/^held=\d+ refused=\d+\n$/);
    expect(growth, `harness RSS grew by ${(growth / MiB).toFixed(0)} MiB (${r.stdout.toString().trim()})`).toBeLessThan(512 * MiB);
    const after = await agent(c, 'printf abc | hexyl');
    expect(decodeHexyl(after.stdout).toString()).toBe('abc');
  });

  it('an agent holding much memory can still call the program, and the harness survives either way', async () => {
    // 2.5 GiB held by the agent's command (under its 4 GiB cap) while it calls the reference.
    const call = name === 'hexyl' ? 'printf abc | hexyl' : 'cal 2 2024';
    const r = await agent(
      c,
      `python3 -c 'import subprocess, sys
x = b"\\1" * (2560 << 20)
r = subprocess.run(["/bin/sh", "-c", sys.argv[1]], capture_output=True, timeout=20)
print("oracle-rc=%d" % r.returncode)' '${call}'`,
      { wallMs: 40_000 },
    );
    expect(harnessErrors.splice(0), 'the harness would have crashed').toEqual([]);
    expect(r.timedOut).toBe(false);
    expect(r.stdout.toString()).toBe('oracle-rc=0\n');
  });
});

// ----- a program the host has too ----------------------------------------------------------

describe('the target program is absent even when the host has it (numfmt)', () => {
  const target = existsSync(path.join(defaultTargetsDir, 'numfmt', 'manifest.yaml')) ? findTarget('numfmt') : null;
  // openCtx prepares the target when needed (fetching coreutils' .deb into the private store).
  const hostHasIt = existsSync('/usr/bin/numfmt');
  let c: Ctx | undefined;

  beforeAll(async () => {
    if (target && hostHasIt) c = await openCtx('numfmt');
  });
  afterAll(async () => {
    await closeCtx(c);
  });

  it.skipIf(!target || !hostHasIt)(
    `numfmt is the oracle client in the agent sandbox, never the host's ELF${!target ? ' (skipped: no numfmt target)' : !hostHasIt ? ' (skipped: the host has no /usr/bin/numfmt)' : ''}`,
    async () => {
      const ctx = c!;
      const client = readFileSync(path.join(assetsDir, 'oracle-client.py'));
      const host = readFileSync('/usr/bin/numfmt');
      for (const p of ['/usr/bin/numfmt', '/bin/numfmt', '/opt/mirrorcode/bin/numfmt']) {
        const r = await agent(ctx, `cat ${p}`);
        expect(r.exitCode, p).toBe(0);
        expect(r.stdout.equals(client), `${p} is not the oracle client`).toBe(true);
        expect(r.stdout.includes(host.subarray(0x1000, 0x1040))).toBe(false);
      }
      const which = await agent(ctx, 'command -v numfmt; head -c 4 /usr/bin/numfmt | od -An -c');
      expect(which.stdout.toString()).toMatch(/^\/opt\/mirrorcode\/bin\/numfmt\n\s+#\s+!\s+\/\s+u\n$/);
      const scan = await agent(ctx, `find / \\( -path /proc -o -path /sys -o -path /dev \\) -prune -o -type f -size ${host.length}c -print0 2>/dev/null | xargs -0 -r sha256sum; echo scanned`, {
        wallMs: 60_000,
      });
      expect(scan.stdout.toString()).not.toContain(createHash('sha256').update(host).digest('hex'));
      expect(scan.stdout.toString()).not.toContain(ctx.secret.sha256);
      // Both names answer through the oracle.
      const r = await agent(ctx, 'numfmt --to=iec 1048576; /usr/bin/numfmt --from=si 2K');
      expect(r.stdout.toString()).toBe('1.0M\n2000\n');
    },
  );
});

// ----- the program under other names, and its libraries ------------------------------------

describe('a solution cannot run the host copy of the program under another name, nor load its library (bzip2)', () => {
  const target = existsSync(path.join(defaultTargetsDir, 'bzip2', 'manifest.yaml')) ? findTarget('bzip2') : null;
  // Debian's bunzip2 and bzcat are hard links of bzip2; libbz2 is what Python's bz2 module loads.
  const hostHasIt = existsSync('/usr/bin/bunzip2') && existsSync('/usr/bin/bzip2');

  it.skipIf(!target || !hostHasIt)('bunzip2, bzcat and libbz2 are hidden where solutions are built and scored', async () => {
    const manifest = target!.manifest;
    const work = mkdtempSync(path.join(os.tmpdir(), 'mirrorcode-alias-'));
    chmodSync(work, 0o755);
    const solution = mkdtempSync(path.join(os.tmpdir(), 'mirrorcode-alias-solution-'));
    chmodSync(solution, 0o755);
    const plain = 'hidden text, if this is printed the host program ran\n';
    // The host's own bzip2 makes the input (this test may use host tools; the sandbox may not).
    writeFileSync(path.join(work, 'in.bz2'), execFileSync('/usr/bin/bzip2', ['-c'], { input: plain }), { mode: 0o644 });
    writeFileSync(
      path.join(solution, 'bzip2'),
      '#!/bin/bash\nfor p in /usr/bin/bunzip2 /usr/bin/bzcat /bin/bunzip2; do [ -s "$p" ] && exec -a bzip2 "$p" "$@"; done\n' +
        'exec python3 -c "import bz2, sys; sys.stdout.buffer.write(bz2.decompress(open(sys.argv[2], \'rb\').read()))" "$@"\n',
      { mode: 0o755 },
    );
    const slot = await sandbox.acquireSlot();
    try {
      const spec = testSpec({ manifest, program: solutionProgram(solution), workHost: work, cwd: '/work', env: {}, proc: true });
      const r = await sandbox.exec({ spec, argv: ['bzip2', '-dc', 'in.bz2'], limits: { wallMs: 20_000 }, slot });
      expect(r.stdout.toString()).not.toContain('hidden text');
      expect(r.exitCode).not.toBe(0);
      const look = await sandbox.exec({
        spec,
        argv: ['/bin/bash', '-c', 'for p in /usr/bin/bunzip2 /usr/bin/bzcat /usr/lib/x86_64-linux-gnu/libbz2.so.1.0; do echo "$(cat "$p" 2>/dev/null | wc -c)"; done'],
        limits: { wallMs: 20_000 },
        slot,
      });
      expect(look.stdout.toString(), look.stderr.toString()).toBe('0\n0\n0\n');
    } finally {
      sandbox.releaseSlot(slot);
      rmSync(work, { recursive: true, force: true });
      rmSync(solution, { recursive: true, force: true });
    }
  });
});
