import { Migrator, type Kysely } from 'kysely';
import { migrationProvider } from './migrations.js';
import { progressToRow, rowToProgress, rowToRun, rowToTest, runToRow, testToRow } from './rows.js';
import type { Database } from './schema.js';
import type { ProgressPoint, ResultsStore, RunFilter, StoredRun, StoredTest } from './types.js';

/** Rows per INSERT: well under SQLite's 32,766 bound parameters and Postgres's 65,535. */
const CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/** The store over any Kysely dialect: the same queries for SQLite and Postgres. */
export class KyselyStore implements ResultsStore {
  constructor(
    readonly kind: 'sqlite' | 'postgres',
    private readonly db: Kysely<Database>,
  ) {}

  async migrate(): Promise<string[]> {
    const { error, results } = await new Migrator({ db: this.db, provider: migrationProvider }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  async putRun(run: StoredRun, tests: readonly StoredTest[], progress: readonly ProgressPoint[]): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('progress').where('run_id', '=', run.id).execute();
      await tx.deleteFrom('test_results').where('run_id', '=', run.id).execute();
      await tx.deleteFrom('runs').where('id', '=', run.id).execute();
      await tx.insertInto('runs').values(runToRow(run)).execute();
      for (const c of chunks(tests)) await tx.insertInto('test_results').values(c.map(testToRow)).execute();
      for (const c of chunks(progress)) await tx.insertInto('progress').values(c.map(progressToRow)).execute();
    });
  }

  async runs(filter: RunFilter = {}): Promise<StoredRun[]> {
    let q = this.db.selectFrom('runs').selectAll();
    if (filter.model) q = q.where('model', '=', filter.model);
    if (filter.target) q = q.where('target', '=', filter.target);
    const rows = await q.orderBy('started_at').orderBy('id').execute();
    return rows.map(rowToRun);
  }

  async run(id: string): Promise<StoredRun | null> {
    const row = await this.db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? rowToRun(row) : null;
  }

  async tests(runId: string): Promise<StoredTest[]> {
    const rows = await this.db.selectFrom('test_results').selectAll().where('run_id', '=', runId).orderBy('test_id').execute();
    return rows.map(rowToTest);
  }

  async progress(runId: string): Promise<ProgressPoint[]> {
    const rows = await this.db.selectFrom('progress').selectAll().where('run_id', '=', runId).orderBy('seq').execute();
    return rows.map(rowToProgress);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
