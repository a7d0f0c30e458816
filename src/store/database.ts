import type { Records } from '../model/index.js';
import type { AccountTables } from './user-tables.js';

/**
 * The tables of the Koers store. Dates and timestamps are ISO text, JSON is text, ids are text
 * (see `newId`), so that SQLite and PostgreSQL hold exactly the same values.
 */
export interface Database extends AccountTables {
  programme: ProgrammeTable;
  programme_revision: ProgrammeRevisionTable;
  plan_version: PlanVersionTable;
  record: RecordTable;
  idempotency_key: IdempotencyKeyTable;
  audit_entry: AuditEntryTable;
}

/** One row per programme. `updated_*` record the last plan change; records have their own. */
export interface ProgrammeTable {
  id: string;
  /** New on every creation, so a deleted and re-imported programme never reuses cache keys. */
  uid: string;
  name: string;
  organisation: string;
  current_version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/**
 * A programme's write counter, spread over a few slots: each write adds 1 to one slot (writes stored
 * together add their number), and the revision is their sum. Writers to one programme so rarely meet on a row that PostgreSQL can
 * commit them together, where a single counter row would make every write wait for the last.
 */
export interface ProgrammeRevisionTable {
  programme_id: string;
  slot: number;
  count: number;
}

/** Each import of a programme file; never updated once written. */
export interface PlanVersionTable {
  programme_id: string;
  version: number;
  yaml: string;
  file_name: string | null;
  sha256: string;
  imported_at: string;
  imported_by: string;
}

/** The kinds of record a programme keeps, named like the lists of `Records` (`measurements` …). */
export type RecordKind = keyof Records;

/** A record of what happened; `data` holds the model object as JSON, `subject` the id it is about. */
export interface RecordTable {
  id: string;
  programme_id: string;
  kind: RecordKind;
  subject: string | null;
  date: string;
  data: string;
  row_version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** A stored answer to a POST with an Idempotency-Key header. */
export interface IdempotencyKeyTable {
  programme_id: string;
  key: string;
  request_hash: string;
  status: number;
  body: string;
  created_at: string;
}

/** Append-only: who changed what, when, with the value before and after (JSON text). */
export interface AuditEntryTable {
  id: string;
  at: string;
  actor: string;
  programme_id: string | null;
  entity: string;
  entity_id: string;
  action: AuditAction;
  before: string | null;
  after: string | null;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'restore';
