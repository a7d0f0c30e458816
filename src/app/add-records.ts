import { createHash } from 'node:crypto';
import { message } from '../formats/messages/index.js';
import { appendRecords, findIdempotencyKey, newId } from '../store/index.js';
import type { IdempotencyRow, RecordRow, Store } from '../store/index.js';
import { AppError, firstProblems, inputIssue } from './app-error.js';
import { checkRecords } from './check-records.js';
import type { RecordInput } from './check-records.js';
import { loadPlan, whileProgrammeExists } from './load-plan.js';
import { RECORD_KIND_INFO, subjectOf } from './record-kinds.js';
import type { RecordKind } from './record-kinds.js';
import { storedRecord } from './stored-record.js';
import type { StoredRecord } from './stored-record.js';

/** Records to add to a programme, all or none. */
export interface AddRecordsInput<K extends RecordKind> {
  readonly programmeId: string;
  readonly kind: K;
  readonly records: readonly RecordInput[];
  /** Whether the caller sent a list (error paths `[i].field`) or one record (`field`). */
  readonly list: boolean;
  readonly actor: string;
  /** The same key with the same records answers with the first answer and stores nothing. */
  readonly idempotencyKey?: string;
}

export interface AddedRecords {
  readonly records: readonly StoredRecord[];
  /** True when this is a repeat of an earlier request with the same Idempotency-Key. */
  readonly replayed: boolean;
}

/**
 * Checks records against the current plan and stores them atomically, with an audit entry each.
 * With an idempotency key the answer is stored beside them, so a retried request — even one racing
 * the first on another instance — is stored once; after `IDEMPOTENCY_KEY_HOURS` the key is free again.
 *
 * @example await addRecords(store, { programmeId: 'klant-in-beeld', kind: 'measurements', records: [{ kpi: 'getraind', date: '2026-03-31', value: 15 }], list: false, actor: 'anna' });
 */
export async function addRecords<K extends RecordKind>(store: Store, input: AddRecordsInput<K>): Promise<AddedRecords> {
  if (input.records.length === 0) throw new AppError('invalid-input', message('records.none', {}), [inputIssue('', message('records.empty-list', {}), message('expect.at-least-one-record', {}))]);
  const key = input.idempotencyKey;
  // Only a request with a key is compared with an earlier one.
  const requestHash = key === undefined ? '' : createHash('sha256').update(JSON.stringify([input.kind, input.records])).digest('hex');
  const at = new Date().toISOString();
  if (key !== undefined) {
    const earlier = await findIdempotencyKey(store.db, input.programmeId, key, at);
    if (earlier) return replay(earlier, requestHash);
  }
  // The plan is read outside the write, from a query sent after this call (a shared one when the
  // programme is busy). Imports never look at records, so a record checked against the plan of a
  // moment ago and stored after a new plan is the same as one stored just before it.
  const stored = await whileProgrammeExists(store.db, input.programmeId, async () => {
    const { programme } = await loadPlan(store.db, input.programmeId);
    const checked = checkRecords(input.kind, input.records, programme, { list: input.list });
    if (!checked.ok) throw new AppError('invalid-input', message('records.invalid', { kind: input.kind, ...firstProblems(checked.issues) }), checked.issues);
    const actor = input.actor;
    const rows: RecordRow[] = checked.records.map((record) => ({
      id: newId(),
      programme_id: input.programmeId,
      kind: input.kind,
      subject: subjectOf(input.kind, record),
      date: record.date,
      data: JSON.stringify(record),
      row_version: 1,
      created_at: at,
      created_by: actor,
      updated_at: at,
      updated_by: actor,
    }));
    const entity = RECORD_KIND_INFO[input.kind].entity;
    const changes = checked.records.map((record, i) => ({ entity, entityId: rows[i]!.id, action: 'create' as const, after: record }));
    const idempotency = key === undefined ? undefined : { programme_id: input.programmeId, key, request_hash: requestHash, status: 201, body: JSON.stringify(rows), created_at: at };
    const claimed = await appendRecords(store, { programmeId: input.programmeId, actor, at, rows, changes, ...(idempotency ? { idempotency } : {}) });
    return claimed ? rows : undefined;
  });
  if (stored) return { records: stored.map(storedRecord), replayed: false };
  // Another request holds the key; its answer is the answer.
  const winner = await findIdempotencyKey(store.db, input.programmeId, key!, at);
  if (!winner) throw new AppError('conflict', message('idempotency.running', {}));
  return replay(winner, requestHash);
}

function replay(earlier: IdempotencyRow, requestHash: string): AddedRecords {
  if (earlier.request_hash !== requestHash) {
    throw new AppError('invalid-input', message('idempotency.reused', {}), [
      inputIssue('Idempotency-Key', message('idempotency.reused-body', {}), message('expect.new-key', {})),
    ]);
  }
  return { records: (JSON.parse(earlier.body) as RecordRow[]).map(storedRecord), replayed: true };
}
