import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { UserError } from '../util/errors.js';
import { dataHome } from '../util/paths.js';
import { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import type { ResultsStore } from './types.js';

/** The default store: an SQLite file in the data home, beside the runs/ folder of journals. */
export function defaultStorePath(): string {
  return path.join(dataHome(), 'results.sqlite');
}

const isPostgres = (spec: string): boolean => /^postgres(ql)?:\/\//.test(spec);

/** Opens (and migrates) the store named by a path or a postgres:// URL. */
export async function openStore(spec: string = process.env.MIRRORCODE_STORE ?? defaultStorePath()): Promise<ResultsStore> {
  let store: KyselyStore;
  if (isPostgres(spec)) {
    // bigint columns (tokens, ms) come back as strings by default; they fit a double exactly up to 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: spec, max: 4 });
    store = new KyselyStore('postgres', new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
  } else {
    const file = path.resolve(spec);
    let db: Sqlite.Database;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      db = new Sqlite(file);
    } catch (e) {
      throw new UserError(`cannot open the results store ${file}: ${(e as Error).message}`);
    }
    // WAL lets the viewer read while a run writes; a busy timeout rides out the other writer.
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    store = new KyselyStore('sqlite', new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) }));
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw new UserError(`cannot use the results store ${spec.replace(/\/\/[^@/]*@/, '//***@')}: ${(e as Error).message}`);
  }
  return store;
}
