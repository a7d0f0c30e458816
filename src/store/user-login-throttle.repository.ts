import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { UserLoginThrottleTable } from './user-tables.js';

export type LoginThrottleRow = UserLoginThrottleTable;

/** The throttle rows of these keys that block until after `now`. */
export async function findLoginBlocks(db: Kysely<Database>, keys: readonly string[], now: string): Promise<LoginThrottleRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('user_login_throttle').selectAll().where('key', 'in', [...keys]).where('blocked_until', '>', now).execute();
}

/**
 * Counts one failed sign-in against `key` in a single statement, so that instances racing on one
 * key never lose a count: the window restarts when it began before `windowStart`. Returns the count.
 */
export async function countLoginFailure(db: Kysely<Database>, key: string, now: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('user_login_throttle')
    .values({ key, failures: 1, window_started_at: now, blocked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const stale = eb('user_login_throttle.window_started_at', '<', windowStart);
        return {
          failures: eb.case().when(stale).then(1).else(eb('user_login_throttle.failures', '+', 1)).end(),
          window_started_at: eb.case().when(stale).then(now).else(eb.ref('user_login_throttle.window_started_at')).end(),
        };
      }))
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

/** Blocks sign-ins for `key` until `until`. */
export async function blockLogins(db: Kysely<Database>, key: string, until: string): Promise<void> {
  await db.updateTable('user_login_throttle').set({ blocked_until: until }).where('key', '=', key).execute();
}

/** Drops counts whose window ended before `windowStart` and that block nothing, so guessed names do not pile up. */
export async function deleteStaleLoginThrottles(db: Kysely<Database>, windowStart: string, now: string): Promise<void> {
  await db.deleteFrom('user_login_throttle').where('window_started_at', '<', windowStart).where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)])).execute();
}

/** Forgets the failures of `key` (after a successful sign-in to that account). */
export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('user_login_throttle').where('key', '=', key).execute();
}
