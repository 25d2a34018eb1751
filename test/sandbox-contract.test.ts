/**
 * The functional contract every Sandbox implementation must meet, as one shared suite:
 * `sandboxContract(name, makeSandbox)` is called once per implementation at the bottom of this
 * file. Checks that only make sense for a sandbox that contains what it runs (caps, processes
 * ending with the command, nothing of the host's environment) run when `isolated` is true.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDataHome } from '../src/reference/store.ts';
import { BwrapSandbox } from '../src/sandbox/bwrap.ts';
import { isRoot } from '../src/sandbox/slots.ts';
import { systemMounts } from '../src/sandbox/system-root.ts';
import type { ExecRequest, ExecResult, Limits, Mount, Sandbox, SandboxSpec, Slot } from '../src/sandbox/types.ts';
import { hostProcsOfUid, type HostProc } from './helpers.ts';

const MiB = 1024 * 1024;
const BASE_ENV = { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8', MARKER_VAR: 'contract-value' };
const LIMITS: Limits = { wallMs: 20_000, memoryBytes: 512 * MiB, processes: 128, fileBytes: 64 * MiB, outputBytes: 16 * MiB };


function show(procs: HostProc[]): string {
  return procs.map((p) => `${p.pid} [${p.state}] ${p.name} exe=${p.exe} ${p.cmdline}`).join('\n');
}

function sh(script: string): string[] {
  return ['/bin/bash', '-c', script];
}

export function sandboxContract(name: string, makeSandbox: () => Sandbox): void {
  describe(`Sandbox contract: ${name}`, () => {
    const sandbox = makeSandbox();
    const contained = sandbox.isolated;
    let slot: Slot;
    let hostDir: string;

    /** A minimal spec: the system read-only, a small /tmp, a host folder read-write at /data. */
    const spec = (over: Partial<SandboxSpec> & { tmpBytes?: number } = {}): SandboxSpec => {
      const mounts: Mount[] = [
        ...systemMounts(),
        { kind: 'tmpfs', path: '/tmp', sizeBytes: over.tmpBytes ?? 32 * MiB },
        { kind: 'rw', host: hostDir, path: '/data' },
      ];
      return { mounts, env: over.env ?? BASE_ENV, cwd: over.cwd ?? '/tmp', proc: over.proc ?? true };
    };
    const run = (argv: string[], opts: Partial<Omit<ExecRequest, 'limits'>> & { limits?: Partial<Limits> } = {}): Promise<ExecResult> =>
      sandbox.exec({ spec: spec(), slot, ...opts, argv, limits: { ...LIMITS, ...opts.limits } });

    /**
     * Everything the command started is gone, checked on the host right after the call returned:
     * no live process of the slot's uid, but for the sandbox's own pid-namespace init (bwrap)
     * finishing its exit (whether even that one is gone is a test of its own below). Checked
     * again after a grace period, so a failure tells "ended late" from "never ended".
     */
    const expectNoSlotProcess = async (what = ''): Promise<void> => {
      if (!isRoot) return; // without root the slot uid is ours: nothing to tell apart
      const live = (): HostProc[] =>
        hostProcsOfUid(slot.uid).filter((p) => p.state !== 'Z' && !(p.name === 'bwrap' && (p.exe === '' || p.exe === '/usr/bin/bwrap')));
      const atReturn = live();
      const deadline = Date.now() + 2000;
      while (live().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const late = live();
      expect(late, `${what}: processes of uid ${slot.uid} still running 2 s after the command returned:\n${show(late)}`).toEqual([]);
      expect.soft(atReturn, `${what}: processes of uid ${slot.uid} still running when the command returned:\n${show(atReturn)}`).toEqual([]);
    };

    beforeAll(async () => {
      ensureDataHome(); // sandbox uids must reach the made-up /etc/passwd kept there
      slot = await sandbox.acquireSlot();
      hostDir = mkdtempSync(path.join(tmpdir(), 'mirrorcode-contract-'));
      chmodSync(hostDir, 0o711);
      mkdirSync(path.join(hostDir, 'sub', 'deeper'), { recursive: true });
      writeFileSync(path.join(hostDir, 'sub', 'deeper', 'where.txt'), 'host-marker-in-cwd\n');
      sandbox.chownToSlot(hostDir, slot);
    });

    afterAll(() => {
      if (slot) sandbox.releaseSlot(slot);
      if (hostDir) rmSync(hostDir, { recursive: true, force: true });
    });

    describe('functional', () => {
      it('passes the exit status through', async () => {
        for (const code of [0, 1, 42, 255]) {
          const r = await run(sh(`exit ${code}`));
          expect(r.exitCode).toBe(code);
          expect(r.timedOut).toBe(false);
          expect(r.outputExceeded).toBe(false);
        }
        expect((await run(['/bin/false'])).exitCode).toBe(1);
        // A missing program: the shell's 127, not a harness error.
        expect((await run(sh('/no/such/program'))).exitCode).toBe(127);
      });

      it('keeps stdout and stderr apart, byte for byte, binary bytes included', async () => {
        const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
        const payload = Buffer.concat([all, randomBytes(300_000), all]);
        // The payload arrives on stdin; stdout gets it back, stderr gets a fixed binary tail.
        const r = await run(sh(`cat; printf 'E\\000\\377\\r\\n' >&2; exit 3`), { stdin: payload });
        expect(r.exitCode).toBe(3);
        expect(r.stdout.equals(payload)).toBe(true);
        expect([...r.stderr]).toEqual([0x45, 0x00, 0xff, 0x0d, 0x0a]);

        const r2 = await run(sh(`printf 'out1\\n'; printf 'err1\\n' >&2; printf 'out2'; printf 'err2' >&2`));
        expect(r2.stdout.toString('latin1')).toBe('out1\nout2');
        expect(r2.stderr.toString('latin1')).toBe('err1\nerr2');
      });

      it('delivers stdin bytes (a Buffer larger than a pipe, a stream, and none)', async () => {
        const big = randomBytes(3 * MiB);
        const r = await run(['/usr/bin/cat'], { stdin: big });
        expect(r.exitCode).toBe(0);
        expect(r.stdout.length).toBe(big.length);
        expect(r.stdout.equals(big)).toBe(true);

        const chunks = [Buffer.from('first '), randomBytes(100_000), Buffer.from(' last')];
        const r2 = await run(['/usr/bin/cat'], { stdin: Readable.from(chunks) });
        expect(r2.stdout.equals(Buffer.concat(chunks))).toBe(true);

        // No stdin given: the command sees end of file at once instead of hanging.
        const r3 = await run(['/usr/bin/cat'], { limits: { wallMs: 5000 } });
        expect(r3.timedOut).toBe(false);
        expect(r3.exitCode).toBe(0);
        expect(r3.stdout.length).toBe(0);
      });

      it('gives the command exactly the environment of the spec', async () => {
        const saved = { ...process.env };
        process.env.MIRRORCODE_CONTRACT_LEAK = 'leaked-from-host';
        process.env.HOME = '/root/host-home-leak';
        process.env.LD_PRELOAD = '';
        try {
          const env = { ...BASE_ENV, WITH_SPACES: 'a b  c', EMPTY: '', UNICODE: 'é→✓', EQUALS: 'x=y=z' };
          const r = await sandbox.exec({ spec: { ...spec(), env }, slot, argv: ['/usr/bin/env', '-0'], limits: LIMITS });
          expect(r.exitCode).toBe(0);
          const got: Record<string, string> = {};
          for (const entry of r.stdout.toString('utf8').split('\0').filter(Boolean)) {
            const i = entry.indexOf('=');
            got[entry.slice(0, i)] = entry.slice(i + 1);
          }
          // bwrap sets PWD to the working folder (a shell would too); nothing else may be added.
          if (got.PWD !== undefined) expect(got.PWD).toBe('/tmp');
          delete got.PWD;
          expect(got).toEqual(env);
          expect(r.stdout.includes('leaked-from-host')).toBe(false);
          expect(r.stdout.includes('host-home-leak')).toBe(false);
        } finally {
          for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
          Object.assign(process.env, saved);
        }
      });

      it('runs in the spec working folder', async () => {
        const r = await sandbox.exec({ spec: spec({ cwd: '/data/sub/deeper' }), slot, argv: sh('cat where.txt; echo > made-here.txt'), limits: LIMITS });
        expect(r.stderr.toString()).toBe('');
        expect(r.exitCode).toBe(0);
        expect(r.stdout.toString()).toBe('host-marker-in-cwd\n');
        // The relative write landed in the host folder behind the working folder.
        expect(readFileSync(path.join(hostDir, 'sub', 'deeper', 'made-here.txt'), 'utf8')).toBe('\n');
        if (contained) {
          const pwd = await sandbox.exec({ spec: spec({ cwd: '/data/sub' }), slot, argv: ['/bin/pwd'], limits: LIMITS });
          expect(pwd.stdout.toString()).toBe('/data/sub\n');
        }
      });

      it('stops a command at the wall-time limit and returns promptly', async () => {
        const r = await run(sh('trap "" TERM INT HUP; sleep 60'), { limits: { wallMs: 1000 } });
        expect(r.timedOut).toBe(true);
        expect(r.exitCode).not.toBe(0);
        expect(r.wallMs).toBeGreaterThanOrEqual(900);
        expect(r.wallMs).toBeLessThan(4000);
        // Output printed before the limit is kept.
        const r2 = await run(sh('echo before; sleep 60'), { limits: { wallMs: 1000 } });
        expect(r2.timedOut).toBe(true);
        expect(r2.stdout.toString()).toBe('before\n');
        expect(r2.wallMs).toBeLessThan(4000);
        // Background children holding the output pipes do not keep the call alive either.
        const r3 = await run(sh('sleep 60 & sleep 60 & wait'), { limits: { wallMs: 1000 } });
        expect(r3.timedOut).toBe(true);
        expect(r3.wallMs).toBeLessThan(4000);
      });

      it('stops a command at the output cap and keeps exactly the cap', async () => {
        const cap = 100_000;
        const r = await run(sh('yes abcdefg'), { limits: { outputBytes: cap, wallMs: 10_000 } });
        expect(r.outputExceeded).toBe(true);
        expect(r.timedOut).toBe(false);
        expect(r.exitCode).not.toBe(0);
        expect(r.stdout.length + r.stderr.length).toBe(cap);
        expect(r.stdout.toString()).toBe('abcdefg\n'.repeat(cap / 8 + 1).slice(0, cap));
        // The cap counts both streams together.
        const r2 = await run(sh('while :; do echo out; echo err >&2; done'), { limits: { outputBytes: cap, wallMs: 10_000 } });
        expect(r2.outputExceeded).toBe(true);
        expect(r2.stdout.length + r2.stderr.length).toBe(cap);
        expect(r2.stdout.length).toBeGreaterThan(0);
        expect(r2.stderr.length).toBeGreaterThan(0);
        // Exactly at the cap is not over it.
        const r3 = await run(sh(`head -c ${cap} /dev/zero`), { limits: { outputBytes: cap } });
        expect(r3.outputExceeded).toBe(false);
        expect(r3.exitCode).toBe(0);
        expect(r3.stdout.length).toBe(cap);
      });

      it('reports a command killed by signal N as 128+N', async () => {
        expect((await run(sh('kill -SEGV $$'))).exitCode).toBe(128 + 11);
        expect((await run(sh('kill -KILL $$'))).exitCode).toBe(128 + 9);
        expect((await run(sh('kill -TERM $$'))).exitCode).toBe(128 + 15);
        expect((await run(['/usr/bin/python3', '-c', 'import os, signal; os.kill(os.getpid(), signal.SIGABRT)'])).exitCode).toBe(128 + 6);
      });
    });

    describe.runIf(contained)('containment', () => {
      it('hides the host environment (HOME, MIRRORCODE_*, anything not in the spec)', async () => {
        process.env.MIRRORCODE_SECRET_TEST = 'host-only-value';
        try {
          const r = await run(['/usr/bin/python3', '-I', '-c', 'import os, json; print(json.dumps(dict(os.environ)))']);
          expect(r.exitCode).toBe(0);
          const env = JSON.parse(r.stdout.toString()) as Record<string, string>;
          expect(env.PWD ?? '/tmp').toBe('/tmp');
          delete env.PWD;
          expect(env).toEqual(BASE_ENV);
          expect(env.HOME).toBeUndefined();
        } finally {
          delete process.env.MIRRORCODE_SECRET_TEST;
        }
      });

      it('ends every process when the command returns (background, setsid, nohup, double fork, daemon)', async () => {
        const leavers: Record<string, string[]> = {
          background: sh('sleep 1000 & echo started'),
          setsid: sh('setsid sleep 1000 & echo started'),
          setsidFork: sh('setsid -f sleep 1000 >/dev/null 2>&1 </dev/null; echo started'),
          nohup: sh('nohup sleep 1000 >/dev/null 2>&1 </dev/null & echo started'),
          doubleFork: sh('( ( sleep 1000 >/dev/null 2>&1 </dev/null & ) & ); echo started'),
          disown: sh('sleep 1000 >/dev/null 2>&1 </dev/null & disown; echo started'),
          daemon: [
            '/usr/bin/python3',
            '-c',
            [
              'import os, sys, time',
              'if os.fork() == 0:',
              '    os.setsid()',
              '    if os.fork() == 0:',
              '        for fd in (0, 1, 2): os.close(fd)',
              '        time.sleep(1000)',
              '    os._exit(0)',
              'print("started")',
            ].join('\n'),
          ],
        };
        // Each a few times: whether a leftover is caught right at the return is a race.
        for (const [how, argv] of Object.entries(leavers)) {
          for (let round = 0; round < 3; round++) {
            const r = await run(argv, { limits: { wallMs: 10_000 } });
            expect(r.stdout.toString(), how).toBe('started\n');
            expect(r.timedOut, how).toBe(false);
            expect(r.wallMs, how).toBeLessThan(5000);
            await expectNoSlotProcess(`${how} #${round}`);
          }
        }
      });

      it('caps memory: the command is killed (or told no) and nothing else suffers', async () => {
        const hog = ['/usr/bin/python3', '-c', 'x = []\nwhile True: x.append(b"\\1" * (8 << 20))'];
        const r = await run(hog, { limits: { memoryBytes: 128 * MiB, wallMs: 20_000 } });
        expect(r.timedOut).toBe(false);
        expect(r.exitCode).not.toBe(0);
        // Either the kernel's OOM killer (SIGKILL) or an allocation failure inside the program.
        expect(r.outOfMemory || r.exitCode === 137, `exit ${r.exitCode}, stderr ${r.stderr.toString().slice(-300)}`).toBe(true);
        await expectNoSlotProcess();
        const next = await run(sh('echo fine'));
        expect(next.stdout.toString()).toBe('fine\n');
        expect(next.outOfMemory).toBe(false);
      });

      it('caps processes: a fork bomb is bounded, ends at the wall limit, and the next command runs', async () => {
        const cap = 48;
        // As written, the bomb's shell returns at once and the bomb dies with the pid namespace.
        const quick = await run(sh(':(){ :|:& };:'), { limits: { processes: cap, wallMs: 3000 } });
        expect(quick.wallMs).toBeLessThan(3000);
        await expectNoSlotProcess('fork bomb, shell returned');
        // Kept alive until the wall limit: at most `cap` processes at any time.
        let peak = 0;
        const sampler = setInterval(() => {
          peak = Math.max(peak, hostProcsOfUid(slot.uid).filter((p) => p.state !== 'Z').length);
        }, 20);
        let r: ExecResult;
        try {
          r = await run(sh(':(){ :|:& };:; sleep 60'), { limits: { processes: cap, wallMs: 3000 } });
        } finally {
          clearInterval(sampler);
        }
        expect(r.timedOut).toBe(true);
        expect(r.exitCode).toBe(137);
        expect(r.wallMs).toBeLessThan(6000);
        if (isRoot) {
          expect(peak).toBeGreaterThan(cap / 2);
          expect(peak).toBeLessThanOrEqual(cap);
        }
        await expectNoSlotProcess('fork bomb, wall limit');
        const next = await run(sh('for i in 1 2 3 4 5 6 7 8; do /bin/true & done; wait; echo fine'));
        expect(next.exitCode).toBe(0);
        expect(next.stdout.toString()).toBe('fine\n');
        expect(next.stderr.toString()).toBe('');
      });

      it.runIf(isRoot)('leaves no process of the slot behind at all, so past commands do not eat the process cap', async () => {
        const r = await run(sh('echo quick'));
        expect(r.stdout.toString()).toBe('quick\n');
        const left = hostProcsOfUid(slot.uid);
        // bwrap's monitor exits as soon as pid 2 reports its status; its pid-namespace init is then
        // orphaned to the host's pid 1 and lingers until that reaps it, counted in the pids cgroup.
        expect(left, `left behind by a finished command:\n${show(left)}`).toEqual([]);
        // What it costs: commands in a row, each starting 3 children under a cap of 10.
        const failures: string[] = [];
        for (let i = 0; i < 12; i++) {
          const c = await run(sh('for i in 1 2 3; do sleep 0.01 & done; wait; echo ok'), { limits: { processes: 10 } });
          if (c.stderr.length > 0 || c.stdout.toString() !== 'ok\n') failures.push(`#${i}: ${c.stderr.toString().trim().split('\n')[0]}`);
        }
        expect(failures, 'spurious fork failures').toEqual([]);
      });

      it('caps file size: a big write is cut at the cap', async () => {
        const cap = 1 * MiB;
        const r = await run(sh('head -c 8M /dev/zero > /tmp/big; echo "rc=$?"; stat -c %s /tmp/big'), { limits: { fileBytes: cap } });
        const [rc, size] = r.stdout.toString().trim().split('\n');
        // head is killed by SIGXFSZ (25), or gets EFBIG if it ignores it.
        expect(['rc=153', 'rc=1']).toContain(rc);
        expect(Number(size)).toBe(cap);
        // The cap is per file, written through a workspace mount too.
        const r2 = await run(sh('dd if=/dev/zero of=/data/big bs=64k count=64 2>/dev/null; echo "rc=$?"; stat -c %s /data/big; rm -f /data/big'), {
          limits: { fileBytes: cap },
        });
        expect(r2.stdout.toString()).toMatch(/^rc=(153|1)\n1048576\n$/);
      });

      it('caps the size of a tmpfs mount', async () => {
        const r = await sandbox.exec({
          spec: spec({ tmpBytes: 4 * MiB }),
          slot,
          argv: sh('head -c 16M /dev/zero > /tmp/fill; echo "rc=$?"; du -k /tmp/fill | cut -f1; df -k /tmp | tail -1'),
          limits: { ...LIMITS, fileBytes: 64 * MiB },
        });
        const lines = r.stdout.toString().trim().split('\n');
        expect(lines[0]).toBe('rc=1');
        expect(r.stderr.toString()).toMatch(/No space left on device/);
        expect(Number(lines[1]) * 1024).toBeLessThanOrEqual(4 * MiB);
        expect(Number(lines[2]?.split(/\s+/)[1]) * 1024).toBe(4 * MiB);
      });

      it('gives no network: no interface but the namespace own lo, nothing outside reachable', async () => {
        const r = await run([
          '/usr/bin/python3',
          '-c',
          [
            'import socket',
            'print(sorted(n for _, n in socket.if_nameindex()))',
            's = socket.socket()',
            's.settimeout(2)',
            'try:',
            '    s.connect(("1.1.1.1", 53)); print("connected")',
            'except OSError as e:',
            '    print("refused")',
          ].join('\n'),
        ]);
        expect(r.stdout.toString()).toBe("['lo']\nrefused\n");
      });
    });
  });
}

sandboxContract('bwrap', () => new BwrapSandbox());
