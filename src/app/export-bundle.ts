import type { Kysely } from 'kysely';
import { allPlanVersions, allRecords, findProgramme, listAudit } from '../store/index.js';
import type { AuditRow, Database, Store } from '../store/index.js';
import { notFound } from './load-plan.js';
import { BUNDLE_FORMAT } from './programme-bundle.js';
import type { ProgrammeBundle } from './programme-bundle.js';

/**
 * Everything about one programme as one JSON document, for backups and moves between databases.
 * Read in one transaction, so the bundle is a consistent snapshot.
 *
 * @example const bundle = await exportBundle(store, 'klant-in-beeld');
 */
export async function exportBundle(store: Store, programmeId: string, now: Date = new Date()): Promise<ProgrammeBundle> {
  return store.dialect.readSnapshot(store.db, async (trx) => {
    const row = await findProgramme(trx, programmeId);
    if (!row) throw notFound(programmeId);
    const [versions, records, audit] = await Promise.all([allPlanVersions(trx, programmeId), allRecords(trx, programmeId), allAudit(trx, programmeId)]);
    return {
      koersBundle: BUNDLE_FORMAT,
      exportedAt: now.toISOString(),
      programme: {
        id: row.id, name: row.name, organisation: row.organisation, currentVersion: row.current_version,
        createdAt: row.created_at, createdBy: row.created_by, updatedAt: row.updated_at, updatedBy: row.updated_by,
      },
      versions: versions.map((v) => ({ version: v.version, fileName: v.file_name, sha256: v.sha256, importedAt: v.imported_at, importedBy: v.imported_by, yaml: v.yaml })),
      records: records.map((r) => ({
        id: r.id, kind: r.kind, record: JSON.parse(r.data) as Record<string, unknown>, rowVersion: r.row_version,
        createdAt: r.created_at, createdBy: r.created_by, updatedAt: r.updated_at, updatedBy: r.updated_by,
      })),
      audit: audit.map((a) => ({
        id: a.id, at: a.at, actor: a.actor, entity: a.entity, entityId: a.entity_id, action: a.action,
        ...(a.before === null ? {} : { before: JSON.parse(a.before) as unknown }),
        ...(a.after === null ? {} : { after: JSON.parse(a.after) as unknown }),
      })),
    };
  });
}

async function allAudit(db: Kysely<Database>, programmeId: string): Promise<AuditRow[]> {
  const all: AuditRow[] = [];
  for (;;) {
    const page = await listAudit(db, { programmeId }, { after: all.at(-1)?.id, limit: 1000 });
    all.push(...page);
    if (page.length < 1000) return all;
  }
}
