import { describe, expect, it } from 'vitest';
import { exampleProgramme, programmeFrom } from '../../test/support/programme-fixture.js';
import { decision, measurement, progress, records } from '../../test/support/status-records.js';
import { programmeStatus } from './programme-status.js';
import { roadmapMarkers } from './roadmap-markers.js';
import { StatusError } from './status-error.js';
import { reasonText, statusText } from './status-text.js';

const example = exampleProgramme();
const recs = records({
  measurements: [measurement('getraind', '2026-06-30', 31), measurement('po-churn', '2026-06-30', 11.5), measurement('getraind', '2026-09-30', 52)],
  progress: [progress('SYS-02', '2026-06-30', 40, { actualStart: '2026-03-01' }), progress('PRJ-01', '2026-03-28', 100)],
  decisions: [decision('M6', '2026-06-29')],
});

describe('programmeStatus', () => {
  const status = programmeStatus(example, recs, '2026-07-15');

  it('is plain JSON: a round trip loses nothing', () => {
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
    expect(status.schema).toBe('koers.status/1');
  });

  it('places the date in the programme and summarises', () => {
    expect(status).toMatchObject({ asOf: '2026-07-15', month: 7, phase: { id: 'implementatie', name: 'IMPLEMENTATIE' }, programme: { id: 'klant-in-beeld' } });
    expect(status.kpis).toHaveLength(example.kpis.length);
    expect(status.summary.kpis).toEqual({ groen: 1, geel: 0, rood: 1, grijs: 11 });
    expect(status.summary.efforts.late).toBe(1);
    expect(status.summary.worst).toBe('rood');
    expect(status.summary.escalations.open).toBe(status.escalations.length);
    expect(status.notices).toEqual([{ code: 'after-as-of', records: 'measurements', subject: 'getraind', count: 1, date: '2026-09-30' }]);
  });

  it('is the same whatever order the records come in', () => {
    const shuffled = records({ ...recs, measurements: [...recs.measurements].reverse(), progress: [...recs.progress].reverse() });
    expect(programmeStatus(example, shuffled, '2026-07-15')).toEqual(status);
  });

  it('refuses a malformed as-of date', () => {
    expect(() => programmeStatus(example, recs, '2026-02-30')).toThrow(StatusError);
  });

  it('before the start every effort is planned and every KPI grey', () => {
    const before = programmeStatus(programmeFrom(), records(), '2025-11-01');
    expect(before.month).toBeLessThan(1);
    expect(before.kpis.every((k) => k.rag === 'grijs')).toBe(true);
    expect(before.summary.worst).toBe('groen'); // tempo and haalbaarheid have nothing against them yet
    expect(before.efforts.every((e) => e.state === 'planned')).toBe(true);
  });

  it('maps efforts and gates to roadmap markers', () => {
    const markers = roadmapMarkers(status);
    expect(markers.efforts['SYS-02']).toEqual(['crit', 'active']);
    expect(markers.efforts['PRJ-01']).toEqual(['done']);
    expect(markers.efforts['PRC-03']).toEqual(['active']);
    expect(markers.efforts['PRC-04']).toEqual([]);
    expect(markers.milestones['M6']).toEqual(['done']);
    expect(markers.milestones['M3']).toEqual(['crit']); // passed without a decision
    expect(markers.milestones['M12']).toEqual([]);
  });

  it('has Dutch and English words for every reason', () => {
    const s = status.steering.find((x) => x.parameter === 'tempo')!;
    expect(reasonText(s.derived.reasons[0]!, 'nl')).toMatch(/^1 inspanning\(en\) te laat, tot \d+ dagen: SYS-02$/);
    expect(reasonText(s.derived.reasons[0]!, 'en')).toMatch(/^1 effort\(s\) late, up to \d+ days: SYS-02$/);
    expect(reasonText({ code: 'budget', values: { planned: 495000, spent: 505000, spentShare: 1.0202 } }, 'nl')).toBe('budget 495.000 gepland, 505.000 besteed (102% van plan)');
    expect(statusText('en').rag.geel).toBe('amber');
  });
});
