import { describe, expect, it } from 'vitest';
import { exampleProgramme } from '../../test/support/programme-fixture.js';
import { measurement } from '../../test/support/status-records.js';
import { measurementForMoment, momentColumns, plannedValueAt } from './kpi-moments.js';
import { openRisks } from './open-risks.js';
import { emptyRecords } from '../model/index.js';

const programme = exampleProgramme();
const kpi = (id: string) => programme.kpis.find((k) => k.id === id)!;

describe('KPI moments', () => {
  it('makes the KPI table columns M3 … M18 from the targets, each on its month end', () => {
    expect(momentColumns(programme)).toEqual([
      { moment: 'M3', month: 3, date: '2026-03-31' },
      { moment: 'M6', month: 6, date: '2026-06-30' },
      { moment: 'M9', month: 9, date: '2026-09-30' },
      { moment: 'M12', month: 12, date: '2026-12-31' },
      { moment: 'M18', month: 18, date: '2027-06-30' },
    ]);
  });

  it('takes the plan at a month from the last moment at or before it, else the baseline', () => {
    expect(plannedValueAt(kpi('getraind'), 0).value).toBe(10);
    expect(plannedValueAt(kpi('getraind'), 3).value).toBe(15);
    expect(plannedValueAt(kpi('getraind'), 8).value).toBe(30);
    expect(plannedValueAt(kpi('gedragsobservatie'), 3)).toMatchObject({ label: 'n.m.', measured: false });
    expect(plannedValueAt(kpi('initiatieven'), 18)).toMatchObject({ value: 50, label: '50+' });
  });

  it('lets a measurement report on the moment whose window it falls in, up to the grace days late', () => {
    const getraind = kpi('getraind');
    const list = [measurement('getraind', '2026-04-20', 16), measurement('getraind', '2026-05-10', 22), measurement('getraind', '2026-07-20', 31), measurement('procesnaleving', '2026-03-31', 54)];
    const at = (month: number, asOf: string) => measurementForMoment(programme, getraind, list, month, asOf, 30)?.value;
    expect(at(3, '2027-01-01')).toBe(16);
    expect(at(6, '2027-01-01')).toBe(31);
    expect(at(6, '2026-07-01')).toBe(22);
    expect(at(9, '2027-01-01')).toBeUndefined();
    expect(measurementForMoment(programme, getraind, list, 3, '2027-01-01', 0)).toBeUndefined();
  });

  it('keeps the latest entry per risk and drops closed ones', () => {
    const entry = (id: string, date: string, status: 'open' | 'closed') => ({ id, subject: 'B4', description: id, likelihood: 'H' as const, impact: 'H' as const, mitigation: 'm', status, date, recordedBy: undefined });
    const records = { ...emptyRecords, risks: [entry('R-1', '2026-05-01', 'open'), entry('R-1', '2026-06-01', 'closed'), entry('R-2', '2026-05-01', 'open'), entry('R-3', '2026-08-01', 'open')] };
    expect(openRisks(records, '2026-05-15').map((r) => r.id)).toEqual(['R-1', 'R-2']);
    expect(openRisks(records, '2026-07-01').map((r) => r.id)).toEqual(['R-2']);
  });
});
