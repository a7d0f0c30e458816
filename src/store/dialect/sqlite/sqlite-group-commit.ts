import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

type Work = (trx: Kysely<Database>) => Promise<unknown>;
interface Job {
  readonly work: Work;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** At most this many writes share one commit, so that readers waiting between batches get their turn. */
const MAX_BATCH = 64;

/**
 * Group commit for SQLite. A commit costs far more than the small writes it holds (the WAL frames
 * of every touched page), and SQLite runs one writer at a time anyway, so writes that queue up
 * while one is running share the next transaction. The first write waits for the end of the event
 * loop's turn (`setImmediate`): better-sqlite3 is synchronous, so without that pause a transaction
 * would commit before the requests that arrived with it had queued their writes. Each write runs in its own savepoint: one that
 * fails is rolled back alone and rejected at once; the others are answered only after COMMIT, so
 * nothing is acknowledged before it is stored.
 *
 * @example const write = groupCommit(db); await write(async (trx) => { … });
 */
export function groupCommit(db: Kysely<Database>): <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T> {
  const queue: Job[] = [];
  let draining = false;

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (queue.length > 0) await db.connection().execute(runBatch);
    } finally {
      draining = false;
    }
  }

  async function runBatch(conn: Kysely<Database>): Promise<void> {
    const batch = queue.splice(0, MAX_BATCH);
    const done: [Job, unknown][] = [];
    try {
      await sql`begin immediate`.execute(conn);
      for (const job of batch) {
        await sql`savepoint write`.execute(conn);
        try {
          const value = await job.work(conn);
          await sql`release write`.execute(conn);
          done.push([job, value]);
        } catch (error) {
          await sql`rollback to write`.execute(conn);
          await sql`release write`.execute(conn);
          job.reject(error);
        }
      }
      await sql`commit`.execute(conn);
    } catch (error) {
      // The transaction itself failed (disk full, I/O error): none of its writes are stored.
      await sql`rollback`.execute(conn).catch(() => undefined);
      for (const [job] of done) job.reject(error);
      for (const job of batch.filter((j) => !done.some(([d]) => d === j))) job.reject(error);
      return;
    }
    for (const [job, value] of done) job.resolve(value);
  }

  return <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
}
