import { describe, expect, it } from 'vitest';
import type { Observed } from '../src/runner/observed.ts';
import { fromStored, toStored } from '../src/runner/observed.ts';
import { compare, describeReasons, signalOf, type FailReason } from '../src/scoring/compare.ts';
import { printable, unifiedDiff } from '../src/scoring/diff.ts';
import { buildReport, renderSummary } from '../src/scoring/report.ts';
import type { ScoreResult, TestResult } from '../src/scoring/score.ts';

function obs(o: Partial<Omit<Observed, 'stdout' | 'stderr'>> & { stdout?: string | Buffer; stderr?: string | Buffer } = {}): Observed {
  const buf = (v: string | Buffer | undefined): Buffer => (v === undefined ? Buffer.alloc(0) : Buffer.isBuffer(v) ? v : Buffer.from(v, 'utf8'));
  return {
    stdout: buf(o.stdout),
    stderr: buf(o.stderr),
    exitCode: o.exitCode ?? 0,
    timedOut: o.timedOut ?? false,
    outputExceeded: o.outputExceeded ?? false,
    outOfMemory: o.outOfMemory ?? false,
  };
}

const EXPECTED = obs({ stdout: '   February 2024\nSu Mo Tu We Th Fr Sa\n', stderr: '', exitCode: 0 });

describe('compare', () => {
  it('equal runs pass', () => {
    expect(compare(EXPECTED, obs({ stdout: '   February 2024\nSu Mo Tu We Th Fr Sa\n' }))).toEqual({ pass: true, reasons: [] });
    const err = obs({ stdout: '', stderr: 'cal: bad month\n', exitCode: 64 });
    expect(compare(err, obs({ stderr: 'cal: bad month\n', exitCode: 64 }))).toEqual({ pass: true, reasons: [] });
  });

  it('one byte off in stdout gives stdout', () => {
    const actual = Buffer.from(EXPECTED.stdout);
    actual[5] = (actual[5]! ^ 1) & 0xff;
    expect(compare(EXPECTED, obs({ stdout: actual }))).toEqual({ pass: false, reasons: ['stdout'] });
    // a missing trailing newline is a difference too
    expect(compare(EXPECTED, obs({ stdout: EXPECTED.stdout.subarray(0, -1) })).reasons).toEqual(['stdout']);
    // and an extra byte
    expect(compare(EXPECTED, obs({ stdout: Buffer.concat([EXPECTED.stdout, Buffer.from([0])]) })).reasons).toEqual(['stdout']);
  });

  it('stderr and exit status are compared on their own', () => {
    expect(compare(EXPECTED, obs({ stdout: EXPECTED.stdout, stderr: 'warning\n' })).reasons).toEqual(['stderr']);
    expect(compare(EXPECTED, obs({ stdout: EXPECTED.stdout, exitCode: 1 })).reasons).toEqual(['exit']);
    expect(compare(EXPECTED, obs({ stdout: 'x', stderr: 'y', exitCode: 2 })).reasons).toEqual(['stdout', 'stderr', 'exit']);
  });

  it('output on the wrong stream is both a stdout and a stderr difference', () => {
    expect(compare(EXPECTED, obs({ stderr: EXPECTED.stdout })).reasons).toEqual(['stdout', 'stderr']);
  });

  it('timeout comes first, followed by the differences it explains', () => {
    const v = compare(EXPECTED, obs({ timedOut: true, exitCode: 137 }));
    expect(v.pass).toBe(false);
    expect(v.reasons).toEqual(['timeout', 'stdout', 'exit']);
    // a timeout is never also reported as a signal, even though the exit status says SIGKILL
    expect(v.reasons).not.toContain('signal');
  });

  it('a timeout with correct output so far still fails', () => {
    expect(compare(EXPECTED, obs({ stdout: EXPECTED.stdout, timedOut: true, exitCode: 0 })).reasons).toEqual(['timeout']);
  });

  it('output cap, then out of memory', () => {
    expect(compare(EXPECTED, obs({ outputExceeded: true, stdout: 'y\n'.repeat(10), exitCode: 137 })).reasons).toEqual(['output-cap', 'stdout', 'exit']);
    expect(compare(EXPECTED, obs({ outOfMemory: true, exitCode: 137 })).reasons).toEqual(['out-of-memory', 'stdout', 'exit']);
    // only one abnormal end is named, in the order timeout > output cap > memory
    expect(compare(EXPECTED, obs({ timedOut: true, outputExceeded: true, outOfMemory: true, exitCode: 137 })).reasons[0]).toBe('timeout');
    expect(compare(EXPECTED, obs({ outputExceeded: true, outOfMemory: true, exitCode: 137 })).reasons.filter((r) => ['timeout', 'output-cap', 'out-of-memory', 'signal'].includes(r))).toEqual(['output-cap']);
  });

  it('a signal the reference did not die of', () => {
    expect(compare(EXPECTED, obs({ exitCode: 128 + 11 })).reasons).toEqual(['signal', 'stdout', 'exit']);
    expect(compare(EXPECTED, obs({ stdout: EXPECTED.stdout, exitCode: 128 + 6 })).reasons).toEqual(['signal', 'exit']);
    // the reference itself died of SIGPIPE: dying of it too is right
    const piped = obs({ stdout: 'partial', exitCode: 141 });
    expect(compare(piped, obs({ stdout: 'partial', exitCode: 141 }))).toEqual({ pass: true, reasons: [] });
    // exit statuses that are not a known fatal signal are plain exit differences
    expect(compare(EXPECTED, obs({ stdout: EXPECTED.stdout, exitCode: 128 })).reasons).toEqual(['exit']);
    expect(compare(EXPECTED, obs({ stdout: EXPECTED.stdout, exitCode: 255 })).reasons).toEqual(['exit']);
  });

  it('is pure: same inputs, same verdict, inputs untouched', () => {
    const actual = obs({ stdout: 'x', exitCode: 139 });
    const before = JSON.stringify([EXPECTED, actual]);
    const v1 = compare(EXPECTED, actual);
    const v2 = compare(EXPECTED, actual);
    expect(v1).toEqual(v2);
    expect(JSON.stringify([EXPECTED, actual])).toBe(before);
  });

  it('signalOf and describeReasons', () => {
    expect(signalOf(139)).toBe('SIGSEGV');
    expect(signalOf(137)).toBe('SIGKILL');
    expect(signalOf(134)).toBe('SIGABRT');
    expect(signalOf(11)).toBeNull();
    expect(signalOf(0)).toBeNull();
    expect(signalOf(200)).toBeNull();
    expect(describeReasons(['signal', 'stdout', 'exit'], { exitCode: 139 })).toBe('killed by SIGSEGV, stdout differs, exit status differs');
    expect(describeReasons(['timeout'])).toBe('timed out');
    expect(describeReasons(['output-cap', 'out-of-memory', 'build-failed', 'no-entry-point', 'stderr'])).toBe(
      'output over the cap, out of memory, build failed, no entry point, stderr differs',
    );
  });

  it('stored outputs round-trip bytes exactly', () => {
    const o = obs({ stdout: Buffer.from([0, 255, 10, 13]), stderr: 'é', exitCode: 3 });
    expect(compare(o, fromStored(toStored(o)))).toEqual({ pass: true, reasons: [] });
  });
});

