import { describe, expect, it } from 'vitest';
import { variant } from '../../../test/support/minimal-programme.js';
import { programmeFrom } from '../../../test/support/programme-fixture.js';
import { overrideSubjectText } from './override-subject.js';
import { parseRecordsCsv } from './parse-records-csv.js';
import { writeRecordsCsv } from './write-records-csv.js';

// A KPI whose id is also a stuurparameter's, and one named like another stuurparameter.
const programme = programmeFrom(variant(
  '  - { id: k1, name: Naleving,',
  '  - { id: tempo, name: Doorlooptijd, domain: proces, unit: percentage, direction: higher, baseline: 50, targets: { M6: 60, M12: 80 }, goal: 80 }\n  - { id: k1, name: Efficiency,',
));

const read = (cell: string) => parseRecordsCsv('overrides', `onderwerp;datum;rag;onderbouwing;door\n${cell};16-11-2026;geel;waarom;wie\n`, programme);

describe('the subject of an override', () => {
  it('refuses a name that means both a stuurparameter and a KPI, and says how to write either', () => {
    const result = read('tempo');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ column: 'onderwerp', message: '"tempo" names both the stuurparameter tempo and the KPI tempo', expected: 'kpi:tempo for the KPI or stuurparameter:tempo for the stuurparameter' });
    expect(read('efficiency').ok).toBe(false); // the English name of efficiëntie and the name of k1
  });

  it('reads the prefixed forms as what they say', () => {
    const kpi = read('kpi:tempo');
    const parameter = read('Stuurparameter: Tempo');
    expect(kpi.ok && kpi.rows[0]!.subject).toEqual({ kind: 'kpi', kpi: 'tempo' });
    expect(parameter.ok && parameter.rows[0]!.subject).toEqual({ kind: 'parameter', parameter: 'tempo' });
  });

  it('writes a KPI whose id is a stuurparameter id with its prefix, so that it reads back as the KPI', () => {
    expect(overrideSubjectText({ kind: 'kpi', kpi: 'tempo' })).toBe('kpi:tempo');
    expect(overrideSubjectText({ kind: 'kpi', kpi: 'k1' })).toBe('k1');
    expect(overrideSubjectText({ kind: 'parameter', parameter: 'tempo' })).toBe('tempo');
    const rows = [{ subject: { kind: 'kpi', kpi: 'tempo' }, date: '2026-11-16', rag: 'rood', rationale: 'r', recordedBy: 'w' }] as const;
    const back = parseRecordsCsv('overrides', writeRecordsCsv('overrides', rows), programme);
    expect(back.ok && back.rows).toEqual(rows);
  });
});
