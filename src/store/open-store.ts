import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DatabaseDialect } from './database-dialect.js';
import { openPostgres, postgresDialect } from './dialect/postgres/postgres-dialect.js';
import { openSqlite, sqliteDialect } from './dialect/sqlite/sqlite-dialect.js';
import { migrateToLatest } from './migrate-to-latest.js';

/** An open database with its dialect. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DatabaseDialect;
  /** The SQLite file, or the PostgreSQL URL without its password, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

/** Where the data lives; `database` is a SQLite path or a `postgres://` URL. */
export interface StoreOptions {
  readonly database: string;
  /** PostgreSQL schema; default `public`. */
  readonly schema?: string;
  readonly poolSize?: number;
  /** Run migrations on open. Default true. */
  readonly migrate?: boolean;
}

/** True when `database` names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (database: string) => /^postgres(ql)?:\/\//i.test(database);

/**
 * Opens the store and brings its schema up to date.
 *
 * @example
 * const store = await openStore({ database: 'data/koers.db' });
 * const store = await openStore({ database: 'postgres://koers@db/koers', schema: 'koers' });
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { database, migrate, schema, poolSize } = { migrate: true, ...options };
  let store: Store;
  if (isPostgresUrl(database)) {
    const opened = await openPostgres(database, { ...(schema ? { schema } : {}), ...(poolSize ? { poolSize } : {}) });
    store = { db: opened.db, dialect: postgresDialect(opened.schema), location: redactPassword(database), close: () => opened.db.destroy() };
  } else {
    const opened = openSqlite(database);
    store = { db: opened.db, dialect: sqliteDialect, location: database, close: opened.close };
  }
  if (migrate) {
    try {
      await migrateToLatest(store.db, store.dialect);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