describe('printable', () => {
  it('keeps valid UTF-8, tabs and newlines; escapes control characters', () => {
    expect(printable(Buffer.from('é ┌─┐\tx\n'))).toBe('é ┌─┐\tx\n');
    expect(printable(Buffer.from('\x1b[1mbold\x1b[0m\r\n\x00\x7f'))).toBe('\\x1b[1mbold\\x1b[0m\\x0d\n\\x00\\x7f');
  });

  it('escapes bytes that are not UTF-8, one line at a time', () => {
    expect(printable(Buffer.from([0x41, 0xff, 0xfe]))).toBe('A\\xff\\xfe');
    // a bad byte on line 2 leaves line 1's UTF-8 alone
    expect(printable(Buffer.concat([Buffer.from('é\n'), Buffer.from([0x61, 0xe9])]))).toBe('é\na\\xe9');
    expect(printable(Buffer.alloc(0))).toBe('');
  });
});

describe('unifiedDiff', () => {
  it('is empty when equal', () => {
    expect(unifiedDiff('stdout', Buffer.from('same\n'), Buffer.from('same\n'))).toBe('');
    expect(unifiedDiff('stdout', Buffer.alloc(0), Buffer.alloc(0))).toBe('');
  });

  it('is a real unified diff with ---, +++ and @@ lines', () => {
    const d = unifiedDiff('stdout', Buffer.from('l1\nl2\nl3\nl4\nl5\nl6\n'), Buffer.from('l1\nl2\nl3\nL4\nl5\nl6\n'));
    const lines = d.split('\n');
    expect(lines[0]).toBe('--- expected/stdout');
    expect(lines[1]).toBe('+++ actual/stdout');
    expect(lines[2]).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/);
    expect(lines).toContain('-l4');
    expect(lines).toContain('+L4');
    expect(lines).toContain(' l3'); // context
    expect(lines).not.toContain(' l1'); // only 2 lines of context
    expect(d).not.toMatch(/====/);
    expect(d.endsWith('\n')).toBe(false);
  });

  it('shows a missing trailing newline', () => {
    const d = unifiedDiff('stderr', Buffer.from('x\n'), Buffer.from('x'));
    expect(d.split('\n').slice(0, 2)).toEqual(['--- expected/stderr', '+++ actual/stderr']);
    expect(d).toContain('\\ No newline at end of file');
  });

  it('escapes binary bytes', () => {
    const d = unifiedDiff('stdout', Buffer.from([0x00, 0x01, 0x0a]), Buffer.from([0x00, 0xff, 0x0a]));
    expect(d).toContain('-\\x00\\x01');
    expect(d).toContain('+\\x00\\xff');
    expect(Buffer.from(d, 'utf8').includes(0)).toBe(false);
    expect(d).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
  });

  it('shows a difference between bytes and text that print alike', () => {
    const d = unifiedDiff('stdout', Buffer.from('a\\x00b\n'), Buffer.from('a\x00b\n'));
    expect(d).toMatch(/^@@/m);
    expect(d.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toHaveLength(2);
  });

  it('is cut to maxLines with a notice', () => {
    const exp = Buffer.from(Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n') + '\n');
    const act = Buffer.from(Array.from({ length: 100 }, (_, i) => `LINE ${i}`).join('\n') + '\n');
    const full = unifiedDiff('stdout', exp, act, 10_000).split('\n');
    const cut = unifiedDiff('stdout', exp, act, 10).split('\n');
    expect(cut).toHaveLength(11);
    expect(cut.slice(0, 10)).toEqual(full.slice(0, 10));
    expect(cut[10]).toBe(`... (${full.length - 10} more diff lines)`);
    // default: 40 lines plus the notice
    expect(unifiedDiff('stdout', exp, act).split('\n')).toHaveLength(41);
  });
});

describe('buildReport and renderSummary', () => {
  const E = obs({ stdout: 'right\n', exitCode: 0 });
  const result = (id: string, pass: boolean, o: { hidden?: boolean; dualOf?: string; reasons?: FailReason[]; actual?: Observed | null } = {}): TestResult => ({
    id,
    hidden: o.hidden ?? false,
    ...(o.dualOf ? { dualOf: o.dualOf } : {}),
    pass,
    reasons: o.reasons ?? (pass ? [] : ['stdout']),
    expected: E,
    actual: o.actual === undefined ? (pass ? E : obs({ stdout: 'wrong\n' })) : o.actual,
  });
  const score = (results: TestResult[], extra: Partial<ScoreResult> = {}): ScoreResult => ({
    target: 'cal',
    solution: '/tmp/sol',
    suite: 'all',
    testsHash: 'a'.repeat(64),
    reference: 'cal=1.0#0123456789abcdef',
    build: null,
    setupFailure: null,
    results,
    ...extra,
  });

  it('computes pass rates per suite and sorts tests by id', () => {
    const s = score([
      result('c', true),
      result('a', false),
      result('b', true),
      result('c.dual', false, { hidden: true, dualOf: 'c' }),
      result('a.dual', true, { hidden: true, dualOf: 'a' }),
    ]);
    const r = buildReport(s);
    expect(r.visible).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(r.hidden).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(r.solved).toBe(false);
    expect(r.tests.map((t) => t.id)).toEqual(['a', 'a.dual', 'b', 'c', 'c.dual']);
    expect(r.tests[1]).toEqual({ id: 'a.dual', hidden: true, dualOf: 'a', pass: true, reasons: [], expectedExit: 0, actualExit: 0 });
    expect(r.tests[0]).not.toHaveProperty('dualOf');
    expect(r).toMatchObject({ target: 'cal', solution: '/tmp/sol', suite: 'all', setupFailure: null, build: null });
    // the input is not reordered
    expect(s.results.map((t) => t.id)).toEqual(['c', 'a', 'b', 'c.dual', 'a.dual']);
  });

  it('a suite with no tests has a null rate', () => {
    const r = buildReport(score([result('a', true)], { suite: 'visible' }));
    expect(r.hidden).toEqual({ passed: 0, total: 0, rate: null });
    expect(r.visible.rate).toBe(1);
    expect(r.solved).toBe(true);
  });

  it('solved only when every test passes and setup did not fail', () => {
    expect(buildReport(score([result('a', true), result('b', true, { hidden: true, dualOf: 'a' })])).solved).toBe(true);
    expect(buildReport(score([result('a', true), result('b', false)])).solved).toBe(false);
    expect(buildReport(score([])).solved).toBe(false);
    expect(buildReport(score([result('a', true)], { setupFailure: 'build.sh exited with status 1' })).solved).toBe(false);
  });

  it('reports setup failures, the build, and null actual exits', () => {
    const log = 'x'.repeat(5000) + 'END';
    const r = buildReport(
      score([result('a', false, { reasons: ['build-failed'], actual: null })], {
        setupFailure: 'build.sh exited with status 2',
        build: { ok: false, ran: true, log, exitCode: 2, wallMs: 1500, reason: 'build.sh exited with status 2' },
      }),
    );
    expect(r.setupFailure).toBe('build.sh exited with status 2');
    expect(r.build).toEqual({ ran: true, ok: false, exitCode: 2, seconds: 1.5, log: log.slice(-4000) });
    expect(r.tests[0]).toMatchObject({ reasons: ['build-failed'], actualExit: null, expectedExit: 0 });
    // it serialises (no Buffers in the report)
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('renderSummary shows rates, then FAIL lines with diffs, visible failures first', () => {
    const text = renderSummary(
      score([
        result('b', false, { actual: obs({ stdout: 'wrong\n', exitCode: 1 }), reasons: ['stdout', 'exit'] }),
        result('a', true),
        result('z.dual', false, { hidden: true, dualOf: 'a' }),
        result('c', false, { actual: obs({ stdout: 'right\n', exitCode: 139 }), reasons: ['signal', 'exit'] }),
      ]),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('target cal   solution /tmp/sol');
    expect(lines[1]).toBe('visible 1/3 (33.3%)   hidden 0/1 (0.0%)   not solved');
    const fails = lines.filter((l) => l.startsWith('FAIL '));
    expect(fails).toEqual([
      'FAIL b: stdout differs, exit status differs',
      'FAIL c: killed by SIGSEGV, exit status differs',
      'FAIL z.dual (hidden): stdout differs',
    ]);
    expect(text).toContain('exit status: expected 0, got 1');
    expect(text).toContain('exit status: expected 0, got 139');
    expect(text).toContain('--- expected/stdout\n+++ actual/stdout');
    expect(text).toContain('-right\n+wrong');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('renderSummary shows only the first failures, and can leave hidden ones out', () => {
    const many = score(Array.from({ length: 8 }, (_, i) => result(`t${i}`, false)).concat([result('h', false, { hidden: true, dualOf: 't0' })]));
    const text = renderSummary(many, { maxFailures: 3 });
    expect(text.split('\n').filter((l) => l.startsWith('FAIL '))).toEqual(['FAIL t0: stdout differs', 'FAIL t1: stdout differs', 'FAIL t2: stdout differs']);
    expect(text).toContain('... and 6 more failing tests');
    const noHidden = renderSummary(many, { maxFailures: 100, showHidden: false });
    expect(noHidden.split('\n').filter((l) => l.startsWith('FAIL '))).toHaveLength(8);
    expect(noHidden).not.toContain('(hidden)');
    expect(renderSummary(many)).toContain('... and 4 more failing tests');
  });

  it('renderSummary says SOLVED and shows no FAIL lines when all pass', () => {
    const text = renderSummary(score([result('a', true), result('b', true, { hidden: true, dualOf: 'a' })]));
    expect(text).toBe('target cal   solution /tmp/sol\nvisible 1/1 (100.0%)   hidden 1/1 (100.0%)   SOLVED\n');
  });

  it('renderSummary explains a setup failure with the end of the build log', () => {
    const log = Array.from({ length: 50 }, (_, i) => `log line ${i}`).join('\n') + '\n';
    const text = renderSummary(
      score([result('a', false, { reasons: ['build-failed'], actual: null })], {
        setupFailure: 'build.sh exited with status 1',
        build: { ok: false, ran: true, log, exitCode: 1, wallMs: 10, reason: 'build.sh exited with status 1' },
      }),
    );
    expect(text).toContain('no test ran: build.sh exited with status 1');
    expect(text).toContain('--- build log (end) ---');
    expect(text).toContain('log line 49');
    expect(text).not.toContain('log line 19\n');
    expect(text).not.toContain('FAIL');
  });
});
