import type { Kysely } from 'kysely';
import type { AuditAction, Database } from './database.js';
import type { Store } from './open-store.js';
import { auditInserts } from './audit.repository.js';
import type { AuditRow } from './audit.repository.js';
import { newId } from './new-id.js';
import { countWriteQuery } from './programme.repository.js';

/** One change for the audit log; `before` and `after` are stored as JSON. */
export interface Change {
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** What a write gets: the transaction, the time and actor of the change, and the audit log. */
export interface WriteContext {
  readonly trx: Kysely<Database>;
  /** ISO timestamp of this write. */
  readonly at: string;
  readonly actor: string;
  /** Notes a change; the audit entries are written at the end of the same transaction. */
  audit(change: Change): void;
}

/**
 * The unit of work for everything that changes a programme: one transaction that writes the audit
 * log beside the change and counts the write in the programme's revision. Throwing inside `work`
 * rolls everything back, audit entries included. `exclusive` holds the programme's row for the
 * whole transaction (plan changes, deletion); record writes run side by side and rely on row
 * versions, keys and foreign keys instead.
 *
 * @example
 * await writeProgramme(store, 'klant-in-beeld', 'anna', async ({ trx, audit }) => { … });
 */
export async function writeProgramme<T>(
  store: Store,
  programmeId: string,
  actor: string,
  work: (ctx: WriteContext) => Promise<T>,
  options: { readonly exclusive?: boolean } = {},
): Promise<T> {
  return store.dialect.writeTransaction(store.db, async (trx) => {
    if (options.exclusive) await store.dialect.lockProgramme(trx, programmeId);
    const at = new Date().toISOString();
    const changes: Change[] = [];
    const result = await work({ trx, at, actor, audit: (change) => void changes.push(change) });
    if (changes.length > 0) {
      // Last, so that the counter row is held only from here to the commit; one statement on PostgreSQL.
      await store.dialect.writeAllIn(trx, [...auditInserts(trx, auditRows(programmeId, actor, at, changes)), countWriteQuery(trx, programmeId)]);
    }
    return result;
  });
}

/** The audit log's rows for changes made by `actor` at `at`. */
export function auditRows(programmeId: string, actor: string, at: string, changes: readonly Change[]): AuditRow[] {
  return changes.map((c) => ({
    id: newId(),
    at,
    actor,
    programme_id: programmeId,
    entity: c.entity,
    entity_id: c.entityId,
    action: c.action,
    before: c.before === undefined ? null : JSON.stringify(c.before),
    after: c.after === undefined ? null : JSON.stringify(c.after),
  }));
}
