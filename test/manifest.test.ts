import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../src/targets/generator-api.ts';
import { parseManifest, readManifest } from '../src/targets/manifest.ts';
import { checkSuite, findTarget, listTargets, loadTarget, loadTests } from '../src/targets/target.ts';
import { fileBytes, stdinBytes, testCaseSchema } from '../src/targets/test-case.ts';
import { UserError } from '../src/util/errors.ts';
import { defaultTargetsDir } from '../src/util/paths.ts';

const FILE = '/somewhere/targets/demo/manifest.yaml';

const VALID = `name: demo
title: "demo: a program"
category: unix-utility
tier: S
command: demo
reference:
  packages: [demo-pkg]
  binary: /usr/bin/demo
tests:
  generator: tests.mjs
  seed: 7
`;

/** The UserError thrown by fn; fails the test when fn does not throw one. */
function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

async function userErrorAsync(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error('expected a UserError, nothing was thrown');
}

/** One line, starting with the file, naming the field, then saying what is wrong. */
function expectOneLine(err: UserError, file: string, field: string | null, what: RegExp): void {
  expect(err.message).not.toContain('\n');
  expect(err.message.startsWith(`${file}`)).toBe(true);
  if (field !== null) expect(err.message).toContain(`field ${field}:`);
  expect(err.message).toMatch(what);
}

const manifestError = (text: string): UserError => userError(() => parseManifest(FILE, text));

describe('parseManifest: valid manifests', () => {
  it('parses a minimal manifest and fills in the defaults', () => {
    const m = parseManifest(FILE, VALID);
    expect(m).toEqual({
      name: 'demo',
      title: 'demo: a program',
      category: 'unix-utility',
      tier: 'S',
      command: 'demo',
      reference: { packages: ['demo-pkg'], binary: '/usr/bin/demo' },
      docs: { man: [], info: [], files: [] },
      languages: 'any',
      limits: { timeSeconds: 10, outputBytes: 16 * 1024 * 1024 },
      tests: { generator: 'tests.mjs', seed: 7 },
    });
  });

  it('keeps given values and defaults only the missing ones', () => {
    const m = parseManifest(
      FILE,
      VALID +
        `tierReason: "small"
docs:
  man: [/usr/share/man/man1/demo.1.gz]
  info: [{file: /usr/share/info/demo.info.gz, node: "demo invocation"}]
  notes: notes.md
languages: [python, c]
limits:
  timeSeconds: 2.5
`,
    );
    expect(m.tierReason).toBe('small');
    expect(m.docs).toEqual({
      man: ['/usr/share/man/man1/demo.1.gz'],
      info: [{ file: '/usr/share/info/demo.info.gz', node: 'demo invocation' }],
      files: [],
      notes: 'notes.md',
    });
    expect(m.languages).toEqual(['python', 'c']);
    expect(m.limits).toEqual({ timeSeconds: 2.5, outputBytes: 16 * 1024 * 1024 });
  });

  it('accepts a folder of test files instead of a generator', () => {
    const m = parseManifest(FILE, VALID.replace('  generator: tests.mjs\n  seed: 7\n', '  files: tests\n'));
    expect(m.tests).toEqual({ files: 'tests' });
  });

  it('reads unquoted numeric coverage items (-5 in YAML is a number) as the options they name', () => {
    const m = parseManifest(FILE, `${VALID}coverage:\n  items: [intersect, -5, -s]\n`);
    expect(m.coverage?.items).toEqual(['intersect', '-5', '-s']);
  });

  it('accepts every category and tier', () => {
    for (const category of ['unix-utility', 'data-query', 'bioinformatics', 'interpreter', 'static-analysis', 'cryptography', 'compression']) {
      for (const tier of ['S', 'M', 'L']) {
        const m = parseManifest(FILE, VALID.replace('unix-utility', category).replace('tier: S', `tier: ${tier}`));
        expect([m.category, m.tier]).toEqual([category, tier]);
      }
    }
  });

  it('parses the real targets cal and hexyl', () => {
    for (const name of ['cal', 'hexyl']) {
      const t = findTarget(name);
      expect(t.name).toBe(name);
      expect(t.manifest.command).toBe(name);
      expect(t.manifest.reference.binary.startsWith('/')).toBe(true);
    }
  });
});

