import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Schema history. Never edit a migration that has shipped: add the next one. Types are the
 * portable subset of SQLite and Postgres (text, integer, bigint, double precision).
 */
const migrations: Record<string, Migration> = {
  '001-runs-tests-progress': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('model', 'text', (c) => c.notNull())
        .addColumn('scripted', 'integer', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text', (c) => c.notNull())
        .addColumn('end_reason', 'text', (c) => c.notNull())
        .addColumn('end_detail', 'text')
        .addColumn('steps', 'integer', (c) => c.notNull())
        .addColumn('model_calls', 'integer', (c) => c.notNull())
        .addColumn('compactions', 'integer', (c) => c.notNull())
        .addColumn('input_tokens', 'bigint', (c) => c.notNull())
        .addColumn('output_tokens', 'bigint', (c) => c.notNull())
        .addColumn('cache_read_tokens', 'bigint', (c) => c.notNull())
        .addColumn('cache_write_tokens', 'bigint', (c) => c.notNull())
        .addColumn('reasoning_tokens', 'bigint', (c) => c.notNull())
        .addColumn('cost_usd', 'double precision')
        .addColumn('wall_ms', 'bigint', (c) => c.notNull())
        .addColumn('working_ms', 'bigint', (c) => c.notNull())
        .addColumn('visible_passed', 'integer')
        .addColumn('visible_total', 'integer')
        .addColumn('hidden_passed', 'integer')
        .addColumn('hidden_total', 'integer')
        .addColumn('solved', 'integer', (c) => c.notNull())
        .addColumn('setup_failure', 'text')
        .addColumn('budget_tokens', 'bigint')
        .addColumn('budget_usd', 'double precision')
        .addColumn('run_dir', 'text', (c) => c.notNull())
        .addColumn('journal', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('runs_model_target').on('runs').columns(['model', 'target']).execute();
      await db.schema
        .createTable('test_results')
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
        .addColumn('test_id', 'text', (c) => c.notNull())
        .addColumn('hidden', 'integer', (c) => c.notNull())
        .addColumn('pass', 'integer', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('test_results_pk', ['run_id', 'test_id'])
        .execute();
      await db.schema
        .createTable('progress')
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('tokens', 'bigint', (c) => c.notNull())
        .addColumn('cost_usd', 'double precision')
        .addColumn('visible_passed', 'integer', (c) => c.notNull())
        .addColumn('visible_total', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('progress_pk', ['run_id', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table progress`.execute(db);
      await sql`drop table test_results`.execute(db);
      await sql`drop table runs`.execute(db);
    },
  },
  '002-test-set-of-run': {
    // A target's tests or reference can change between runs; reports must not mix them unawares.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('runs').addColumn('tests_hash', 'text').execute();
      await db.schema.alterTable('runs').addColumn('reference', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('runs').dropColumn('reference').execute();
      await db.schema.alterTable('runs').dropColumn('tests_hash').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
