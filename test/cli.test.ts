import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldPath } from '../src/reference/gold.ts';
import { receiptsCsv } from '../src/report/receipts.ts';
import { ensurePrepared } from '../src/reference/prepare.ts';
import { ensureDataHome } from '../src/reference/store.ts';
import { fromStored } from '../src/runner/observed.ts';
import { BwrapSandbox } from '../src/sandbox/bwrap.ts';
import { findTarget, loadTests } from '../src/targets/target.ts';
import { projectRoot } from '../src/util/paths.ts';
import { fakeRun } from './support/runs.ts';

/** The built CLI, run as a child process the way a user runs it. */

const BIN = path.join(projectRoot, 'bin', 'mirrorcode.js');
const work = mkdtempSync(path.join(tmpdir(), 'mc-cli-'));
// Sandbox uids must be able to enter the folders above a --workspace.
chmodSync(work, 0o711);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.MIRRORCODE_DEBUG;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mirrorcode ${args.join(' ')}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Exit status 1, nothing on stdout, and exactly one stderr line starting "mirrorcode:". */
function expectOneLineError(r: Run, what: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.split('\n')).toHaveLength(2);
  expect(r.stderr.startsWith('mirrorcode: ')).toBe(true);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).toMatch(what);
}

/** Builds dist/ when it is missing or older than src/ (npm test builds it first anyway). */
function ensureBuilt(): void {
  const newest = (dir: string, ext: string): number => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) t = Math.max(t, newest(p, ext));
      else if (e.name.endsWith(ext)) t = Math.max(t, statSync(p).mtimeMs);
    }
    return t;
  };
  const dist = path.join(projectRoot, 'dist');
  if (existsSync(path.join(dist, 'cli', 'main.js')) && newest(dist, '.js') >= newest(path.join(projectRoot, 'src'), '.ts')) return;
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(projectRoot, 'tsconfig.json')], { stdio: 'inherit' });
}

let stub: string;

