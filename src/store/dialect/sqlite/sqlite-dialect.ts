import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { SqliteDatabase as SqliteDatabaseLike } from 'kysely';
import type { Database } from '../../database.js';
import type { DatabaseDialect, Write } from '../../database-dialect.js';
import { BACKSTOP_PAGES, startCheckpointer } from './sqlite-checkpointer.js';
import { groupCommit } from './sqlite-group-commit.js';

/** How long a writer waits for another process's lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

const writers = new WeakMap<Kysely<Database>, ReturnType<typeof groupCommit>>();

/**
 * SQLite: one file, WAL mode (readers never block the writer), a busy timeout, and
 * `synchronous = NORMAL`, which keeps every committed transaction through a process crash.
 * Writes take the write lock up front (`BEGIN IMMEDIATE`) and share commits (`groupCommit`).
 */
export const sqliteDialect: DatabaseDialect = {
  name: 'sqlite',
  migrationTableSchema: undefined,
  writeTransaction(db, work) {
    let write = writers.get(db);
    if (!write) writers.set(db, (write = groupCommit(db)));
    return write(work);
  },
  writeAll(db, writes) {
    return sqliteDialect.writeTransaction(db, (trx) => oneByOne(trx, writes));
  },
  writeAllIn: (trx, writes) => oneByOne(trx, writes),
  // In WAL mode a read transaction sees one snapshot from its first read on.
  readSnapshot: (db, work) => db.transaction().execute(work),
  // `BEGIN IMMEDIATE` already holds the database's single write lock.
  async lockProgramme() {},
  async integrityCheck(db) {
    const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    return rows.map((r) => r.integrity_check).join('; ');
  },
};

async function oneByOne(trx: Kysely<Database>, writes: readonly Write[]): Promise<void> {
  for (const write of writes) await trx.executeQuery(write);
}

/** Opens (and creates) the SQLite file at `path`; `':memory:'` is accepted for throwaway use. */
export function openSqlite(path: string): { readonly db: Kysely<Database>; readonly close: () => Promise<void> } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path, { timeout: BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const stopCheckpoints = path === ':memory:' ? async () => {} : startCheckpointer(path);
  if (path !== ':memory:') database.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return {
    db,
    async close() {
      await stopCheckpoints();
      await db.destroy();
    },
  };
}

const STATEMENT_CACHE = 256;

/**
 * Kysely prepares every query anew; preparing costs more than running a small query, and the
 * server runs the same few queries all day. Statements are reused by SQL text (bounded).
 */
function withStatementCache(database: SqliteDatabase.Database): SqliteDatabaseLike {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(text) {
      let statement = statements.get(text);
      if (!statement) {
        statement = database.prepare(text);
        statements.set(text, statement);
        if (statements.size > STATEMENT_CACHE) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}
