import type { Kysely } from 'kysely';
import type { Database, IdempotencyKeyTable } from './database.js';

export type IdempotencyRow = IdempotencyKeyTable;

/** The stored answer for a key, or undefined. */
export async function findIdempotencyKey(db: Kysely<Database>, programmeId: string, key: string): Promise<IdempotencyRow | undefined> {
  return db.selectFrom('idempotency_key').selectAll().where('programme_id', '=', programmeId).where('key', '=', key).executeTakeFirst();
}

/**
 * Stores the answer to a request in the transaction that makes the change; false when another
 * request holds the key already. On PostgreSQL a concurrent holder is waited for, so exactly one
 * of two racing requests with the same key gets true.
 */
export async function claimIdempotencyKey(db: Kysely<Database>, row: IdempotencyRow): Promise<boolean> {
  const result = await db.insertInto('idempotency_key').values(row).onConflict((oc) => oc.columns(['programme_id', 'key']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}
