import type { Kysely } from 'kysely';
import type { Database, IdempotencyKeyTable } from './database.js';

export type IdempotencyRow = IdempotencyKeyTable;

/** How long the answer to a request with an Idempotency-Key is kept; a later request with the key is a new request. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** Answers stored before this moment have expired, for a request at `now` (both ISO timestamps). */
export function idempotencyCutoff(now: string): string {
  return new Date(Date.parse(now) - IDEMPOTENCY_KEY_HOURS * 3_600_000).toISOString();
}

/** The stored answer for a key, unless it expired before `now`; or undefined. */
export async function findIdempotencyKey(db: Kysely<Database>, programmeId: string, key: string, now: string): Promise<IdempotencyRow | undefined> {
  return db
    .selectFrom('idempotency_key')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('key', '=', key)
    .where('created_at', '>=', idempotencyCutoff(now))
    .executeTakeFirst();
}

/**
 * Stores the answer to a request in the transaction that makes the change, taking over a key whose
 * answer expired; false when another request holds the key. On PostgreSQL a concurrent holder is
 * waited for, so exactly one of two racing requests with the same key gets true.
 */
export async function claimIdempotencyKey(db: Kysely<Database>, row: IdempotencyRow): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_key')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['programme_id', 'key'])
        .doUpdateSet((eb) => ({
          request_hash: eb.ref('excluded.request_hash'),
          status: eb.ref('excluded.status'),
          body: eb.ref('excluded.body'),
          created_at: eb.ref('excluded.created_at'),
        }))
        .where('idempotency_key.created_at', '<', idempotencyCutoff(row.created_at)),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/**
 * Deletes expired answers, at most `batch` per statement so that no statement holds the database
 * long; returns how many went. Safe to run from several instances at once.
 *
 * @example await purgeIdempotencyKeys(db, new Date().toISOString());
 */
export async function purgeIdempotencyKeys(db: Kysely<Database>, now: string, batch = 1000): Promise<number> {
  const cutoff = idempotencyCutoff(now);
  let purged = 0;
  for (;;) {
    const result = await db
      .deleteFrom('idempotency_key')
      .where(({ eb, refTuple, selectFrom }) =>
        eb(refTuple('programme_id', 'key'), 'in', selectFrom('idempotency_key').select(['programme_id', 'key']).where('created_at', '<', cutoff).limit(batch).$asTuple('programme_id', 'key')),
      )
      .executeTakeFirst();
    const deleted = Number(result.numDeletedRows);
    purged += deleted;
    if (deleted < batch) return purged;
  }
}
