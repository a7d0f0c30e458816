import type { Kysely, Migration } from 'kysely';

/** An index on when idempotency keys were stored, so that expired ones are found and purged cheaply. Released: never edit. */
export const idempotencyExpiry: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('idempotency_key_by_age').on('idempotency_key').column('created_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('idempotency_key_by_age').execute();
  },
};
