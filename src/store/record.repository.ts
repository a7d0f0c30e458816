import type { Kysely } from 'kysely';
import type { Database, RecordKind, RecordTable } from './database.js';
import type { Write } from './database-dialect.js';

export type RecordRow = RecordTable;

/** Which records to list; every field narrows. */
export interface RecordFilter {
  readonly kind?: RecordKind;
  readonly subject?: string;
  /** Inclusive date range, ISO dates. */
  readonly from?: string;
  readonly to?: string;
}

// Both databases accept thousands of parameters per statement; 11 columns × 500 rows stays well below.
const INSERT_BATCH = 500;

/** Inserts records in batches, inside the caller's transaction. */
export async function insertRecords(db: Kysely<Database>, rows: readonly RecordRow[]): Promise<void> {
  for (const write of recordInserts(db, rows)) await write.execute();
}

/** The inserts of `insertRecords`, built but not run (for `DatabaseDialect.writeAll`). */
export function recordInserts(db: Kysely<Database>, rows: readonly RecordRow[]) {
  const writes = [];
  for (let i = 0; i < rows.length; i += INSERT_BATCH) writes.push(db.insertInto('record').values(rows.slice(i, i + INSERT_BATCH)));
  return writes satisfies Write[];
}

/** Inserts records that keep their ids (a restore); returns how many were new. */
export async function insertRecordsKeepingIds(db: Kysely<Database>, rows: readonly RecordRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const result = await db.insertInto('record').values(rows.slice(i, i + INSERT_BATCH)).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

/** One record of a programme, or undefined. */
export async function findRecord(db: Kysely<Database>, programmeId: string, id: string): Promise<RecordRow | undefined> {
  return db.selectFrom('record').selectAll().where('programme_id', '=', programmeId).where('id', '=', id).executeTakeFirst();
}

/** Records in creation order (id), after the cursor `after`. */
export async function listRecords(
  db: Kysely<Database>,
  programmeId: string,
  filter: RecordFilter,
  page: { readonly after?: string; readonly limit: number },
): Promise<RecordRow[]> {
  let query = db.selectFrom('record').selectAll().where('programme_id', '=', programmeId).orderBy('id').limit(page.limit);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.subject !== undefined) query = query.where('subject', '=', filter.subject);
  if (filter.from !== undefined) query = query.where('date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('date', '<=', filter.to);
  if (page.after !== undefined) query = query.where('id', '>', page.after);
  return query.execute();
}

/** Every record of a programme in creation order: the input of the steering engine and of backups. */
export async function allRecords(db: Kysely<Database>, programmeId: string): Promise<RecordRow[]> {
  return db.selectFrom('record').selectAll().where('programme_id', '=', programmeId).orderBy('id').execute();
}

/**
 * Replaces a record's content if it is still at `expectedVersion`; false when it changed meanwhile.
 * The version check is part of the UPDATE, so a stale writer can never overwrite.
 */
export async function updateRecord(
  db: Kysely<Database>,
  row: Pick<RecordRow, 'id' | 'subject' | 'date' | 'data' | 'updated_at' | 'updated_by'>,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable('record')
    .set({ subject: row.subject, date: row.date, data: row.data, updated_at: row.updated_at, updated_by: row.updated_by, row_version: expectedVersion + 1 })
    .where('id', '=', row.id)
    .where('row_version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes a record if it is still at `expectedVersion`. */
export async function deleteRecord(db: Kysely<Database>, id: string, expectedVersion: number): Promise<boolean> {
  const result = await db.deleteFrom('record').where('id', '=', id).where('row_version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
