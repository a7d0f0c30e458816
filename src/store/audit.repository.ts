import type { Kysely } from 'kysely';
import type { AuditEntryTable, Database } from './database.js';

export type AuditRow = AuditEntryTable;

/**
 * Appends to the audit log, inside the same transaction as the change it describes. There is
 * deliberately no update or delete: the log is append-only.
 */
export async function appendAudit(db: Kysely<Database>, rows: readonly AuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('audit_entry').values(rows.slice(i, i + 500)).execute();
}

/** Puts back entries from a backup; entries already present (same id) are left as they are. */
export async function restoreAudit(db: Kysely<Database>, rows: readonly AuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('audit_entry').values(rows.slice(i, i + 500)).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
}

/** Audit entries oldest first, for one programme or all, after the cursor `after`. */
export async function listAudit(
  db: Kysely<Database>,
  filter: { readonly programmeId?: string; readonly entityId?: string },
  page: { readonly after?: string; readonly limit: number },
): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_entry').selectAll().orderBy('id').limit(page.limit);
  if (filter.programmeId !== undefined) query = query.where('programme_id', '=', filter.programmeId);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  if (page.after !== undefined) query = query.where('id', '>', page.after);
  return query.execute();
}
