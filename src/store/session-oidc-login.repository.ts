import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { SessionOidcLoginTable } from './user-tables.js';

export type OidcLoginRow = SessionOidcLoginTable;

/** Remembers a sign-on in progress until its callback; stale ones (before `staleBefore`) are dropped on the way. */
export async function insertOidcLogin(db: Kysely<Database>, row: OidcLoginRow, staleBefore: string): Promise<void> {
  await db.deleteFrom('session_oidc_login').where('created_at', '<', staleBefore).execute();
  await db.insertInto('session_oidc_login').values(row).execute();
}

/** Takes the sign-on with this state, once: a second callback with the same state finds nothing. */
export async function takeOidcLogin(db: Kysely<Database>, state: string): Promise<OidcLoginRow | undefined> {
  return db.deleteFrom('session_oidc_login').where('state', '=', state).returningAll().executeTakeFirst();
}
