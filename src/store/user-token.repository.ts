import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { UserRow } from './user.repository.js';
import type { UserTokenTable } from './user-tables.js';

export type UserTokenRow = UserTokenTable;
/** A token without its hash, for listings. */
export type UserTokenSummary = Omit<UserTokenRow, 'token_hash'>;

export async function insertUserToken(db: Kysely<Database>, row: UserTokenRow): Promise<void> {
  await db.insertInto('user_token').values(row).execute();
}

/** The token with this hash and its account, or undefined. */
export async function findUserToken(db: Kysely<Database>, tokenHash: string): Promise<{ readonly token: UserTokenSummary; readonly user: UserRow } | undefined> {
  const row = await db
    .selectFrom('user_token as t')
    .innerJoin('user_account as u', 'u.id', 't.user_id')
    .selectAll('u')
    .select(['t.id as token_id', 't.name as token_name', 't.created_at as token_created_at', 't.expires_at as token_expires_at', 't.last_used_at as token_last_used_at'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, token_name, token_created_at, token_expires_at, token_last_used_at, ...user } = row;
  return { token: { id: token_id, user_id: user.id, name: token_name, created_at: token_created_at, expires_at: token_expires_at, last_used_at: token_last_used_at }, user };
}

/** A user's tokens, newest last, without their hashes. */
export async function listUserTokens(db: Kysely<Database>, userId: string): Promise<UserTokenSummary[]> {
  return db.selectFrom('user_token').select(['id', 'user_id', 'name', 'created_at', 'expires_at', 'last_used_at']).where('user_id', '=', userId).orderBy('id').execute();
}

/** Revokes one of a user's tokens; false when the user has no such token. */
export async function deleteUserToken(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('user_token').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Notes when a token was last used (at most once a minute per token, by the caller). */
export async function touchUserToken(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('user_token').set({ last_used_at: at }).where('id', '=', id).execute();
}
