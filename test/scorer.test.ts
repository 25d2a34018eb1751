import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GoldFile } from '../src/reference/gold.ts';
import { ensurePrepared } from '../src/reference/prepare.ts';
import { ensureDataHome, type Reference } from '../src/reference/store.ts';
import { fromStored } from '../src/runner/observed.ts';
import { BwrapSandbox } from '../src/sandbox/bwrap.ts';
import type { Sandbox } from '../src/sandbox/types.ts';
import { buildReport } from '../src/scoring/report.ts';
import { scoreSolution, selectTests, type ScoreResult, type SolutionSource } from '../src/scoring/score.ts';
import { findTarget, type Target, type TestSuite } from '../src/targets/target.ts';
import type { TestCase } from '../src/targets/test-case.ts';
import { UserError } from '../src/util/errors.ts';
import { dataHome } from '../src/util/paths.ts';

/**
 * Integration tests of the scorer on the real `cal` target: deliberately wrong solutions, each a
 * folder written here, scored in the real sandbox against the real gold outputs.
 */

let sandbox: Sandbox;
let target: Target;
let reference: Reference;
let suite: TestSuite;
let gold: GoldFile;
const work = mkdtempSync(path.join(tmpdir(), 'mc-scorer-'));

beforeAll(async () => {
  ensureDataHome();
  sandbox = new BwrapSandbox();
  target = findTarget('cal');
  const p = await ensurePrepared(sandbox, target);
  reference = p.reference;
  suite = p.suite;
  gold = p.gold;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const byId = (id: string): TestCase => {
  const tc = suite.all.find((t) => t.id === id);
  if (!tc) throw new Error(`cal has no test ${id}`);
  return tc;
};
const expected = (id: string) => fromStored(gold.outputs[id]!);

/** Three chosen visible tests: two calendars and a usage error (stderr, exit 64). */
const CHOSEN = ['month-2-2024', 'month-2-2023', 'err-month-13'];
/** Tests the fixtures do not know. */
const OTHERS = ['month-9-1752', 'name-full-lower'];

let n = 0;
/** Writes a solution folder; string values are text files, mode 0755 for the entry point. */
function solution(files: Record<string, string | Buffer | { data: string | Buffer; mode: number } | { symlink: string } | { dir: true }>): string {
  const dir = path.join(work, `sol-${++n}`);
  mkdirSync(dir);
  for (const [rel, spec] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof spec === 'object' && 'symlink' in spec) symlinkSync(spec.symlink, file);
    else if (typeof spec === 'object' && 'dir' in spec) mkdirSync(file, { recursive: true });
    else {
      const { data, mode } = typeof spec === 'string' || Buffer.isBuffer(spec) ? { data: spec, mode: rel === 'cal' || rel.endsWith('.sh') ? 0o755 : 0o644 } : spec;
      writeFileSync(file, data);
      chmodSync(file, mode);
    }
  }
  return dir;
}

/**
 * A "solution" that knows the gold answers of some tests (bytes read from the gold file, only to
 * build fixtures) and prints "not implemented" with status 1 otherwise. `tweak` may change them.
 */
function answering(ids: string[], tweak: (id: string, a: { stdout: Buffer; stderr: Buffer; exit: number }) => void = () => {}): string {
  const table = ids.map((id) => {
    const e = expected(id);
    const a = { stdout: Buffer.from(e.stdout), stderr: Buffer.from(e.stderr), exit: e.exitCode };
    tweak(id, a);
    return [byId(id).argv, { stdout: a.stdout.toString('hex'), stderr: a.stderr.toString('hex'), exit: a.exit }];
  });
  return solution({
    cal: `#!/usr/bin/python3
import json, os, sys
here = os.path.dirname(os.path.realpath(__file__))
for argv, a in json.load(open(os.path.join(here, 'answers.json'))):
    if argv == sys.argv[1:]:
        sys.stdout.buffer.write(bytes.fromhex(a['stdout']))
        sys.stderr.buffer.write(bytes.fromhex(a['stderr']))
        sys.stdout.flush()
        sys.stderr.flush()
        sys.exit(a['exit'])
print('not implemented')
sys.exit(1)
`,
    'answers.json': JSON.stringify(table),
  });
}

async function score(src: string | SolutionSource, ids: string[], t: Target = target): Promise<ScoreResult & { ms: number }> {
  const started = performance.now();
  const r = await scoreSolution({
    sandbox,
    target: t,
    reference,
    gold,
    tests: ids.map(byId),
    solution: typeof src === 'string' ? { kind: 'dir', path: src } : src,
    suite: 'visible',
  });
  return { ...r, ms: performance.now() - started };
}

const verdicts = (r: ScoreResult): Record<string, string> =>
  Object.fromEntries(r.results.map((t) => [t.id, t.pass ? 'pass' : t.reasons.join(',')]));

/** The target with a shorter per-test time limit, so that hang tests are quick. */
const withTimeLimit = (seconds: number): Target => ({
  ...target,
  manifest: { ...target.manifest, limits: { ...target.manifest.limits, timeSeconds: seconds } },
});

describe('scoring wrong solutions for cal', () => {
  it('a solution correct for the chosen tests passes exactly those', async () => {
    const r = await score(answering(CHOSEN), [...CHOSEN, ...OTHERS]);
    expect(r.setupFailure).toBeNull();
    expect(r.build).toMatchObject({ ran: false, ok: true });
    expect(verdicts(r)).toEqual({
      'month-2-2024': 'pass',
      'month-2-2023': 'pass',
      'err-month-13': 'pass',
      'month-9-1752': 'stdout,exit',
      'name-full-lower': 'stdout,exit',
    });
    const pass = r.results.find((t) => t.id === 'err-month-13')!;
    expect(pass.actual?.exitCode).toBe(64);
    expect(pass.actual?.stderr.toString()).toMatch(/^cal: 13 is neither a month number/);
    expect(buildReport(r).visible).toEqual({ passed: 3, total: 5, rate: 0.6 });
  });

  it('one byte off in stdout fails with stdout only', async () => {
    const r = await score(
      answering(CHOSEN, (id, a) => {
        if (id === 'month-2-2024') a.stdout[3] = a.stdout[3]! ^ 0x20; // "February" -> "february"
      }),
      CHOSEN,
    );
    expect(verdicts(r)).toEqual({ 'month-2-2024': 'stdout', 'month-2-2023': 'pass', 'err-month-13': 'pass' });
    const t = r.results.find((x) => x.id === 'month-2-2024')!;
    expect(t.actual!.stdout.length).toBe(t.expected.stdout.length);
  });

  it('a stderr difference and a wrong exit status are named', async () => {
    const r = await score(
      answering(CHOSEN, (id, a) => {
        if (id === 'err-month-13') a.stderr = Buffer.concat([a.stderr, Buffer.from('extra\n')]);
        if (id === 'month-2-2023') a.exit = 2;
      }),
      CHOSEN,
    );
    expect(verdicts(r)).toEqual({ 'month-2-2024': 'pass', 'month-2-2023': 'exit', 'err-month-13': 'stderr' });
    expect(r.results.find((x) => x.id === 'month-2-2023')!.actual!.exitCode).toBe(2);
  });

  it('a hang (sleeping or spinning) times out, and scoring returns within the limit plus a margin', async () => {
    const dir = solution({ cal: '#!/bin/sh\nif [ "$1" = 2 ]; then exec sleep 1000; fi\nwhile :; do :; done\n' });
    const r = await score(dir, ['month-2-2024', 'err-month-13'], withTimeLimit(2));
    expect(r.results.map((t) => t.reasons[0])).toEqual(['timeout', 'timeout']);
    expect(r.results.every((t) => t.actual!.timedOut)).toBe(true);
    expect(r.ms).toBeLessThan(2000 + 6000);
  });

  it('a process left running in the background does not hold scoring up', async () => {
    const r = await score(
      solution({ cal: `#!/bin/sh\nsleep 1000 &\n(sleep 1000 >&2 &)\nprintf 'x\\n'\nexit 0\n` }),
      ['month-2-2024'],
      withTimeLimit(5),
    );
    expect(r.results[0]!.reasons).toEqual(['stdout']);
    expect(r.results[0]!.actual!.stdout.toString()).toBe('x\n');
    // Had scoring waited for the sleepers, the 5 s limit would have cut the test off.
    expect(r.results[0]!.actual!.timedOut).toBe(false);
  });

  it('a crash (SIGSEGV) is reported as a signal', async () => {
    const r = await score(solution({ cal: '#!/bin/sh\nprintf partial\nkill -SEGV $$\necho not reached\n' }), ['month-2-2024', 'err-month-13']);
    for (const t of r.results) {
      expect(t.reasons).toEqual(['signal', 'stdout', ...(t.id === 'err-month-13' ? ['stderr'] : []), 'exit']);
      expect(t.actual!.exitCode).toBe(128 + 11);
      expect(t.actual!.stdout.toString()).toBe('partial');
    }
  });

  it('huge output stops at the output cap', async () => {
    const r = await score(solution({ cal: '#!/bin/sh\nyes | head -c 1G\n' }), ['month-2-2024'], withTimeLimit(20));
    const t = r.results[0]!;
    expect(t.reasons[0]).toBe('output-cap');
    expect(t.actual!.outputExceeded).toBe(true);
    expect(t.actual!.stdout.length).toBeLessThanOrEqual(target.manifest.limits.outputBytes);
    // Stopped by the cap, not left to run into the 20 s time limit.
    expect(t.actual!.timedOut).toBe(false);
    expect(t.reasons).not.toContain('timeout');
  });

  it('a build.sh that fails fails every test with build-failed, keeping the build log', async () => {
    const dir = solution({ 'build.sh': '#!/bin/sh\necho compiling things\necho "error: it broke" >&2\nexit 3\n', cal: '#!/bin/sh\necho hi\n' });
    const r = await score(dir, CHOSEN);
    expect(r.setupFailure).toBe('build.sh exited with status 3');
    expect(r.build).toMatchObject({ ran: true, ok: false, exitCode: 3 });
    expect(r.build!.log).toContain('compiling things');
    expect(r.build!.log).toContain('error: it broke');
    expect(r.results.map((t) => [t.id, t.pass, t.reasons, t.actual])).toEqual(CHOSEN.map((id) => [id, false, ['build-failed'], null]));
    const report = buildReport(r);
    expect(report.solved).toBe(false);
    expect(report.build?.log).toContain('error: it broke');
  });

  it('a build.sh that compiles a C entry point with gcc: the program runs', async () => {
    const text = expected('month-2-2024').stdout.toString('utf8');
    const cString = JSON.stringify(text); // a valid C string literal for ASCII text
    const dir = solution({
      'build.sh': 'set -e\ngcc -O1 -o cal main.c\necho built\n',
      'main.c': `#include <stdio.h>\nint main(void) { fputs(${cString}, stdout); return 0; }\n`,
    });
    const r = await score(dir, ['month-2-2024', 'month-2-2023', 'err-month-13']);
    expect(r.setupFailure).toBeNull();
    expect(r.build).toMatchObject({ ran: true, ok: true, exitCode: 0 });
    expect(r.build!.log).toContain('built');
    expect(verdicts(r)).toEqual({ 'month-2-2024': 'pass', 'month-2-2023': 'stdout', 'err-month-13': 'stdout,stderr,exit' });
  });

  it('a program built private to the build user still runs in every test slot', async () => {
    // umask 077 and chmod 700: the build's files belong to the build slot's uid alone, while
    // tests run in parallel under other slots' uids. Every test must still run the program.
    const dir = solution({
      'build.sh': 'umask 077\nmkdir -p lib\nprintf "fixed output\\n" > lib/out.txt\nprintf \'#!/bin/sh\\ncat "$(dirname "$0")/lib/out.txt"\\n\' > cal\nchmod 700 cal\n',
    });
    const ids = selectTests(suite.visible, 'visible').slice(0, 12).map((t) => t.id);
    const r = await score(dir, ids);
    expect(r.setupFailure).toBeNull();
    for (const t of r.results) {
      expect({ id: t.id, stdout: t.actual!.stdout.toString(), stderr: t.actual!.stderr.toString(), exit: t.actual!.exitCode }).toEqual({
        id: t.id,
        stdout: 'fixed output\n',
        stderr: '',
        exit: 0,
      });
    }
  });

  it('an entry point kept private by the solution owner still runs', async () => {
    const dir = solution({ cal: { data: '#!/bin/sh\necho private\n', mode: 0o700 } });
    const r = await score(dir, ['month-2-2024', 'month-2-2023']);
    expect(r.results.map((t) => t.actual!.stdout.toString())).toEqual(['private\n', 'private\n']);
  });

  it('no entry point: every test no-entry-point, with a clear setup failure', async () => {
    const r = await score(solution({ 'README.md': 'nothing here\n', 'cal.py': 'print(1)\n' }), CHOSEN);
    expect(r.setupFailure).toBe('no executable named "cal" at the solution\'s root');
    expect(r.results.every((t) => !t.pass && t.reasons.join() === 'no-entry-point' && t.actual === null)).toBe(true);
    expect(r.results).toHaveLength(3);
  });

  it('an entry point that is not executable, or not a file, is explained', async () => {
    const notExec = await score(solution({ cal: { data: '#!/bin/sh\necho hi\n', mode: 0o644 } }), ['month-2-2024']);
    expect(notExec.setupFailure).toBe('"cal" at the solution\'s root is not executable (chmod +x)');
    expect(notExec.results[0]!.reasons).toEqual(['no-entry-point']);
    const folder = await score(solution({ cal: { dir: true } }), ['month-2-2024']);
    expect(folder.setupFailure).toBe('"cal" at the solution\'s root is not a file');
  });

  it('an entry point that is a symlink inside the solution works', async () => {
    const dir = solution({ 'bin/real-cal': { data: '#!/bin/sh\necho linked "$@"\n', mode: 0o755 }, cal: { symlink: 'bin/real-cal' } });
    const r = await score(dir, ['month-2-2024']);
    expect(r.setupFailure).toBeNull();
    expect(r.results[0]!.actual!.stdout.toString()).toBe('linked 2 2024\n');
  });

  it('a solution folder that does not exist is a UserError', async () => {
    await expect(score(path.join(work, 'does-not-exist'), ['month-2-2024'])).rejects.toThrow(UserError);
    await expect(score(path.join(work, 'does-not-exist'), ['month-2-2024'])).rejects.toThrow(/solution folder does not exist/);
  });
});

describe('copies of the reference are refused', () => {
  let binary: Buffer;
  beforeAll(() => {
    binary = readFileSync(reference.binary);
    expect(binary.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
  });

  const refusal = async (dir: string): Promise<UserError> => {
    try {
      await score(dir, ['month-2-2024']);
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      return err as UserError;
    }
    throw new Error('the solution was not refused');
  };

  it('a byte copy of the reference binary as the entry point', async () => {
    const err = await refusal(solution({ cal: { data: binary, mode: 0o755 } }));
    expect(err.message).toBe('solution refused: cal contains a copy of the reference binary');
  });

  it('the reference embedded inside a bigger file', async () => {
    const noise = (k: number) => Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919 + k) % 251));
    const err = await refusal(solution({ cal: '#!/bin/sh\necho hi\n', 'data/blob.bin': Buffer.concat([noise(1), binary, noise(2)]) }));
    expect(err.message).toMatch(/^solution refused: data\/blob\.bin contains a copy of the reference binary$/);
    expect(err.message).not.toContain('\n');
  });

  it('a reference rebuilt by build.sh from scrambled bytes', async () => {
    const reversed = Buffer.from(binary).reverse();
    const dir = solution({
      'build.sh': "python3 -c \"import sys; d=open('x.dat','rb').read(); open('cal','wb').write(d[::-1])\"\nchmod +x cal\n",
      'x.dat': reversed,
    });
    const err = await refusal(dir);
    expect(err.message).toBe('solution refused: cal contains, after the build, a copy of the reference binary');
  });
});

