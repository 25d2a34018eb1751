import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docsDir } from '../src/reference/gold.js';
import { ensurePrepared } from '../src/reference/prepare.js';
import { fetchReference, type Reference } from '../src/reference/store.js';
import { BwrapSandbox } from '../src/sandbox/bwrap.js';
import { findTarget, loadTarget } from '../src/targets/target.js';
import { UserError } from '../src/util/errors.js';
import { removeDir, tempDir } from './helpers.js';

const sandbox = new BwrapSandbox();

describe('reference store', () => {
  let ref: Reference;
  beforeAll(async () => {
    ref = (await ensurePrepared(sandbox, findTarget('hexyl'))).reference;
  });

  it('keeps the binary root-owned and execute-only, never installed system-wide', () => {
    const st = statSync(ref.binary);
    expect(st.uid).toBe(0);
    expect(st.mode & 0o777).toBe(0o711);
    expect(ref.binary.startsWith('/usr/')).toBe(false);
    expect(() => statSync('/usr/bin/hexyl')).toThrow();
  });

  it('records the package version and binary sha256 in the lock', () => {
    expect(ref.lock.packages[0]?.name).toBe('hexyl');
    expect(ref.lock.packages[0]?.version).toMatch(/^\d/);
    expect(ref.lock.binary.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders the package man page to plain text with the notes beside it', () => {
    const text = readFileSync(path.join(docsDir(findTarget('hexyl')), 'hexyl.1.txt'), 'utf8');
    expect(text).toContain('NAME');
    expect(text).not.toMatch(/\x08|\x1b\[/);
    expect(readFileSync(path.join(docsDir(findTarget('hexyl')), 'NOTES.md'), 'utf8').length).toBeGreaterThan(0);
  });

  it('refuses a reference that differs from the lock, naming the way to re-capture', async () => {
    const dir = tempDir('lock');
    try {
      const copy = path.join(dir, 'hexyl');
      cpSync(findTarget('hexyl').dir, copy, { recursive: true });
      const lockFile = path.join(copy, 'reference.lock.json');
      const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
      lock.binary.sha256 = '0'.repeat(64);
      writeFileSync(lockFile, JSON.stringify(lock));
      const err = await fetchReference(loadTarget(copy)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/differs from reference\.lock\.json.*--relock/);
      expect((err as Error).message).not.toContain('\n');

      lock.packages[0].version = '0.0.1-nonexistent';
      writeFileSync(lockFile, JSON.stringify(lock));
      const err2 = await fetchReference(loadTarget(copy)).catch((e: unknown) => e);
      expect((err2 as Error).message).toMatch(/locked reference hexyl 0\.0\.1-nonexistent cannot be fetched.*--relock/);
    } finally {
      removeDir(dir);
    }
  });
});

describe('a reference that brings its own libraries (jq: libjq, libonig)', () => {
  it('runs from a copy whose library folder has a secret name it cannot find', async () => {
    const { mkdirSync, writeFileSync: write } = await import('node:fs');
    const { runCases } = await import('../src/runner/pool.js');
    const { referenceCaseOptions } = await import('../src/reference/gold.js');
    const { referenceProgram, testSpec } = await import('../src/sandbox/profiles.js');
    const dir = tempDir('libs');
    try {
      const tdir = path.join(dir, 'jqlibs');
      mkdirSync(path.join(tdir, 'tests'), { recursive: true });
      write(
        path.join(tdir, 'manifest.yaml'),
        'name: jqlibs\ntitle: jq\ncategory: data-query\ntier: S\ncommand: jq\nreference: { packages: [jq, libjq1, libonig5], binary: /usr/bin/jq }\ndocs: { man: [/usr/share/man/man1/jq.1.gz] }\ntests: { files: tests }\n',
      );
      write(path.join(tdir, 'tests', 't.json'), JSON.stringify([{ id: 'a', argv: ['-c', '.a'], stdin: '{"a":[1,2]}' }, { id: 'env', argv: ['-n', '-c', 'env'] }]));
      const target = loadTarget(tdir);
      const ref = await fetchReference(target);
      expect(ref.libs?.path).toMatch(/^\/opt\/reference\/lib-[0-9a-f]{32}$/);
      expect(ref.binary).not.toBe(ref.packageBinary);
      const [a, env] = await runCases(sandbox, [{ id: 'a', argv: ['-c', '.a'], stdin: '{"a":[1,2]}' }, { id: 'env', argv: ['-n', '-c', 'env'] }], referenceCaseOptions(target, ref));
      expect(a!.stdout.toString()).toBe('[1,2]\n');
      expect(env!.stdout.toString()).not.toContain('lib-');
      // Listing /opt/reference would reveal the name: it is enter-only.
      const slot = await sandbox.acquireSlot();
      try {
        const work = tempDir('w');
        const r = await sandbox.exec({
          spec: testSpec({ manifest: target.manifest, program: referenceProgram(target.manifest, ref), workHost: work, cwd: '/work', env: {}, proc: false }),
          argv: ['sh', '-c', 'ls /opt/reference; ls /opt/reference/bin; echo "rc=$?"'],
          limits: { wallMs: 10_000 },
          slot,
        });
        expect(r.stdout.toString()).not.toContain('lib-');
        expect(r.stderr.toString()).toMatch(/Permission denied/);
        removeDir(work);
      } finally {
        sandbox.releaseSlot(slot);
      }
    } finally {
      removeDir(dir);
    }
  });
});
