import { z } from 'zod';
import { RECORD_KIND_NAMES } from './record-kinds.js';

/** The format version of backups this release writes and reads. */
export const BUNDLE_FORMAT = 1;

const timestamp = z.string().min(1).max(40);
const actor = z.string().max(200);
const storeId = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, 'an id of letters, digits, "-" and "_"');

/**
 * A programme with everything the store knows about it: every plan version (with the file text),
 * every record and its audit trail. `GET /api/programmes/:id/bundle` writes it; `POST /api/bundles`
 * restores it into a database that does not hold the programme.
 */
export const programmeBundleSchema = z.strictObject({
  koersBundle: z.literal(BUNDLE_FORMAT),
  exportedAt: timestamp,
  programme: z.strictObject({
    id: z.string().min(1).max(200),
    name: z.string().max(1000),
    organisation: z.string().max(1000),
    currentVersion: z.number().int().min(1),
    createdAt: timestamp,
    createdBy: actor,
    updatedAt: timestamp,
    updatedBy: actor,
  }),
  versions: z.array(z.strictObject({
    version: z.number().int().min(1),
    fileName: z.string().max(1000).nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    importedAt: timestamp,
    importedBy: actor,
    yaml: z.string(),
  })).min(1),
  records: z.array(z.strictObject({
    id: storeId,
    kind: z.enum(RECORD_KIND_NAMES as [string, ...string[]]),
    record: z.record(z.string(), z.unknown()),
    rowVersion: z.number().int().min(1),
    createdAt: timestamp,
    createdBy: actor,
    updatedAt: timestamp,
    updatedBy: actor,
  })),
  audit: z.array(z.strictObject({
    id: storeId,
    at: timestamp,
    actor,
    entity: z.string().min(1).max(100),
    entityId: z.string().min(1).max(200),
    action: z.enum(['create', 'update', 'delete', 'import', 'restore']),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })),
});

export type ProgrammeBundle = z.output<typeof programmeBundleSchema>;