describe('the build sandbox holds no reference and no network', () => {
  it('build.sh cannot find or copy any ncal, cal or hexyl program', async () => {
    const store = path.join(dataHome(), 'store');
    const script = `
for f in /usr/bin/ncal /usr/bin/cal /usr/bin/hexyl /usr/local/bin/ncal /usr/local/bin/hexyl /bin/ncal \\
         ${reference.binary} ${store}/pkgs/*/usr/bin/*; do
  if cp "$f" ./cal 2>/dev/null && [ -s ./cal ]; then echo "COPIED $f"; exit 0; fi
done
found=$(find / \\( -path /proc -o -path /sys -o -path /dev \\) -prune -o \\( -name ncal -o -name hexyl -o -name 'ncal_*' -o -name 'hexyl_*' \\) -print 2>/dev/null)
echo "found: [$found]"
for f in $found; do
  if [ -f "$f" ] && [ -s "$f" ] && cp "$f" ./cal 2>/dev/null; then echo "COPIED $f"; exit 0; fi
done
for d in ${dataHome()} ${store} /work /root /home; do [ -e "$d" ] && echo "VISIBLE $d"; done
echo "no reference anywhere"
exit 1
`;
    const r = await score(solution({ 'build.sh': script }), ['month-2-2024']);
    expect(r.build!.log).not.toContain('COPIED');
    expect(r.build!.log).not.toContain('VISIBLE');
    expect(r.build!.log).toContain('found: []');
    expect(r.build!.log).toContain('no reference anywhere');
    expect(r.setupFailure).toBe('build.sh exited with status 1');
    expect(r.results[0]!.reasons).toEqual(['build-failed']);
  }, 60_000);

  it('build.sh cannot reach a server on the host', async () => {
    let connections = 0;
    const server = net.createServer((s) => {
      connections++;
      s.on('error', () => {});
      s.end('hello\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const hosts = ['127.0.0.1', ...Object.values(networkInterfaces()).flatMap((l) => (l ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address))];
    try {
      // sanity: the server answers from the host
      await new Promise<void>((resolve, reject) => net.connect(port, '127.0.0.1', resolve).on('error', reject).on('connect', function (this: net.Socket) { this.destroy(); }));
      expect(connections).toBe(1);
      const py = `import socket, sys
ok = 0
for h in ${JSON.stringify(hosts)}:
    try:
        socket.create_connection((h, ${port}), timeout=3).close()
        print('CONNECTED', h); ok += 1
    except OSError as e:
        print('refused', h, type(e).__name__, e)
sys.exit(0 if ok else 1)
`;
      const r = await score(solution({ 'build.sh': 'python3 net.py\n', 'net.py': py }), ['month-2-2024']);
      expect(r.build!.log).not.toContain('CONNECTED');
      expect(r.build!.log).toContain('refused 127.0.0.1');
      expect(r.setupFailure).toBe('build.sh exited with status 1');
      expect(connections).toBe(1);
    } finally {
      server.close();
    }
  }, 60_000);

  it('a build.sh that never ends is stopped at the build time limit', async () => {
    const before = process.env.MIRRORCODE_BUILD_SECONDS;
    process.env.MIRRORCODE_BUILD_SECONDS = '2';
    try {
      vi.resetModules();
      const fresh = await import('../src/scoring/score.ts');
      const started = performance.now();
      const r = await fresh.scoreSolution({
        sandbox,
        target,
        reference,
        gold,
        tests: [byId('month-2-2024')],
        solution: { kind: 'dir', path: solution({ 'build.sh': 'sleep 1000\n', cal: '#!/bin/sh\n' }) },
        suite: 'visible',
      });
      expect(r.setupFailure).toBe('build.sh timed out after 2 s');
      expect(r.results[0]!.reasons).toEqual(['build-failed']);
      expect(performance.now() - started).toBeLessThan(8000);
    } finally {
      if (before === undefined) delete process.env.MIRRORCODE_BUILD_SECONDS;
      else process.env.MIRRORCODE_BUILD_SECONDS = before;
      vi.resetModules();
    }
  });
});

describe('determinism and the gold check', () => {
  it('scoring the same partly wrong solution twice gives identical per-test results', async () => {
    // A rough cal in Python: right for many plain "month year" calendars, wrong elsewhere.
    const dir = solution({
      cal: `#!/usr/bin/python3
import calendar, sys
args = sys.argv[1:]
try:
    assert len(args) == 2
    m, y = int(args[0]), int(args[1])
    assert 1 <= m <= 12 and 1753 <= y <= 9999
except Exception:
    sys.stderr.write('usage: cal [-31jy] [[month] year]\\n')
    sys.exit(64)
lines = calendar.TextCalendar(calendar.SUNDAY).formatmonth(y, m).rstrip('\\n').split('\\n')
lines += [''] * (8 - len(lines))
sys.stdout.write(''.join(l.ljust(20) + '  \\n' for l in lines))
`,
    });
    const ids = suite.visible.slice(0, 40).map((t) => t.id);
    const first = await score(dir, ids);
    const second = await score(dir, ids);
    const summary = (r: ScoreResult) =>
      r.results.map((t) => ({
        id: t.id,
        pass: t.pass,
        reasons: t.reasons,
        stdout: t.actual!.stdout.toString('base64'),
        stderr: t.actual!.stderr.toString('base64'),
        exit: t.actual!.exitCode,
      }));
    expect(summary(second)).toEqual(summary(first));
    const passed = first.results.filter((t) => t.pass).length;
    // partly wrong: some pass, some fail
    expect(passed).toBeGreaterThan(3);
    expect(passed).toBeLessThan(ids.length);
    expect(first.results.find((t) => t.id === 'month-2-2024')!.pass).toBe(true);
  }, 90_000);

  it('the reference scored as a solution passes 100% of 60 tests', async () => {
    const visible = selectTests(suite.all, 'visible');
    const hidden = selectTests(suite.all, 'hidden');
    expect(visible.length + hidden.length).toBe(suite.all.length);
    const tests = [...visible.filter((_, i) => i % 7 === 0).slice(0, 30), ...hidden.filter((_, i) => i % 6 === 0).slice(0, 30)];
    expect(tests).toHaveLength(60);
    const r = await scoreSolution({ sandbox, target, reference, gold, tests, solution: { kind: 'reference' }, suite: 'all' });
    const failed = r.results.filter((t) => !t.pass).map((t) => `${t.id}: ${t.reasons.join(',')}`);
    expect(failed).toEqual([]);
    expect(r.solution).toBe('(reference)');
    expect(r.build).toBeNull();
    const report = buildReport(r);
    expect(report.solved).toBe(true);
    expect(report.visible.rate).toBe(1);
    expect(report.hidden.rate).toBe(1);
  }, 90_000);
});
