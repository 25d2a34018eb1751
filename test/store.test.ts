import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from '../src/store/migrations.ts';
import { openStore } from '../src/store/open.ts';
import { runToRow } from '../src/store/rows.ts';
import type { ResultsStore } from '../src/store/types.ts';
import { startPostgres, type TestPostgres } from './support/postgres.ts';
import { fakeProgress, fakeRun, fakeTests } from './support/runs.ts';

/** One contract every store passes: SQLite (default) and Postgres (a real server started here). */
function storeContract(name: string, open: () => Promise<ResultsStore>): void {
  describe(`results store contract: ${name}`, () => {
    let store: ResultsStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it('migrations are applied once; a second migrate applies nothing', async () => {
      expect(await store.migrate()).toEqual([]);
      const again = await open();
      expect(await again.migrate()).toEqual([]);
      await again.close();
    });

    it('a run, its tests and its progress read back exactly as written', async () => {
      const run = fakeRun({ id: 'r1', costUsd: 0.1 + 0.2, language: 'rust', endDetail: 'x', budgetTokens: 1e9, inputTokens: 12_345_678_901 });
      await store.putRun(run, fakeTests('r1', 1234, 7), fakeProgress('r1', 5));
      expect(await store.run('r1')).toEqual(run);
      const tests = await store.tests('r1');
      expect(tests).toHaveLength(1234);
      expect(tests).toEqual(fakeTests('r1', 1234, 7));
      expect(await store.progress('r1')).toEqual(fakeProgress('r1', 5));
      expect(await store.run('nope')).toBeNull();
    });

    it('putting a run again replaces it (no doubled tests or progress)', async () => {
      const run = fakeRun({ id: 'r2', solved: false, visiblePassed: null, visibleTotal: null, hiddenPassed: null, hiddenTotal: null, costUsd: null, setupFailure: 'build failed' });
      await store.putRun(run, fakeTests('r2', 10), fakeProgress('r2', 3));
      await store.putRun({ ...run, steps: 99 }, fakeTests('r2', 4), []);
      expect((await store.run('r2'))?.steps).toBe(99);
      expect(await store.tests('r2')).toHaveLength(4);
      expect(await store.progress('r2')).toEqual([]);
      expect((await store.run('r2'))?.costUsd).toBeNull();
    });

    it('lists runs in start order and filters by model and target', async () => {
      await store.putRun(fakeRun({ id: 'r3', model: 'openai/m2', target: 'cal', startedAt: '2025-12-31T00:00:00.000Z' }), [], []);
      expect((await store.runs()).map((r) => r.id)).toEqual(['r3', 'r1', 'r2']);
      expect((await store.runs({ model: 'openai/m2' })).map((r) => r.id)).toEqual(['r3']);
      expect((await store.runs({ target: 'rev' })).map((r) => r.id)).toEqual(['r1', 'r2']);
      expect(await store.runs({ target: 'none' })).toEqual([]);
    });

    it('a failed write leaves the previous state whole (one transaction)', async () => {
      const dup = [...fakeTests('r1', 3), ...fakeTests('r1', 1)]; // repeated test id: primary key violation
      await expect(store.putRun(fakeRun({ id: 'r1', steps: 1 }), dup, [])).rejects.toThrow();
      expect((await store.run('r1'))?.steps).toBe(10);
      expect(await store.tests('r1')).toHaveLength(1234);
    });
  });
}

const dir = mkdtempSync('/tmp/mirrorcode-store-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
storeContract('sqlite', () => openStore(path.join(dir, 'results.sqlite')));

let pg: TestPostgres | undefined;
beforeAll(async () => {
  pg = await startPostgres();
}, 120_000);
afterAll(() => pg?.stop());
storeContract('postgres', () => openStore(pg!.url));

describe('opening a store', () => {
  it('a store from before test sets were recorded is upgraded in place; its runs keep every value', async () => {
    const file = path.join(dir, 'old.sqlite');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Sqlite(file) }) });
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('001-runs-tests-progress');
    expect(error).toBeUndefined();
    const old = fakeRun({ id: 'old-1', testsHash: null, reference: null });
    const { tests_hash: _t, reference: _r, ...row } = runToRow(old);
    await (db as unknown as Kysely<{ runs: typeof row }>).insertInto('runs').values(row).execute();
    await db.destroy();
    const store = await openStore(file);
    try {
      expect(await store.run('old-1')).toEqual(old);
      expect(await store.migrate()).toEqual([]);
      await store.putRun(fakeRun({ id: 'new-1' }), [], []);
      expect((await store.run('new-1'))?.testsHash).toBe('a'.repeat(64));
    } finally {
      await store.close();
    }
  });

  it('a path that cannot be a database gives a one-line error', async () => {
    await expect(openStore('/proc/version/x.sqlite')).rejects.toThrow(/results store/);
  });
  it('a Postgres server that is not there gives a one-line error without the password', async () => {
    const err = await openStore('postgres://me:secret@127.0.0.1:1/db').catch((e: Error) => e);
    expect(String(err)).toMatch(/cannot use the results store postgres:\/\/\*\*\*@127\.0\.0\.1:1\/db/);
    expect(String(err)).not.toContain('secret');
  });
});
