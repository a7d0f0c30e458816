import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntryTable, Database } from './database.js';

export type AuditRow = AuditEntryTable;

/**
 * Appends to the audit log, inside the same transaction as the change it describes. There is
 * deliberately no update or delete: the log is append-only.
 */
export async function appendAudit(db: Kysely<Database>, rows: readonly AuditRow[]): Promise<void> {
  for (const write of auditInserts(db, rows)) await write.execute();
}

/** The inserts of `appendAudit`, built but not run (for `DatabaseDialect.writeAll`). */
export function auditInserts(db: Kysely<Database>, rows: readonly AuditRow[]) {
  const writes = [];
  for (let i = 0; i < rows.length; i += 500) writes.push(db.insertInto('audit_entry').values(rows.slice(i, i + 500)));
  return writes;
}

/** Puts back entries from a backup; entries already present (same id) are left as they are. */
export async function restoreAudit(db: Kysely<Database>, rows: readonly AuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('audit_entry').values(rows.slice(i, i + 500)).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
}

/** Which audit entries `listAudit` returns; every field narrows, all must hold. */
export interface AuditFilter {
  readonly programmeId?: string;
  readonly entityId?: string;
  /** `measurement`, `programme`, `user` … */
  readonly entity?: string;
  readonly action?: AuditAction;
  readonly actor?: string;
  /** ISO timestamps as stored in `at` (`2026-11-20T09:00:00.000Z`): at or after `atFrom`, before `atBefore`. */
  readonly atFrom?: string;
  readonly atBefore?: string;
  /** Text in the entity id or the JSON before or after, ignoring case. */
  readonly text?: string;
}

/**
 * Audit entries oldest first (or newest first with `order: 'desc'`), for one programme or all, after
 * the cursor `after` in that order. Ids grow with time, so they order and page the log stably; the
 * filters only leave entries out, so the same cursor pages a filtered log as well.
 */
export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { readonly after?: string; readonly limit: number; readonly order?: 'asc' | 'desc' },
): Promise<AuditRow[]> {
  const desc = page.order === 'desc';
  let query = db.selectFrom('audit_entry').selectAll().orderBy('id', desc ? 'desc' : 'asc').limit(page.limit);
  if (filter.programmeId !== undefined) query = query.where('programme_id', '=', filter.programmeId);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  if (filter.atFrom !== undefined) query = query.where('at', '>=', filter.atFrom);
  if (filter.atBefore !== undefined) query = query.where('at', '<', filter.atBefore);
  if (filter.text !== undefined && filter.text !== '') {
    // LIKE with its wildcards escaped, in lower case on both sides: the same on SQLite and PostgreSQL.
    const pattern = `%${filter.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const like = (column: 'entity_id' | 'before' | 'after') => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    query = query.where((eb) => eb.or([like('entity_id'), like('before'), like('after')]));
  }
  if (page.after !== undefined) query = query.where('id', desc ? '<' : '>', page.after);
  return query.execute();
}