describe('parseManifest: bad input is one line naming the file, the field and the problem', () => {
  it('bad YAML', () => {
    const err = manifestError(VALID + 'extra: [unclosed\n');
    expectOneLine(err, FILE, null, /not valid YAML: \S/);
  });

  it('YAML that is not a mapping', () => {
    expectOneLine(manifestError(''), FILE, '(top level)', /expected object/);
    expectOneLine(manifestError('- a\n- b\n'), FILE, '(top level)', /expected object, received array/);
  });

  it('unknown category', () => {
    const err = manifestError(VALID.replace('unix-utility', 'games'));
    expectOneLine(err, FILE, 'category', /expected one of .*unix-utility/);
  });

  it('bad tier', () => {
    const err = manifestError(VALID.replace('tier: S', 'tier: XL'));
    expectOneLine(err, FILE, 'tier', /expected one of "S"\|"M"\|"L"/);
  });

  it('missing command', () => {
    const err = manifestError(VALID.replace('command: demo\n', ''));
    expectOneLine(err, FILE, 'command', /expected string, received undefined/);
  });

  it('command that is not a plain name', () => {
    const err = manifestError(VALID.replace('command: demo', 'command: ../bin/demo'));
    expectOneLine(err, FILE, 'command', /must be a plain command name/);
  });

  it('unknown extra field, at the top level and nested', () => {
    expectOneLine(manifestError(VALID + 'extra: 1\n'), FILE, '(top level)', /Unrecognized key: "extra"/);
    expectOneLine(manifestError(VALID.replace('  binary:', '  bogus: 1\n  binary:')), FILE, 'reference', /Unrecognized key: "bogus"/);
    expectOneLine(manifestError(VALID + 'limits: {timeSeconds: 3, memory: 5}\n'), FILE, 'limits', /Unrecognized key: "memory"/);
  });

  it('bad binary path', () => {
    const err = manifestError(VALID.replace('/usr/bin/demo', 'usr/bin/demo'));
    expectOneLine(err, FILE, 'reference.binary', /must be an absolute path inside the package/);
  });

  it('bad package name, man page path and name', () => {
    expectOneLine(manifestError(VALID.replace('[demo-pkg]', '[Demo_Pkg]')), FILE, 'reference.packages.0', /must be a Debian package name/);
    expectOneLine(manifestError(VALID + 'docs: {man: [demo.1]}\n'), FILE, 'docs.man.0', /absolute path/);
    expectOneLine(manifestError(VALID.replace('name: demo', 'name: Demo')), FILE, 'name', /lower-case/);
  });

  it('bad limits', () => {
    expectOneLine(manifestError(VALID + 'limits: {timeSeconds: 0}\n'), FILE, 'limits.timeSeconds', /Too small/);
    expectOneLine(manifestError(VALID + 'limits: {timeSeconds: 601}\n'), FILE, 'limits.timeSeconds', /Too big/);
    expectOneLine(manifestError(VALID + 'limits: {outputBytes: 1.5}\n'), FILE, 'limits.outputBytes', /int/i);
  });

  it('unions report the closest alternative, not just "Invalid input"', () => {
    // tests: a generator without its seed
    expectOneLine(manifestError(VALID.replace('  seed: 7\n', '')), FILE, 'tests.seed', /expected number, received undefined/);
    // languages: a list with an unknown language
    expectOneLine(manifestError(VALID + 'languages: [python, cobol]\n'), FILE, 'languages.1', /expected one of "python"/);
    expectOneLine(manifestError(VALID + 'languages: all\n'), FILE, 'languages', /expected "any"/);
  });

  it('counts the other problems on the same line', () => {
    const err = manifestError(VALID.replace('tier: S', 'tier: X').replace('unix-utility', 'games'));
    expect(err.message).not.toContain('\n');
    expect(err.message).toMatch(/\(and 1 more\)$/);
  });

  it('readManifest names a file it cannot read', () => {
    const err = userError(() => readManifest('/nonexistent/manifest.yaml'));
    expectOneLine(err, '/nonexistent/manifest.yaml', null, /cannot read the manifest/);
  });
});

