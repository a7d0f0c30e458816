import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { UserAccountTable } from './user-tables.js';

export type UserRow = UserAccountTable;

/** Inserts an account; false when the username (or sign-on identity) is taken already. */
export async function insertUser(db: Kysely<Database>, row: UserRow): Promise<boolean> {
  const result = await db.insertInto('user_account').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** An account by id, or undefined. */
export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An account by username (case-insensitive: usernames are stored in lower case). */
export async function findUserByName(db: Kysely<Database>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

/** The account linked to a single sign-on identity (`issuer|sub`), or undefined. */
export async function findUserBySubject(db: Kysely<Database>, subject: string): Promise<UserRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('oidc_subject', '=', subject).executeTakeFirst();
}

/** Every account, by username. */
export async function listUsers(db: Kysely<Database>): Promise<UserRow[]> {
  return db.selectFrom('user_account').selectAll().orderBy('username').execute();
}

/** How many accounts exist (0 on a new database). */
export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('user_account').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes an account's fields; false when there is no such account. */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  patch: Partial<Pick<UserRow, 'display_name' | 'password_hash' | 'must_change_password' | 'disabled' | 'oidc_subject'>> & Pick<UserRow, 'updated_at' | 'updated_by'>,
): Promise<boolean> {
  const result = await db.updateTable('user_account').set(patch).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
