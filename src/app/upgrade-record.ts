import type { RecordKind, RecordOf } from './record-kinds.js';

/**
 * A record as stored, backed up or sent in an older form, in today's form: an override that names its
 * stuurparameter in `parameter` (from before KPI overrides) gets `subject: { kind: 'parameter', … }`.
 * Every other record is returned as it is.
 *
 * @example upgradeRecord('overrides', { parameter: 'tempo', date: '2026-06-30', rag: 'geel', … }).subject
 * // { kind: 'parameter', parameter: 'tempo' }
 */
export function upgradeRecord<K extends RecordKind>(kind: K, data: unknown): RecordOf<K> {
  if (kind !== 'overrides' || typeof data !== 'object' || data === null) return data as RecordOf<K>;
  const { parameter, ...rest } = data as Readonly<Record<string, unknown>>;
  if (rest.subject !== undefined || typeof parameter !== 'string') return data as RecordOf<K>;
  return { subject: { kind: 'parameter', parameter }, ...rest } as unknown as RecordOf<K>;
}
