import { describe, expect, it } from 'vitest';
import { MINIMAL_PROGRAMME, variant } from '../../test/support/minimal-programme.js';
import { exampleProgramme, programmeFrom } from '../../test/support/programme-fixture.js';
import { acknowledgement, measurement, records, signal } from '../../test/support/status-records.js';
import type { Records } from '../model/index.js';
import { holdsSince, previousBreak } from './holds-since.js';
import { programmeStatus } from './programme-status.js';

describe('holdsSince', () => {
  it('finds the start of the run that reaches the day, across breakpoints and inside an interval', () => {
    const from = (start: number) => (d: number) => d >= start;
    const breaks = previousBreak([[10, 50], [20]]);
    expect(breaks(49)).toBe(20);
    expect(breaks(5)).toBe(-Infinity);
    expect(holdsSince(from(37), breaks, 60, 0)).toBe(37);
    expect(holdsSince(from(20), breaks, 60, 0)).toBe(20);
    expect(holdsSince(from(-5), breaks, 60, 0)).toBe(0);
    expect(holdsSince(from(61), breaks, 60, 0)).toBeUndefined();
    // Held, stopped at 30, held again from 45.
    expect(holdsSince((d) => d < 30 || d >= 45, previousBreak([[30, 45]]), 60, 0)).toBe(45);
  });
});

const example = exampleProgramme();
const b1 = (date: string, uniform: number, naleving: number) => [measurement('uniform-proces', date, uniform), measurement('procesnaleving', date, naleving)];
const escalations = (asOf: string, recs: Records, p = example) => programmeStatus(p, recs, asOf).escalations;

describe('escalations', () => {
  it('benefit-behind holds since the measurement that put the benefit behind', () => {
    // 0% realised on 2026-03-31 against a plan of 30%: behind from then on, and still on 2026-07-15 (15% against 50%).
    const both = escalations('2026-07-15', records({ measurements: [...b1('2026-03-31', 0, 50), ...b1('2026-06-30', 10, 58)] }));
    const e = both.find((x) => x.rule === 'baat-achter')!;
    expect(e).toMatchObject({ kind: 'benefit-behind', subject: 'B1', subjectName: 'Consistente klantbeleving', since: '2026-03-31', to: { role: 'sponsorgroep', name: 'Sponsorgroep' }, acknowledged: false });
    expect(e.evidence).toMatchObject({ kind: 'benefit-behind', planned: 0.5, threshold: 0.2 });
    // 15% against 30% on 03-31 is within the threshold: behind only since 06-30.
    const later = escalations('2026-07-15', records({ measurements: [...b1('2026-03-31', 10, 58), ...b1('2026-06-30', 10, 58)] }));
    expect(later.find((x) => x.rule === 'baat-achter')!.since).toBe('2026-06-30');
    // Caught up on 06-30 (30% against 50%): no escalation.
    expect(escalations('2026-07-15', records({ measurements: [...b1('2026-03-31', 0, 50), ...b1('2026-06-30', 30, 62)] })).filter((x) => x.rule === 'baat-achter')).toEqual([]);
  });

  it('is acknowledged only by an acknowledgement since it started to hold', () => {
    const ms = [...b1('2026-03-31', 10, 58), ...b1('2026-06-30', 10, 58)];
    const seen = escalations('2026-07-15', records({ measurements: ms, acknowledgements: [acknowledgement('baat-achter', 'B1', '2026-07-01')] }));
    expect(seen.find((x) => x.rule === 'baat-achter')).toMatchObject({ acknowledged: true, acknowledgement: { date: '2026-07-01', recordedBy: 'sponsor' } });
    const old = escalations('2026-07-15', records({ measurements: ms, acknowledgements: [acknowledgement('baat-achter', 'B1', '2026-05-01')] }));
    expect(old.find((x) => x.rule === 'baat-achter')!.acknowledged).toBe(false);
  });

  it('benefit-conflict holds from the day the dependent benefit starts being realised', () => {
    const e = escalations('2026-05-01', records()).find((x) => x.kind === 'benefit-conflict' && x.subject === 'B2')!;
    expect(e.since).toBe('2026-04-01');
    expect(e.evidence).toEqual({ kind: 'benefit-conflict', dependencies: [{ benefit: 'B1', threshold: 0.5, realisation: undefined }] });
    // B1 at 55% by 2026-04-20 resolves it.
    expect(escalations('2026-05-01', records({ measurements: b1('2026-04-20', 50, 74) })).filter((x) => x.subject === 'B2')).toEqual([]);
  });

  it('commitment and external-factor come from signals, since the first one', () => {
    const recs = records({ signals: [signal('commitment', 'B3', '2026-05-02', 'geen capaciteit'), signal('commitment', 'B3', '2026-06-01', 'nog steeds niet'), signal('externe-factor', 'klant-in-beeld', '2026-06-10', 'wetswijziging')] });
    const list = escalations('2026-06-15', recs);
    expect(list.find((x) => x.rule === 'commitment')).toMatchObject({ subject: 'B3', since: '2026-05-02', evidence: { kind: 'commitment', signals: [{ date: '2026-05-02', note: 'geen capaciteit' }, { date: '2026-06-01', note: 'nog steeds niet' }] } });
    expect(list.find((x) => x.rule === 'externe-factor')).toMatchObject({ kind: 'external-factor', subject: 'klant-in-beeld', subjectName: 'Klant in Beeld', since: '2026-06-10' });
    expect(escalations('2026-05-01', recs).filter((x) => x.rule === 'commitment')).toEqual([]);
  });

  it('gate-at-risk holds from the start of the window, or from the record that left a criterion unmet', () => {
    const p = programmeFrom(variant(
      '    - { id: achter, kind: benefit-behind, text: Baat loopt achter, threshold: 20% }',
      '    - { id: achter, kind: benefit-behind, text: Baat loopt achter, threshold: 20% }\n    - { id: gate, kind: gate-at-risk, text: Gate in gevaar, weeks: 6 }',
      variant('- { text: Ontwerp klaar, efforts: [E1] }', '- { text: Naleving 60%, kpi: k1, value: 60 }', MINIMAL_PROGRAMME),
    ));
    const none = escalations('2026-06-10', records(), p).find((x) => x.rule === 'gate')!;
    expect(none).toMatchObject({ kind: 'gate-at-risk', subject: 'M6', since: '2026-05-19', evidence: { kind: 'gate-at-risk', date: '2026-06-30', daysUntil: 20, met: 0, total: 1, open: ['M6.1'] } });
    const dropped = records({ measurements: [measurement('k1', '2026-05-01', 61), measurement('k1', '2026-06-01', 58)] });
    expect(escalations('2026-06-10', dropped, p).find((x) => x.rule === 'gate')!.since).toBe('2026-06-01');
    expect(escalations('2026-05-10', dropped, p).filter((x) => x.rule === 'gate')).toEqual([]);
  });
});
