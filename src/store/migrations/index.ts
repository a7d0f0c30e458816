import type { Migration } from 'kysely';
import { initial } from './20260301T0900-initial.js';
import { accounts } from './20260320T1000-accounts.js';
import { idempotencyExpiry } from './20261123T1000-idempotency-expiry.js';

/**
 * Every migration, by timestamped name. Names sort in the order they run; a released migration is
 * never edited, only followed by a new one. Listed statically so that the bundled CLI carries them.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '20260301T0900-initial': initial,
  '20260320T1000-accounts': accounts,
  '20261123T1000-idempotency-expiry': idempotencyExpiry,
};
