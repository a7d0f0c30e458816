import { message } from '../formats/messages/index.js';
import { deleteRecord, findProgramme, findRecord, updateRecord, writeProgramme } from '../store/index.js';
import type { RecordRow, Store } from '../store/index.js';
import { AppError, firstProblems } from './app-error.js';
import { checkRecords } from './check-records.js';
import type { RecordInput } from './check-records.js';
import { loadPlan, notFound, whileProgrammeExists } from './load-plan.js';
import { RECORD_KIND_INFO, subjectOf } from './record-kinds.js';
import type { RecordKind } from './record-kinds.js';
import { storedRecord } from './stored-record.js';
import type { StoredRecord } from './stored-record.js';

/** Which record to change, and the version the caller last saw (If-Match). */
export interface RecordTarget {
  readonly programmeId: string;
  readonly kind: RecordKind;
  readonly id: string;
  readonly actor: string;
  /** Without it the change is unconditional. */
  readonly expectedVersion?: number;
}

/**
 * Replaces a record's content (PUT). Fails with `precondition-failed` when the record changed
 * since `expectedVersion`; the check and the write are one UPDATE, so nothing is ever overwritten.
 *
 * @example await replaceRecord(store, { programmeId, kind: 'risks', id, actor, expectedVersion: 2 }, { … });
 */
export async function replaceRecord(store: Store, target: RecordTarget, input: RecordInput): Promise<StoredRecord> {
  return whileProgrammeExists(store.db, target.programmeId, () => writeProgramme(store, target.programmeId, target.actor, async ({ trx, at, actor, audit }) => {
    const { programme } = await loadPlan(trx, target.programmeId);
    const current = await currentRecord(trx, target);
    const checked = checkRecords(target.kind, [input], programme, { list: false });
    if (!checked.ok) throw new AppError('invalid-input', message('record.invalid', firstProblems(checked.issues)), checked.issues);
    const record = checked.records[0]!;
    const row = { id: target.id, subject: subjectOf(target.kind, record), date: record.date, data: JSON.stringify(record), updated_at: at, updated_by: actor };
    if (!(await updateRecord(trx, row, target.expectedVersion ?? current.row_version))) throw stale(target);
    audit({ entity: RECORD_KIND_INFO[target.kind].entity, entityId: target.id, action: 'update', before: JSON.parse(current.data), after: record });
    return storedRecord({ ...current, ...row, row_version: (target.expectedVersion ?? current.row_version) + 1 });
  }));
}

/** Deletes a record, under the same If-Match rule as `replaceRecord`. */
export async function removeRecord(store: Store, target: RecordTarget): Promise<void> {
  await writeProgramme(store, target.programmeId, target.actor, async ({ trx, audit }) => {
    if (!(await findProgramme(trx, target.programmeId))) throw notFound(target.programmeId);
    const current = await currentRecord(trx, target);
    if (!(await deleteRecord(trx, target.id, target.expectedVersion ?? current.row_version))) throw stale(target);
    audit({ entity: RECORD_KIND_INFO[target.kind].entity, entityId: target.id, action: 'delete', before: JSON.parse(current.data) });
  });
}

/** The record to change; the programme's existence has been checked by then. */
async function currentRecord(trx: Parameters<typeof findRecord>[0], target: RecordTarget): Promise<RecordRow> {
  const row = await findRecord(trx, target.programmeId, target.id);
  if (!row || row.kind !== target.kind) throw new AppError('not-found', message('record.not-found', { programme: target.programmeId, kind: target.kind, id: target.id }));
  return row;
}

const stale = (target: RecordTarget) =>
  new AppError('precondition-failed', message('record.stale', { id: target.id, ...(target.expectedVersion === undefined ? {} : { version: target.expectedVersion }) }));
