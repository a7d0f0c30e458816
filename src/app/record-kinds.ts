import type { Records } from '../model/index.js';

/** A kind of record, named like the lists of `Records`: `measurements`, `progress` … */
export type RecordKind = keyof Records;
/** One record of a kind: `RecordOf<'measurements'>` is `Measurement`. */
export type RecordOf<K extends RecordKind> = Records[K][number];

/** How the store files a kind of record: the field that names its subject, and the audit log's word for it. */
export interface RecordKindInfo {
  /** The field that says what the record is about (`kpi` for measurements), or undefined for budget. */
  readonly subjectField: string | undefined;
  /** Singular, for the audit log: `measurement`. */
  readonly entity: string;
}

/** Every record kind, in the order of `Records`. */
export const RECORD_KIND_INFO: { readonly [K in RecordKind]: RecordKindInfo } = {
  measurements: { subjectField: 'kpi', entity: 'measurement' },
  progress: { subjectField: 'effort', entity: 'progress' },
  decisions: { subjectField: 'milestone', entity: 'decision' },
  checks: { subjectField: 'criterion', entity: 'check' },
  risks: { subjectField: 'id', entity: 'risk' },
  overrides: { subjectField: 'subject', entity: 'override' },
  signals: { subjectField: 'rule', entity: 'signal' },
  acknowledgements: { subjectField: 'rule', entity: 'acknowledgement' },
  budget: { subjectField: undefined, entity: 'budget' },
};

export const RECORD_KIND_NAMES = Object.keys(RECORD_KIND_INFO) as readonly RecordKind[];

/** The subject a record is filed under, for filtering: the field's id, or for a tagged subject (an override's) the id it names. */
export function subjectOf(kind: RecordKind, record: RecordOf<RecordKind>): string | null {
  const field = RECORD_KIND_INFO[kind].subjectField;
  if (field === undefined) return null;
  const fields = record as unknown as Readonly<Record<string, unknown>>;
  const value = fields[field] ?? (kind === 'overrides' ? fields.parameter : undefined);
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    const id = (value as Readonly<Record<string, unknown>>)[String((value as { kind: unknown }).kind)];
    return typeof id === 'string' ? id : null;
  }
  return null;
}
