import { describe, expect, it } from 'vitest';
import type { RecordRow } from '../store/index.js';
import { subjectOf } from './record-kinds.js';
import { RECORD_SCHEMAS } from './record-schemas.js';
import { recordsOf, storedRecord } from './stored-record.js';
import { upgradeRecord } from './upgrade-record.js';

const legacy = { parameter: 'tempo', date: '2026-06-30', rag: 'geel', rationale: 'CRM vertraagd', recordedBy: 'pm' };
const today = { subject: { kind: 'parameter', parameter: 'tempo' }, date: '2026-06-30', rag: 'geel', rationale: 'CRM vertraagd', recordedBy: 'pm' };

const row = (kind: RecordRow['kind'], data: object): RecordRow => ({
  id: '01', programme_id: 'p', kind, subject: 'tempo', date: '2026-06-30', data: JSON.stringify(data), row_version: 1,
  created_at: '2026-06-30T10:00:00Z', created_by: 'pm', updated_at: '2026-06-30T10:00:00Z', updated_by: 'pm',
});

describe('overrides stored before KPI overrides', () => {
  it('read in today\'s form, from a row, a list of rows and a request', () => {
    expect(upgradeRecord('overrides', legacy)).toEqual(today);
    expect(storedRecord(row('overrides', legacy)).record).toEqual(today);
    expect(recordsOf([row('overrides', legacy), row('overrides', today)]).overrides).toEqual([today, today]);
  });

  it('leave other records and today\'s overrides as they are', () => {
    const measurement = { kpi: 'getraind', date: '2026-03-31', value: 15 };
    expect(upgradeRecord('measurements', measurement)).toBe(measurement);
    expect(upgradeRecord('overrides', today)).toBe(today);
  });

  it('are valid in a backup and filed under their stuurparameter, as today\'s are', () => {
    expect(RECORD_SCHEMAS.overrides.safeParse(legacy).success).toBe(true);
    expect(RECORD_SCHEMAS.overrides.safeParse(today).success).toBe(true);
    expect(RECORD_SCHEMAS.overrides.safeParse({ ...today, parameter: 'tempo' }).success).toBe(false);
    expect(subjectOf('overrides', legacy as never)).toBe('tempo');
    expect(subjectOf('overrides', { ...today, subject: { kind: 'kpi', kpi: 'getraind' } } as never)).toBe('getraind');
  });
});
