import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BwrapSandbox } from '../src/sandbox/bwrap.js';
import { HostSandbox } from '../src/sandbox/host.js';
import { systemMounts, SANDBOX_PATH } from '../src/sandbox/system-root.js';
import type { Limits, Sandbox, SandboxSpec, Worker } from '../src/sandbox/types.js';
import { removeDir, tempDir } from './helpers.js';

const LIMITS: Limits = { wallMs: 5000, cpuSeconds: 5, fileBytes: 16 * 1024 * 1024, outputBytes: 1024 * 1024 };

function spec(work: string): SandboxSpec {
  return {
    mounts: [...systemMounts(), { kind: 'tmpfs', path: '/tmp', sizeBytes: 64 * 1024 * 1024 }, { kind: 'rw', host: work, path: '/work' }],
    env: { PATH: SANDBOX_PATH, HOME: '/tmp' },
    cwd: '/work',
    proc: true,
  };
}

/** Opens a worker on a fresh work folder, runs `body`, and always cleans up. */
async function withWorker(sb: Sandbox, body: (w: Worker, work: string) => Promise<void>): Promise<void> {
  const work = tempDir('worker');
  const slot = await sb.acquireSlot();
  sb.chownToSlot(work, slot);
  const w = await sb.openWorker(spec(work), slot);
  try {
    await body(w, work);
  } finally {
    await w.close();
    sb.releaseSlot(slot);
    removeDir(work);
  }
}

/** What every Worker must do, whatever the Sandbox behind it. */
function workerContract(name: string, make: () => Sandbox): void {
  describe(`${name} worker`, () => {
    it('runs commands one after another with their own stdin, env and exit status', async () => {
      await withWorker(make(), async (w, work) => {
          const a = await w.run({ argv: ['sh', '-c', 'cat; echo "$X" >&2; exit 3'], env: { X: 'one' }, stdin: Buffer.from([0, 1, 255]), limits: LIMITS });
          expect([...a.stdout]).toEqual([0, 1, 255]);
          expect(a.stderr.toString()).toBe('one\n');
          expect(a.exitCode).toBe(3);
          writeFileSync(path.join(work, 'here.txt'), 'in cwd\n');
          const b = await w.run({ argv: ['sh', '-c', 'echo "${X:-unset}"; cat here.txt'], limits: LIMITS });
          expect(b.stdout.toString()).toBe('unset\nin cwd\n');
          expect(b.exitCode).toBe(0);
      });
    });

    it('stops a command at its wall time and caps its output', async () => {
      await withWorker(make(), async (w, work) => {
          const t0 = performance.now();
          const slow = await w.run({ argv: ['sleep', '30'], limits: { ...LIMITS, wallMs: 500 } });
          expect(slow.timedOut).toBe(true);
          expect(performance.now() - t0).toBeLessThan(5000);
          const loud = await w.run({ argv: ['sh', '-c', 'yes'], limits: { ...LIMITS, outputBytes: 1000 } });
          expect(loud.outputExceeded).toBe(true);
          expect(loud.stdout.length + loud.stderr.length).toBe(1000);
          const after = await w.run({ argv: ['echo', 'ok'], limits: LIMITS });
          expect(after.stdout.toString()).toBe('ok\n');
      });
    });
  });
}

workerContract('bwrap', () => new BwrapSandbox());
workerContract('host', () => new HostSandbox());

describe('bwrap worker isolation between tests', () => {
  it('leaves nothing of one test to the next: processes, /tmp files, and the runner cannot be touched', async () => {
    await withWorker(new BwrapSandbox(), async (w) => {
      const first = await w.run({
        argv: ['sh', '-c', 'sleep 300 & setsid sleep 301 & (sleep 302 &) ; echo secret > /tmp/left; echo started'],
        limits: LIMITS,
      });
      expect(first.stdout.toString()).toBe('started\n');
      const second = await w.run({
        argv: ['sh', '-c', 'ls /tmp; ps -eo pid,comm --no-headers | grep -v -e " ps$" -e " sh$" -e " grep$"; true'],
        limits: LIMITS,
      });
      // Only the runner (pid 1) is left; /tmp is empty.
      expect(second.stdout.toString().trim().split('\n').map((l) => l.trim())).toEqual(['1 python3']);
      const third = await w.run({
        argv: ['sh', '-c', 'kill -9 1; cat /proc/1/mem 2>&1 | head -c 100; cat /proc/1/environ 2>&1 | head -c 100; ls /proc/1/fd 2>&1 | head -c 100; echo; echo alive'],
        limits: LIMITS,
      });
      expect(third.stdout.toString()).toMatch(/Permission denied[\s\S]*alive\n$/);
      expect(third.stdout.toString()).not.toMatch(/PATH=/);
      const fourth = await w.run({ argv: ['echo', 'still here'], limits: LIMITS });
      expect(fourth.stdout.toString()).toBe('still here\n');
    });
  });

  it('survives a test that exhausts memory or processes, and runs the next test', async () => {
    await withWorker(new BwrapSandbox(), async (w) => {
      const hog = await w.run({ argv: ['python3', '-c', 'b = []\nwhile True: b.append(bytearray(64 << 20))'], limits: { ...LIMITS, wallMs: 20000 } });
      expect(hog.exitCode).not.toBe(0);
      const bomb = await w.run({ argv: ['bash', '-c', 'f() { f | f & }; f; sleep 2'], limits: { ...LIMITS, wallMs: 4000 } });
      // The slot's pids cap stops the bomb: forks start failing.
      expect(bomb.stderr.toString()).toMatch(/fork|Resource temporarily unavailable/);
      const next = await w.run({ argv: ['echo', 'fine'], limits: LIMITS });
      expect(next.stdout.toString()).toBe('fine\n');
      expect(next.exitCode).toBe(0);
    });
  });
});
