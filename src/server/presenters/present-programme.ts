import { z } from 'zod';
import type { Programme } from '../../model/index.js';
import type { PlanVersionSummary, ProgrammeRow } from '../../store/index.js';

/** A programme as the API shows it in lists. */
export const programmeSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  version: z.number().int().meta({ description: 'The current plan version; its ETag is "v<version>".' }),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  links: z.record(z.string(), z.string()),
});
export type ProgrammeSummaryJson = z.output<typeof programmeSummarySchema>;

/** A programme with its validated plan, as `GET /api/programmes/:id` answers. */
export const programmeDetailSchema = programmeSummarySchema.extend({
  plan: z.record(z.string(), z.unknown()).meta({ description: 'The validated programme model of the current version.' }),
});

export function presentProgramme(row: ProgrammeRow): ProgrammeSummaryJson {
  const self = `/api/programmes/${encodeURIComponent(row.id)}`;
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    version: row.current_version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    links: {
      self,
      status: `${self}/status`,
      versions: `${self}/versions`,
      diff: `${self}/diff`,
      export: `${self}/export`,
      bundle: `${self}/bundle`,
      audit: `${self}/audit`,
      measurements: `${self}/measurements`,
    },
  };
}

export function presentProgrammeDetail(row: ProgrammeRow, plan: Programme) {
  return { ...presentProgramme(row), plan: plan as unknown as Record<string, unknown> };
}

/** A plan version without its text. */
export const planVersionSchema = z.object({
  programmeId: z.string(),
  version: z.number().int(),
  fileName: z.string().nullable(),
  sha256: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  links: z.object({ self: z.string(), yaml: z.string() }),
});

export function presentPlanVersion(v: PlanVersionSummary): z.output<typeof planVersionSchema> {
  const self = `/api/programmes/${encodeURIComponent(v.programme_id)}/versions/${v.version}`;
  return {
    programmeId: v.programme_id,
    version: v.version,
    fileName: v.file_name,
    sha256: v.sha256,
    importedAt: v.imported_at,
    importedBy: v.imported_by,
    links: { self, yaml: `/api/programmes/${encodeURIComponent(v.programme_id)}/export?version=${v.version}` },
  };
}
