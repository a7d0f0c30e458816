import { createHash } from 'node:crypto';
import { claimIdempotencyKey, findIdempotencyKey, insertRecords, newId, writeProgramme } from '../store/index.js';
import type { IdempotencyRow, RecordRow, Store } from '../store/index.js';
import { AppError } from './app-error.js';
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

/** Another request claimed the key while this one ran; its answer is the answer. */
class KeyTaken extends Error {}

/**
 * Checks records against the current plan and stores them in one transaction, with an audit entry
 * each. With an idempotency key the answer is stored beside them, so a retried request — even one
 * racing the first on another instance — is stored once.
 *
 * @example await addRecords(store, { programmeId: 'klant-in-beeld', kind: 'measurements', records: [{ kpi: 'getraind', date: '2026-03-31', value: 15 }], list: false, actor: 'anna' });
 */
export async function addRecords<K extends RecordKind>(store: Store, input: AddRecordsInput<K>): Promise<AddedRecords> {
  if (input.records.length === 0) throw new AppError('invalid-input', 'there are no records to add', [{ path: '', message: 'an empty list', expected: 'at least one record' }]);
  const requestHash = createHash('sha256').update(JSON.stringify([input.kind, input.records])).digest('hex');
  const key = input.idempotencyKey;
  try {
    return await whileProgrammeExists(store.db, input.programmeId, () => writeProgramme(store, input.programmeId, input.actor, async ({ trx, at, actor, audit }) => {
      const { programme } = await loadPlan(trx, input.programmeId);
      if (key !== undefined) {
        const earlier = await findIdempotencyKey(trx, input.programmeId, key);
        if (earlier) return replay(earlier, requestHash);
      }
      const checked = checkRecords(input.kind, input.records, programme, { list: input.list });
      if (!checked.ok) throw new AppError('invalid-input', `${checked.issues.length} problem${checked.issues.length === 1 ? '' : 's'} in the ${input.kind}; nothing was stored`, checked.issues);
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
      if (key !== undefined) {
        const claimed = await claimIdempotencyKey(trx, { programme_id: input.programmeId, key, request_hash: requestHash, status: 201, body: JSON.stringify(rows), created_at: at });
        if (!claimed) throw new KeyTaken();
      }
      await insertRecords(trx, rows);
      for (const row of rows) audit({ entity: RECORD_KIND_INFO[input.kind].entity, entityId: row.id, action: 'create', after: JSON.parse(row.data) });
      return { records: rows.map(storedRecord), replayed: false };
    }));
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
    const winner = await findIdempotencyKey(store.db, input.programmeId, key!);
    if (!winner) throw new AppError('conflict', 'a request with this Idempotency-Key was running at the same time; retry it');
    return replay(winner, requestHash);
  }
}

function replay(earlier: IdempotencyRow, requestHash: string): AddedRecords {
  if (earlier.request_hash !== requestHash) {
    throw new AppError('invalid-input', 'this Idempotency-Key was used before for a different request', [
      { path: 'Idempotency-Key', message: 'reused with a different body', expected: 'a new key for a new request' },
    ]);
  }
  return { records: (JSON.parse(earlier.body) as RecordRow[]).map(storedRecord), replayed: true };
}