describe('checkSuite and the test-case schema', () => {
  const SRC = '/somewhere/targets/demo/tests.mjs';
  const suiteError = (raw: unknown[]): UserError => userError(() => checkSuite(SRC, raw));

  it('splits valid cases into visible and hidden, keeping their order', () => {
    const s = checkSuite(SRC, [
      { id: 'a', argv: ['1'], note: 'first' },
      { id: 'a.dual', argv: ['2'], hidden: true, dualOf: 'a' },
      { id: 'B_2-x.y', argv: [], stdin: 'hi', env: { TZ: 'Europe/Paris' } },
      { id: 'c', argv: [], hidden: false, files: { 'in/x.bin': { base64: 'AAE=' }, d: { dir: true, mode: 0o700 }, t: { text: 'x', mode: 0 }, plain: 'p' } },
      { id: 'c.dual', argv: [], hidden: true, dualOf: 'c', stdin: { base64: 'AP8=' } },
    ]);
    expect(s.visible.map((t) => t.id)).toEqual(['a', 'B_2-x.y', 'c']);
    expect(s.hidden.map((t) => t.id)).toEqual(['a.dual', 'c.dual']);
    expect(s.all.map((t) => t.id)).toEqual(['a', 'a.dual', 'B_2-x.y', 'c', 'c.dual']);
  });

  it('a hidden test may come before the visible test it is the dual of', () => {
    const s = checkSuite(SRC, [
      { id: 'h', argv: [], hidden: true, dualOf: 'v' },
      { id: 'v', argv: [] },
    ]);
    expect(s.hidden[0]?.dualOf).toBe('v');
  });

  it('an empty suite is allowed by checkSuite', () => {
    expect(checkSuite(SRC, [])).toEqual({ visible: [], hidden: [], all: [] });
  });

  it('bad test id', () => {
    for (const id of ['-a', '.a', 'a b', 'a/b', '', 'é']) {
      const err = suiteError([{ id, argv: [] }]);
      expectOneLine(err, SRC, 'id', /must be letters, digits, dot, dash, underscore/);
    }
  });

  it('names the test by index when it has no usable id', () => {
    expectOneLine(suiteError([{ id: 'ok', argv: [] }, { argv: [] }]), `${SRC} (test #1)`, 'id', /expected string/);
    expectOneLine(suiteError([null]), `${SRC} (test #0)`, '(top level)', /expected object, received null/);
  });

  it('names the test by id', () => {
    const err = suiteError([{ id: 'month-2', argv: 'x' }]);
    expectOneLine(err, `${SRC} (test month-2)`, 'argv', /expected array/);
  });

  it('duplicate id', () => {
    const err = suiteError([{ id: 'a', argv: [] }, { id: 'b', argv: [] }, { id: 'a', argv: ['x'] }]);
    expectOneLine(err, SRC, null, /duplicate test id "a"/);
  });

  it('hidden test without dualOf', () => {
    const err = suiteError([{ id: 'a', argv: [] }, { id: 'h', argv: [], hidden: true }]);
    expectOneLine(err, `${SRC} (test h)`, 'dualOf', /a hidden test must name dualOf/);
  });

  it('dualOf on a visible test', () => {
    const err = suiteError([{ id: 'a', argv: [] }, { id: 'b', argv: [], dualOf: 'a' }]);
    expectOneLine(err, `${SRC} (test b)`, 'dualOf', /only hidden tests have dualOf/);
  });

  it('dualOf naming a missing test', () => {
    const err = suiteError([{ id: 'a', argv: [] }, { id: 'h', argv: [], hidden: true, dualOf: 'nope' }]);
    expectOneLine(err, `${SRC} (test h)`, 'dualOf', /"nope" is not a visible test/);
  });

  it('dualOf naming a hidden test', () => {
    const err = suiteError([
      { id: 'a', argv: [] },
      { id: 'h1', argv: [], hidden: true, dualOf: 'a' },
      { id: 'h2', argv: [], hidden: true, dualOf: 'h1' },
    ]);
    expectOneLine(err, `${SRC} (test h2)`, 'dualOf', /"h1" is not a visible test/);
  });

  it('file path with .. or an absolute path', () => {
    for (const p of ['../x', 'a/../../x', 'a/..', '..', '/etc/passwd']) {
      const err = suiteError([{ id: 'a', argv: [], files: { [p]: 'data' } }]);
      expectOneLine(err, `${SRC} (test a)`, `files.${p}`, /must be a relative path without \.\./);
    }
    // a name that merely contains dots is fine
    expect(checkSuite(SRC, [{ id: 'a', argv: [], files: { '..x/a..b': 'data', '.hidden': 'x' } }]).all).toHaveLength(1);
  });

  it('unknown field, bad file spec, bad env name, bad mode, NUL in argv', () => {
    expectOneLine(suiteError([{ id: 'a', argv: [], expected: 'x' }]), `${SRC} (test a)`, '(top level)', /Unrecognized key: "expected"/);
    expectOneLine(suiteError([{ id: 'a', argv: [], files: { x: { text: 'a', base64: 'b' } } }]), `${SRC} (test a)`, 'files.x', /Unrecognized key/);
    expectOneLine(suiteError([{ id: 'a', argv: [], files: { x: { dir: false } } }]), `${SRC} (test a)`, 'files.x.dir', /expected true/);
    expectOneLine(suiteError([{ id: 'a', argv: [], env: { 'A-B': '1' } }]), `${SRC} (test a)`, 'env.A-B', /pattern/);
    expectOneLine(suiteError([{ id: 'a', argv: [], files: { x: { text: 'a', mode: 0o10000 } } }]), `${SRC} (test a)`, 'files.x.mode', /Too big/);
    expectOneLine(suiteError([{ id: 'a', argv: ['ok', 'a\0b'] }]), `${SRC} (test a)`, 'argv.1', /must not contain NUL/);
  });

  it('stdinBytes and fileBytes decode text and base64', () => {
    const tc = testCaseSchema.parse({ id: 'a', argv: [] });
    expect(stdinBytes(tc)).toEqual(Buffer.alloc(0));
    expect(stdinBytes({ ...tc, stdin: 'é' })).toEqual(Buffer.from([0xc3, 0xa9]));
    expect(stdinBytes({ ...tc, stdin: { base64: 'AP8=' } })).toEqual(Buffer.from([0, 255]));
    expect(fileBytes('x')).toEqual(Buffer.from('x'));
    expect(fileBytes({ text: 'y' })).toEqual(Buffer.from('y'));
    expect(fileBytes({ base64: 'AAE=' })).toEqual(Buffer.from([0, 1]));
    expect(fileBytes({ dir: true })).toBeNull();
  });
});

