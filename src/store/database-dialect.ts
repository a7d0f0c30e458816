import type { Compilable, Kysely, OperationNodeSource } from 'kysely';
import type { Database } from './database.js';

/** The databases Koers runs on. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything that differs between SQLite and PostgreSQL, kept in one place; all other store code
 * is plain Kysely and runs on both.
 */
export interface DatabaseDialect {
  readonly name: DialectName;
  /** Where Kysely keeps its migration tables (PostgreSQL schema), if not the default. */
  readonly migrationTableSchema: string | undefined;
  /**
   * Runs `work` in a transaction that may write, atomically: all of it or none. SQLite takes the
   * write lock up front (`BEGIN IMMEDIATE`) and lets queued writes share a commit; either way the
   * promise settles only after the commit.
   */
  writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * Runs writes that answer nothing (inserts, updates) as one atomic unit of their own, in as few
   * round trips as the database allows: PostgreSQL sends them as one statement (data-modifying
   * `WITH`); SQLite runs them one by one in a write transaction that shares its commit. The
   * promise settles only after the commit.
   */
  writeAll(db: Kysely<Database>, writes: readonly Write[]): Promise<void>;
  /** Like `writeAll`, inside the caller's write transaction `trx`. */
  writeAllIn(trx: Kysely<Database>, writes: readonly Write[]): Promise<void>;
  /** Runs `work` on one consistent snapshot of the database (for backups). */
  readSnapshot<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Holds the programme's row until the transaction ends, so writers to one programme take turns. */
  lockProgramme(trx: Kysely<Database>, programmeId: string): Promise<void>;
  /** `'ok'` when the database file or cluster reports no corruption. */
  integrityCheck(db: Kysely<Database>): Promise<string>;
}

/** A write query built but not run: an insert, update or delete without `returning`. */
export type Write = Compilable & OperationNodeSource;
