import type { Records } from '../model/index.js';
import type { RecordRow } from '../store/index.js';
import type { RecordKind, RecordOf } from './record-kinds.js';
import { upgradeRecord } from './upgrade-record.js';

/** A record as kept by the store: the model record plus who wrote it, when, and its version for If-Match. */
export interface StoredRecord<K extends RecordKind = RecordKind> {
  readonly id: string;
  readonly kind: K;
  readonly programmeId: string;
  readonly record: RecordOf<K>;
  readonly rowVersion: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** The store's row as a typed record. */
export function storedRecord(row: RecordRow): StoredRecord {
  return {
    id: row.id,
    kind: row.kind,
    programmeId: row.programme_id,
    record: upgradeRecord(row.kind, JSON.parse(row.data)),
    rowVersion: row.row_version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Rows, in the order given (creation order), as the steering engine's input: later records win ties. */
export function recordsOf(rows: readonly RecordRow[]): Records {
  const lists: { [K in RecordKind]: RecordOf<K>[] } = {
    measurements: [], progress: [], decisions: [], checks: [], risks: [], overrides: [], signals: [], acknowledgements: [], budget: [],
  };
  for (const row of rows) {
    const data = JSON.parse(row.data) as RecordOf<RecordKind>;
    // Overrides stored before KPI overrides name their stuurparameter in `parameter`.
    (lists[row.kind] as RecordOf<RecordKind>[]).push(row.kind === 'overrides' ? upgradeRecord(row.kind, data) : data);
  }
  return lists;
}