beforeAll(async () => {
  ensureBuilt();
  ensureDataHome();
  const sandbox = new BwrapSandbox();
  for (const name of ['cal', 'hexyl']) await ensurePrepared(sandbox, findTarget(name));
  stub = path.join(work, 'stub');
  mkdirSync(stub);
  writeFileSync(path.join(stub, 'cal'), '#!/bin/sh\nexit 0\n');
  chmodSync(path.join(stub, 'cal'), 0o755);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('mirrorcode targets', () => {
  it('--json lists cal and hexyl with their test counts', async () => {
    const r = await cli(['targets', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as Array<{ name: string; category: string; tier: string; visible: number; hidden: number; prepared: boolean }>;
    for (const name of ['cal', 'hexyl']) {
      const row = rows.find((x) => x.name === name);
      const suite = await loadTests(findTarget(name));
      expect(row).toMatchObject({ name, category: 'unix-utility', tier: 'S', visible: suite.visible.length, hidden: suite.hidden.length, prepared: true });
      expect(row!.visible).toBeGreaterThan(50);
      expect(row!.hidden).toBeGreaterThan(50);
    }
  });

  it('prints a table without --json', async () => {
    const r = await cli(['targets']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TARGET\s+CATEGORY\s+TIER\s+VISIBLE\s+HIDDEN\s+PREPARED$/);
    expect(lines.some((l) => /^cal\s+unix-utility\s+S\s+\d+\s+\d+\s+yes$/.test(l))).toBe(true);
    expect(lines.some((l) => /^hexyl\s+unix-utility\s+S\s+\d+\s+\d+\s+yes$/.test(l))).toBe(true);
  });

  it('a malformed manifest in a --targets folder is one line naming the file and the field', async () => {
    const extra = path.join(work, 'extra-targets');
    const manifest = path.join(extra, 'broken', 'manifest.yaml');
    mkdirSync(path.dirname(manifest), { recursive: true });
    writeFileSync(
      manifest,
      'name: broken\ntitle: Broken\ncategory: unix-utility\ntier: XL\ncommand: broken\nreference: {packages: [coreutils], binary: /usr/bin/true}\ntests: {generator: tests.mjs, seed: 1}\n',
    );
    const listed = await cli(['--targets', extra, 'targets', '--json']);
    expectOneLineError(listed, /^mirrorcode: .*\/extra-targets\/broken\/manifest\.yaml: field tier: /);
    const scored = await cli(['--targets', extra, 'score', 'broken', stub]);
    expectOneLineError(scored, /extra-targets\/broken\/manifest\.yaml: field tier: /);

    writeFileSync(manifest, 'name: broken\ntitle: [oops\n');
    expectOneLineError(await cli(['--targets', extra, 'targets']), /extra-targets\/broken\/manifest\.yaml: not valid YAML: /);
  });

  it('a --targets folder that does not exist is one line', async () => {
    expectOneLineError(await cli(['--targets', path.join(work, 'nope'), 'targets']), /nope: targets folder does not exist/);
  });
});

describe('errors are one line and exit 1', () => {
  it('unknown target', async () => {
    for (const args of [['score', 'no-such-target', stub], ['exec', 'no-such-target', '--', 'true'], ['validate', 'no-such-target']]) {
      const r = await cli(args);
      expectOneLineError(r, /^mirrorcode: unknown target "no-such-target"/);
    }
  });

  it('score with a solution folder that does not exist', async () => {
    expectOneLineError(await cli(['score', 'cal', '/nonexistent']), /^mirrorcode: \/nonexistent: solution folder does not exist\n$/);
  });

  it('score with a bad --suite', async () => {
    expectOneLineError(await cli(['score', 'cal', stub, '--suite', 'bogus']), /^mirrorcode: --suite must be visible, hidden or all, not "bogus"\n$/);
  });

  it('exec without a command', async () => {
    expectOneLineError(await cli(['exec', 'cal']), /give the command after --/);
  });

  it('score refuses a copy of the reference binary', async () => {
    const { localReference } = await import('../src/reference/store.ts');
    const ref = await localReference(findTarget('cal'));
    const dir = path.join(work, 'copy');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'cal'), readFileSync(ref!.binary));
    chmodSync(path.join(dir, 'cal'), 0o755);
    expectOneLineError(await cli(['score', 'cal', dir]), /^mirrorcode: solution refused: cal contains a copy of the reference binary\n$/);
  });
});

describe('mirrorcode exec', () => {
  it('runs the real cal in the agent sandbox', async () => {
    const ws = path.join(work, 'ws-cal');
    const r = await cli(['exec', 'cal', '--workspace', ws, '--', 'cal', '2', '2024']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('February 2024');
    const suite = await loadTests(findTarget('cal'));
    expect(suite.visible.find((t) => t.id === 'month-2-2024')?.argv).toEqual(['2', '2024']);
    const gold = JSON.parse(readFileSync(goldPath(findTarget('cal')), 'utf8'));
    expect(r.stdout).toBe(fromStored(gold.outputs['month-2-2024']).stdout.toString('utf8'));
  });

  it('exits with the command status', async () => {
    const r = await cli(['exec', 'cal', '--workspace', path.join(work, 'ws-exit'), '--', 'sh', '-c', 'echo out; echo err >&2; exit 7']);
    expect(r.code).toBe(7);
    expect(r.stdout).toBe('out\n');
    expect(r.stderr).toBe('err\n');
  });
});

describe('mirrorcode exec --workspace errors', () => {
  it('a workspace the sandbox uids cannot reach is one line, not a bwrap message', async () => {
    if (process.getuid?.() !== 0) return;
    const closed = path.join(work, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, 0o700);
    const r = await cli(['exec', 'cal', '--workspace', path.join(closed, 'ws'), '--', 'true']);
    expectOneLineError(r, new RegExp(`^mirrorcode: ${closed}/ws: the sandbox cannot reach it, as ${closed} is closed to other users`));
    expect(existsSync(path.join(closed, 'ws'))).toBe(false);
  });

  it('a workspace that is a file is one line', async () => {
    const file = path.join(work, 'a-file');
    writeFileSync(file, 'x');
    expectOneLineError(await cli(['exec', 'cal', '--workspace', file, '--', 'true']), /a-file: not a folder\n$/);
  });
});

describe('mirrorcode score', () => {
  it('a stub solution: --json report with visible and hidden rates, not solved, exit 3', async () => {
    const out = path.join(work, 'report.json');
    const r = await cli(['score', 'cal', stub, '--json', '--out', out], 120_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    const suite = await loadTests(findTarget('cal'));
    expect(report).toMatchObject({ target: 'cal', solution: stub, suite: 'all', solved: false, setupFailure: null });
    expect(report.visible.total).toBe(suite.visible.length);
    expect(report.hidden.total).toBe(suite.hidden.length);
    expect(typeof report.visible.rate).toBe('number');
    expect(typeof report.hidden.rate).toBe('number');
    expect(report.visible.rate).toBeLessThan(0.05);
    expect(report.hidden.rate).toBeLessThan(0.05);
    expect(report.tests).toHaveLength(suite.all.length);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(report);
  }, 150_000);

  it('--suite visible and the readable summary', async () => {
    const r = await cli(['score', 'cal', stub, '--suite', 'visible', '--failures', '2'], 120_000);
    expect(r.code).toBe(3);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`target cal   solution ${stub}`);
    expect(lines[1]).toMatch(/^visible \d+\/\d+ \([\d.]+%\)   hidden -   not solved$/);
    expect(lines.filter((l) => l.startsWith('FAIL '))).toHaveLength(2);
    expect(r.stdout).toMatch(/\.\.\. and \d+ more failing tests/);
    expect(r.stdout).toContain('--- expected/stdout');
  }, 150_000);

  it('a solution without an entry point: no test ran, exit 3', async () => {
    const dir = path.join(work, 'empty');
    mkdirSync(dir);
    const r = await cli(['score', 'cal', dir, '--suite', 'visible']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('no test ran: no executable named "cal" at the solution\'s root');
  });
});

describe('mirrorcode show', () => {
  it("prints a test and the reference's captured answer; --json gives the exact bytes; an unknown id is one line", async () => {
    const target = findTarget('cal');
    const gold = JSON.parse(readFileSync(goldPath(target), 'utf8')) as { outputs: Record<string, { stdout: string; stderr: string; exitCode: number }> };
    const hidden = (await loadTests(target)).hidden[0]!;
    const r = await cli(['show', 'cal', hidden.id]);
    expect(r.code).toBe(0);
    const stdout = Buffer.from(gold.outputs[hidden.id]!.stdout, 'base64').toString();
    expect(r.stdout).toContain(`${hidden.id} (hidden, dual of ${hidden.dualOf})`);
    expect(r.stdout).toContain(`command: cal ${hidden.argv.join(' ')}\n`);
    expect(r.stdout).toContain(`exit status: ${gold.outputs[hidden.id]!.exitCode}\n--- stdout (${Buffer.byteLength(stdout)} bytes)\n${stdout}`);
    const j = await cli(['show', 'cal', hidden.id, '--json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ test: { id: hidden.id, argv: hidden.argv }, expected: gold.outputs[hidden.id] });
    const bad = await cli(['show', 'cal', 'month-99']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^mirrorcode: cal has no test "month-99"; ids starting with "month": month-[^\n]*\n$/);
  });
});

describe('mirrorcode report over runs scored against different test sets', () => {
  it('warns on stderr for machine formats; --latest-tests keeps each target\'s newest set, whatever model is asked for', async () => {
    const file = path.join(work, 'mixed-receipts.csv');
    writeFileSync(file, receiptsCsv([
      fakeRun({ id: 'old', model: 'A', endedAt: '2026-01-01T00:00:00.000Z', solved: false }),
      fakeRun({ id: 'new', model: 'B', endedAt: '2026-02-01T00:00:00.000Z', testsHash: 'b'.repeat(64) }),
    ]));
    const mixed = await cli(['report', '--receipts', file, '--format', 'json']);
    expect(mixed.code).toBe(0);
    expect(mixed.stderr).toMatch(/^Warning: runs of rev were scored against 2 test sets/);
    expect(JSON.parse(mixed.stdout).runs).toBe(2);
    const latest = await cli(['report', '--receipts', file, '--format', 'json', '--latest-tests']);
    expect(latest.stderr).toBe('');
    expect(JSON.parse(latest.stdout).groups.map((g: { key: string }) => g.key)).toEqual(['B']);
    const none = await cli(['report', '--receipts', file, '--latest-tests', '--model', 'A']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`mirrorcode: no runs in ${file} match --model A --latest-tests\n`);
  });
});

describe('authoring kit', () => {
  it('target-new scaffolds a target that prepares and validates (failing only on its tier minimum), and coverage lists options', async () => {
    const { mkdtempSync, chmodSync, rmSync, existsSync: exists } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'targets-'));
    chmodSync(dir, 0o755);
    try {
      const made = await cli(['target', 'new', 'tac', '--package', 'coreutils', '--binary', '/usr/bin/tac', '--dir', dir]);
      expect(made.code).toBe(0);
      expect(exists(path.join(dir, 'tac', 'tests.mjs'))).toBe(true);
      // the docs listed are the ones the package really has
      expect(made.stdout).toContain('docs: man /usr/share/man/man1/tac.1.gz; files none');
      expect(readFileSync(path.join(dir, 'tac', 'manifest.yaml'), 'utf8')).toMatch(/man:\n\s+- \/usr\/share\/man\/man1\/tac\.1\.gz\n/);
      // test counts are remembered per test set and follow a change to the generator
      const countsOf = async (): Promise<unknown> => (JSON.parse((await cli(['--targets', dir, 'targets', '--json'])).stdout) as Array<{ name: string }>).find((r) => r.name === 'tac');
      expect(await countsOf()).toMatchObject({ visible: 3, hidden: 2 });
      const gen = path.join(dir, 'tac', 'tests.mjs');
      const original = readFileSync(gen, 'utf8');
      writeFileSync(gen, original.replace('  return cases;', "  cases.push({ id: 'version', argv: ['--version'] });\n  return cases;"));
      expect(await countsOf()).toMatchObject({ visible: 4, hidden: 2 });
      writeFileSync(gen, original);
      const wrong = await cli(['target', 'new', 'tic', '--package', 'coreutils', '--binary', '/usr/bin/tic', '--dir', dir]);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/^mirrorcode: --binary \/usr\/bin\/tic is not in package\(s\) coreutils; its programs: .*\/bin\/cat, .*\n$/);
      expect(exists(path.join(dir, 'tic'))).toBe(false);
      const v = await cli(['--targets', dir, 'validate', 'tac']);
      expect(v.code).toBe(3);
      expect(v.stdout).toMatch(/stable yes; duals ok; stub passes 0 \(0\.0%\); gold 100%/);
      expect(v.stdout).toMatch(/tier S needs at least 150 visible and 75 hidden tests \(has 3 and 2\)/);
      const c = await cli(['--targets', dir, 'coverage', 'tac', '--json']);
      const rows = JSON.parse(c.stdout)[0];
      expect(rows.rows.map((r: { item: string }) => r.item)).toEqual(expect.arrayContaining(['-b, --before', '-r, --regex', '-s, --separator']));
      expect(rows.rows.find((r: { item: string }) => r.item === '--help')).toMatchObject({ visible: 1, hidden: 0 });
      expect(rows.uncovered).toContain('-s, --separator');
      const again = await cli(['target-new', 'tac', '--package', 'coreutils', '--binary', '/usr/bin/tac', '--dir', dir]);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^mirrorcode: .*already exists\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