describe('loading targets from folders', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mc-manifest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const makeTarget = (folder: string, manifest: string, files: Record<string, string> = {}): string => {
    const dir = path.join(root, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'manifest.yaml'), manifest);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
    return dir;
  };

  it('loadTarget refuses a name that differs from the folder name', () => {
    const dir = makeTarget('other', VALID);
    const err = userError(() => loadTarget(dir));
    expectOneLine(err, path.join(dir, 'manifest.yaml'), 'name', /"demo" differs from the folder name "other"/);
  });

  it('loadTarget reports manifest errors with the manifest path', () => {
    const dir = makeTarget('broken', VALID.replace('name: demo', 'name: broken').replace('tier: S', 'tier: Q'));
    expectOneLine(userError(() => loadTarget(dir)), path.join(dir, 'manifest.yaml'), 'tier', /expected one of/);
    // listing a root that holds it fails the same way
    const listErr = userError(() => listTargets([root]));
    expect(listErr.message).not.toContain('\n');
    expect(listErr.message).toContain('manifest.yaml');
  });

  it('findTarget prefers later roots, and names an unknown target', () => {
    const extra = mkdtempSync(path.join(root, 'extra-'));
    mkdirSync(path.join(extra, 'cal'));
    writeFileSync(path.join(extra, 'cal', 'manifest.yaml'), VALID.replace('name: demo', 'name: cal').replace('title: "demo: a program"', 'title: override'));
    const t = findTarget('cal', [defaultTargetsDir, extra]);
    expect(t.manifest.title).toBe('override');
    const err = userError(() => findTarget('no-such-target', [extra]));
    expect(err.message).toBe('unknown target "no-such-target" (see: mirrorcode targets)');
  });

  it('loadTests runs a seeded generator, deterministically', async () => {
    const gen = `export default function ({ rng, seed }) {
  return [{ id: 'a', argv: [String(rng.int(0, 1e9)), String(seed)] }, { id: 'a.dual', argv: [String(rng.int(0, 9))], hidden: true, dualOf: 'a' }];
}\n`;
    const dir = makeTarget('gen', VALID.replace('name: demo', 'name: gen'), { 'tests.mjs': gen });
    const t = loadTarget(dir);
    const one = await loadTests(t);
    const two = await loadTests(t);
    expect(one).toEqual(two);
    expect(one.visible[0]?.argv[1]).toBe('7');
    expect(one.hidden.map((x) => x.id)).toEqual(['a.dual']);
  });

  it('loadTests reports a bad case from a generator with the generator path and test id', async () => {
    const gen = `export default () => [{ id: 'ok', argv: [] }, { id: 'bad', argv: [], files: { '../escape': 'x' } }];\n`;
    const dir = makeTarget('badgen', VALID.replace('name: demo', 'name: badgen'), { 'tests.mjs': gen });
    const err = await userErrorAsync(() => loadTests(loadTarget(dir)));
    expectOneLine(err, `${path.join(dir, 'tests.mjs')} (test bad)`, 'files.../escape', /relative path without \.\./);
  });

  it('loadTests reports a generator that throws, returns a non-array, or is missing', async () => {
    const throwing = makeTarget('throws', VALID.replace('name: demo', 'name: throws'), { 'tests.mjs': `export default () => { throw new Error('boom'); };\n` });
    expectOneLine(await userErrorAsync(() => loadTests(loadTarget(throwing))), path.join(throwing, 'tests.mjs'), null, /the generator failed: boom/);
    const notArray = makeTarget('notarray', VALID.replace('name: demo', 'name: notarray'), { 'tests.mjs': `export default () => ({});\n` });
    expectOneLine(await userErrorAsync(() => loadTests(loadTarget(notArray))), path.join(notArray, 'tests.mjs'), null, /must return an array/);
    const missing = makeTarget('nogen', VALID.replace('name: demo', 'name: nogen'));
    expectOneLine(await userErrorAsync(() => loadTests(loadTarget(missing))), path.join(missing, 'tests.mjs'), null, /test generator not found/);
  });

  it('loadTests reads a folder of JSON files', async () => {
    const dir = makeTarget('files', VALID.replace('name: demo', 'name: files').replace('  generator: tests.mjs\n  seed: 7\n', '  files: tests\n'), {
      'tests/a.json': JSON.stringify([{ id: 'x', argv: ['1'] }]),
      'tests/b.json': JSON.stringify([{ id: 'x.dual', argv: ['2'], hidden: true, dualOf: 'x' }]),
      'tests/ignored.txt': 'not json',
    });
    const s = await loadTests(loadTarget(dir));
    expect(s.all.map((t) => t.id)).toEqual(['x', 'x.dual']);
    writeFileSync(path.join(dir, 'tests', 'c.json'), '{ broken');
    expectOneLine(await userErrorAsync(() => loadTests(loadTarget(dir))), path.join(dir, 'tests', 'c.json'), null, /not valid JSON/);
  });
});

