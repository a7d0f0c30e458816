import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { UserRow } from './user.repository.js';
import type { SessionTable } from './user-tables.js';

export type SessionRow = SessionTable;

export async function insertSession(db: Kysely<Database>, row: SessionRow): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

/** A session with its account, in one query; undefined when there is none (expiry is the caller's to judge). */
export async function findSession(db: Kysely<Database>, id: string): Promise<{ readonly session: SessionRow; readonly user: UserRow } | undefined> {
  const row = await db
    .selectFrom('session as s')
    .innerJoin('user_account as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id as session_id', 's.csrf_token', 's.method', 's.created_at as session_created_at', 's.last_seen_at', 's.expires_at'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, csrf_token, method, session_created_at, last_seen_at, expires_at, ...user } = row;
  return { session: { id: session_id, user_id: user.id, csrf_token, method, created_at: session_created_at, last_seen_at, expires_at }, user };
}

/** Marks a session as used now, which extends its idle timeout. */
export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

/** Ends every session of a user (password reset, disabled account), except `keep`. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string, keep?: string): Promise<number> {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (keep !== undefined) query = query.where('id', '!=', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions past their absolute end or idle since before `idleBefore`. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: string, idleBefore: string): Promise<number> {
  const result = await db.deleteFrom('session').where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleBefore)])).executeTakeFirst();
  return Number(result.numDeletedRows);
}
