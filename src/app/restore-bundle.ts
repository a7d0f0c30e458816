import { createHash } from 'node:crypto';
import { readProgramme } from '../formats/yaml/index.js';
import { findProgramme, insertPlanVersion, insertProgramme, insertRecordsKeepingIds, newId, restoreAudit, writeProgramme } from '../store/index.js';
import type { RecordRow, Store } from '../store/index.js';
import { AppError } from './app-error.js';
import type { InputIssue } from './app-error.js';
import { programmeBundleSchema } from './programme-bundle.js';
import { zodIssues } from './zod-issues.js';
import type { ProgrammeBundle } from './programme-bundle.js';
import type { RecordKind } from './record-kinds.js';
import { RECORD_SCHEMAS } from './record-schemas.js';
import { subjectOf } from './record-kinds.js';
import type { RecordOf } from './record-kinds.js';

/**
 * Restores a programme from a bundle written by `exportBundle`, keeping ids, versions, authors and
 * times, into a database that does not hold the programme yet. Records are restored as they were,
 * even where a later plan version no longer knows what they refer to. All or nothing.
 *
 * @example await restoreBundle(store, JSON.parse(text), 'anna');
 */
export async function restoreBundle(store: Store, input: unknown, actor: string): Promise<{ readonly programmeId: string; readonly records: number; readonly versions: number }> {
  const bundle = validate(input);
  const { programme: p } = bundle;
  return writeProgramme(store, p.id, actor, async ({ trx, at, audit }) => {
    if (await findProgramme(trx, p.id)) throw new AppError('conflict', `programme "${p.id}" exists already; delete it first or restore into another database`);
    await insertProgramme(trx, {
      id: p.id, uid: newId(), name: p.name, organisation: p.organisation, current_version: p.currentVersion,
      created_at: p.createdAt, created_by: p.createdBy, updated_at: p.updatedAt, updated_by: p.updatedBy,
    });
    for (const v of bundle.versions) {
      await insertPlanVersion(trx, { programme_id: p.id, version: v.version, yaml: v.yaml, file_name: v.fileName, sha256: v.sha256, imported_at: v.importedAt, imported_by: v.importedBy });
    }
    const rows: RecordRow[] = bundle.records.map((r) => ({
      id: r.id, programme_id: p.id, kind: r.kind as RecordKind, subject: subjectOf(r.kind as RecordKind, r.record as unknown as RecordOf<RecordKind>),
      date: String(r.record.date), data: JSON.stringify(r.record), row_version: r.rowVersion,
      created_at: r.createdAt, created_by: r.createdBy, updated_at: r.updatedAt, updated_by: r.updatedBy,
    }));
    if ((await insertRecordsKeepingIds(trx, rows)) !== rows.length) throw new AppError('conflict', 'some record ids of the bundle are in use by another programme; nothing was restored');
    await restoreAudit(trx, bundle.audit.map((a) => ({
      id: a.id, at: a.at, actor: a.actor, programme_id: p.id, entity: a.entity, entity_id: a.entityId, action: a.action,
      before: a.before === undefined ? null : JSON.stringify(a.before), after: a.after === undefined ? null : JSON.stringify(a.after),
    })));
    audit({ entity: 'programme', entityId: p.id, action: 'restore', after: { versions: bundle.versions.length, records: rows.length, exportedAt: bundle.exportedAt, restoredAt: at } });
    return { programmeId: p.id, records: rows.length, versions: bundle.versions.length };
  }, { exclusive: true });
}

function validate(input: unknown): ProgrammeBundle {
  const parsed = programmeBundleSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('invalid-input', 'this is not a Koers backup bundle', zodIssues(parsed.error, 50));
  }
  const bundle = parsed.data;
  const issues: InputIssue[] = [];
  bundle.versions.forEach((v, i) => {
    if (v.version !== i + 1) issues.push({ path: `versions[${i}].version`, message: `expected version ${i + 1}; versions run 1, 2, 3 … without gaps` });
    if (createHash('sha256').update(v.yaml).digest('hex') !== v.sha256) issues.push({ path: `versions[${i}].sha256`, message: 'does not match the file text; the bundle was altered or damaged' });
    const read = readProgramme(v.yaml);
    if (!read.ok) issues.push({ path: `versions[${i}].yaml`, message: `the programme file is invalid: ${read.issues[0]?.line}:${read.issues[0]?.column} ${read.issues[0]?.message}` });
    else if (read.programme.id !== bundle.programme.id) issues.push({ path: `versions[${i}].yaml`, message: `describes programme "${read.programme.id}", not "${bundle.programme.id}"` });
  });
  if (bundle.programme.currentVersion !== bundle.versions.length) issues.push({ path: 'programme.currentVersion', message: `expected ${bundle.versions.length}, the last version` });
  const ids = new Set<string>();
  bundle.records.forEach((r, i) => {
    if (ids.has(r.id)) issues.push({ path: `records[${i}].id`, message: `"${r.id}" appears twice` });
    ids.add(r.id);
    const check = RECORD_SCHEMAS[r.kind as RecordKind].safeParse(r.record);
    if (!check.success) for (const issue of zodIssues(check.error, 5)) issues.push({ ...issue, path: `records[${i}].record${issue.path ? `.${issue.path}` : ''}`.replace('.[', '[') });
  });
  if (issues.length > 0) throw new AppError('invalid-input', `the bundle has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was restored`, issues.slice(0, 100));
  return bundle;
}