describe('Rng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const seqA = Array.from({ length: 200 }, () => a.int(-1000, 1000));
    const seqB = Array.from({ length: 200 }, () => b.int(-1000, 1000));
    expect(seqA).toEqual(seqB);
    const c = new Rng(42);
    const d = new Rng(42);
    expect([c.float(), c.bytes(16), c.string(10, 'abc'), c.pick(['x', 'y', 'z']), c.shuffle([1, 2, 3, 4, 5]), c.chance(0.5)]).toEqual([
      d.float(),
      d.bytes(16),
      d.string(10, 'abc'),
      d.pick(['x', 'y', 'z']),
      d.shuffle([1, 2, 3, 4, 5]),
      d.chance(0.5),
    ]);
  });

  it('gives another sequence for another seed', () => {
    const a = new Rng(1);
    const b = new Rng(2);
    expect(Array.from({ length: 20 }, () => a.int(0, 1e9))).not.toEqual(Array.from({ length: 20 }, () => b.int(0, 1e9)));
  });

  it('int ranges are inclusive at both ends, and nothing outside', () => {
    const r = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(1, 6);
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const neg = new Set(Array.from({ length: 500 }, () => r.int(-2, 0)));
    expect([...neg].sort()).toEqual([-1, -2, 0].sort());
    expect(r.int(5, 5)).toBe(5);
  });

  it('float is in [0, 1), chance honours its extremes', () => {
    const r = new Rng(4);
    for (let i = 0; i < 1000; i++) {
      const f = r.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
    expect(Array.from({ length: 100 }, () => r.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => r.chance(1)).every(Boolean)).toBe(true);
  });

  it('pick, shuffle, bytes and string', () => {
    const r = new Rng(5);
    const items = ['a', 'b', 'c', 'd'] as const;
    const picked = new Set(Array.from({ length: 200 }, () => r.pick(items)));
    expect([...picked].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(() => r.pick([])).toThrow();
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = r.shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(input);
    const bytes = r.bytes(4096);
    expect(bytes).toBeInstanceOf(Buffer);
    expect(bytes.length).toBe(4096);
    expect(new Set(bytes).size).toBe(256);
    const s = r.string(500, 'xyz');
    expect(s).toMatch(/^[xyz]{500}$/);
    expect(new Set(s).size).toBe(3);
  });
});
