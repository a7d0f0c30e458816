import { z } from 'zod';
import type { StoredRecord } from '../../app/stored-record.js';
import type { AuditRow } from '../../store/index.js';

/** A record as the API shows it; `record` holds the fields of its kind, `version` its ETag "r<version>". */
export const storedRecordSchema = z.object({
  id: z.string(),
  kind: z.string(),
  programmeId: z.string(),
  record: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type StoredRecordJson = z.output<typeof storedRecordSchema>;

export function presentRecord(r: StoredRecord): StoredRecordJson {
  return {
    id: r.id,
    kind: r.kind,
    programmeId: r.programmeId,
    record: r.record as unknown as Record<string, unknown>,
    version: r.rowVersion,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
  };
}

/** One entry of the audit log. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  programmeId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(['create', 'update', 'delete', 'import', 'restore']),
  before: z.unknown().meta({ description: 'The value before the change; null for a creation.' }),
  after: z.unknown().meta({ description: 'The value after the change; null for a deletion.' }),
});

export function presentAudit(a: AuditRow): z.output<typeof auditEntrySchema> {
  return {
    id: a.id,
    at: a.at,
    actor: a.actor,
    programmeId: a.programme_id,
    entity: a.entity,
    entityId: a.entity_id,
    action: a.action,
    before: a.before === null ? null : (JSON.parse(a.before) as unknown),
    after: a.after === null ? null : (JSON.parse(a.after) as unknown),
  };
}

/** A page of `item`. */
export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), next: z.string().nullable().meta({ description: 'The next page, or null on the last.' }) });
