import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { RoleGrantTable } from './user-tables.js';

export type GrantRow = RoleGrantTable;

/** A user's grants, local and from sign-on, by programme and role. */
export async function listGrants(db: Kysely<Database>, userId: string): Promise<GrantRow[]> {
  return db.selectFrom('role_grant').selectAll().where('user_id', '=', userId).orderBy('programme_id').orderBy('role').execute();
}

/** Every grant of every user, for the user list. */
export async function listAllGrants(db: Kysely<Database>): Promise<GrantRow[]> {
  return db.selectFrom('role_grant').selectAll().orderBy('user_id').orderBy('programme_id').orderBy('role').execute();
}

/** Adds a grant, or replaces its benefit scope when the user has it already. */
export async function upsertGrant(db: Kysely<Database>, row: GrantRow): Promise<void> {
  await db
    .insertInto('role_grant')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'programme_id', 'role', 'source']).doUpdateSet({ benefits: row.benefits, owner_roles: row.owner_roles }))
    .execute();
}

/** Removes one grant; false when the user did not have it. */
export async function deleteGrant(db: Kysely<Database>, userId: string, programmeId: string, role: string, source = 'local'): Promise<boolean> {
  const result = await db.deleteFrom('role_grant').where('user_id', '=', userId).where('programme_id', '=', programmeId).where('role', '=', role).where('source', '=', source).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Replaces every grant of one source (`oidc` at each sign-on, `local` when an admin sets them all). */
export async function replaceGrants(db: Kysely<Database>, userId: string, source: string, rows: readonly GrantRow[]): Promise<void> {
  await db.deleteFrom('role_grant').where('user_id', '=', userId).where('source', '=', source).execute();
  if (rows.length > 0) await db.insertInto('role_grant').values([...rows]).onConflict((oc) => oc.doNothing()).execute();
}
