import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, ProgrammeTable } from './database.js';

export type ProgrammeRow = ProgrammeTable;

/** Slots of a programme's write counter (see `ProgrammeRevisionTable`). */
export const REVISION_SLOTS = 16;

/** One programme's row, or undefined. */
export async function findProgramme(db: Kysely<Database>, id: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Programmes in id order, after the cursor `after`; with `ids`, only those (what a user may see). */
export async function listProgrammes(db: Kysely<Database>, page: { readonly after?: string; readonly limit: number; readonly ids?: readonly string[] }): Promise<ProgrammeRow[]> {
  if (page.ids !== undefined && page.ids.length === 0) return [];
  let query = db.selectFrom('programme').selectAll().orderBy('id').limit(page.limit);
  if (page.after !== undefined) query = query.where('id', '>', page.after);
  if (page.ids !== undefined) query = query.where('id', 'in', [...page.ids]);
  return query.execute();
}

/** Inserts a programme with its write counter at 0; false when one with this id exists already (another writer won). */
export async function insertProgramme(db: Kysely<Database>, row: ProgrammeRow): Promise<boolean> {
  const result = await db.insertInto('programme').values(row).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0n) !== 1) return false;
  await db.insertInto('programme_revision').values(Array.from({ length: REVISION_SLOTS }, (_, slot) => ({ programme_id: row.id, slot, count: 0 }))).execute();
  return true;
}

/** Counts one write to the programme, so that status caches keyed on its revision miss from now on. */
export async function countWrite(db: Kysely<Database>, id: string, slot?: number): Promise<void> {
  await countWriteQuery(db, id, { ...(slot === undefined ? {} : { slot }) }).execute();
}

/** The update of `countWrite` (for `writes` writes at once), built but not run (for `DatabaseDialect.writeAll`). */
export function countWriteQuery(db: Kysely<Database>, id: string, options: { readonly slot?: number; readonly writes?: number } = {}) {
  const { slot, writes } = { slot: Math.floor(Math.random() * REVISION_SLOTS), writes: 1, ...options };
  return db
    .updateTable('programme_revision')
    .set({ count: sql<number>`count + ${writes}` })
    .where('programme_id', '=', id)
    .where('slot', '=', slot);
}

/** How many writes the programme has seen: it changes with every committed write. */
export async function programmeRevision(db: Kysely<Database>, id: string): Promise<number> {
  const row = await db
    .selectFrom('programme_revision')
    .select(sql<number>`cast(coalesce(sum(count), 0) as integer)`.as('revision'))
    .where('programme_id', '=', id)
    .executeTakeFirst();
  return Number(row?.revision ?? 0);
}

/** Points the programme at a new plan version. */
export async function setCurrentPlan(
  db: Kysely<Database>,
  id: string,
  plan: Pick<ProgrammeRow, 'name' | 'organisation' | 'current_version' | 'updated_at' | 'updated_by'>,
): Promise<void> {
  await db.updateTable('programme').set(plan).where('id', '=', id).execute();
}

/** Deletes a programme with its versions, records, counter and idempotency keys (the audit log stays). */
export async function deleteProgramme(db: Kysely<Database>, id: string): Promise<void> {
  // Explicit deletes rather than relying on ON DELETE CASCADE, which SQLite honours only with foreign_keys on.
  for (const table of ['idempotency_key', 'record', 'plan_version', 'programme_revision'] as const) {
    await db.deleteFrom(table).where('programme_id', '=', id).execute();
  }
  await db.deleteFrom('programme').where('id', '=', id).execute();
}
