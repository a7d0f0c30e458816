import { describe, expect, it } from 'vitest';
import { variant } from '../../test/support/minimal-programme.js';
import { exampleProgramme, programmeFrom } from '../../test/support/programme-fixture.js';
import { measurement, records } from '../../test/support/status-records.js';
import type { Measurement, Programme } from '../model/index.js';
import { programmeStatus } from './programme-status.js';

const K1 = 'targets: { M6: 60, M12: 80 }, goal: 80';
const kpi = (asOf: string, ms: Measurement[], p: Programme = programmeFrom(), id = 'k1') => {
  const status = programmeStatus(p, records({ measurements: ms }), asOf);
  return { ...status.kpis.find((k) => k.kpi === id)!, notices: status.notices };
};

describe('KPI status', () => {
  it('judges the latest measurement against the plan on its own date', () => {
    const k = kpi('2026-08-15', [measurement('k1', '2026-03-01', 51), measurement('k1', '2026-06-30', 58)]);
    expect(k.actual).toEqual({ value: 58, date: '2026-06-30' });
    expect(k.plannedAtActual).toBe(60);
    expect(k.planned).toBeCloseTo(60 + (20 * 46) / 184, 10); // the trajectory on the as-of date
    expect(k.achievement).toBe(0.8);
    expect(k.rag).toBe('geel');
    expect(k.ragBasis).toBe('achievement');
    expect(k.nextTarget).toEqual({ moment: 'M12', date: '2026-12-31', value: 80 });
    expect(k.measurements).toBe(2);
  });

  it('is grijs without a measurement', () => {
    const k = kpi('2026-08-15', []);
    expect(k).toMatchObject({ rag: 'grijs', ragBasis: 'no-measurement', actual: undefined, achievement: undefined, trend: undefined, forecast: undefined });
  });

  it('uses per-KPI tolerances before the programme\'s', () => {
    const p = programmeFrom(variant(K1, `${K1}, tolerances: { green: 95%, amber: 85% }`));
    expect(kpi('2026-07-01', [measurement('k1', '2026-06-30', 59)], p).rag).toBe('geel'); // 0.9
    expect(kpi('2026-07-01', [measurement('k1', '2026-06-30', 59)]).rag).toBe('groen');
    expect(kpi('2026-07-01', [measurement('k1', '2026-06-30', 58.4)], p).rag).toBe('rood'); // 0.84
  });

  it('reports values beyond the goal raw, green, with goalReached', () => {
    const k = kpi('2027-01-15', [measurement('k1', '2026-12-31', 92)]);
    expect(k.achievement).toBe(1.4);
    expect(k).toMatchObject({ rag: 'groen', goalReached: true });
  });

  it('ignores and notes a measurement dated after the as-of date', () => {
    const k = kpi('2026-07-01', [measurement('k1', '2026-06-30', 59), measurement('k1', '2026-08-01', 70)]);
    expect(k.actual?.value).toBe(59);
    expect(k.notices).toEqual([{ code: 'after-as-of', records: 'measurements', subject: 'k1', count: 1, date: '2026-08-01' }]);
  });

  it('does not use a measurement before the programme start when the plan has a baseline', () => {
    const k = kpi('2026-02-01', [measurement('k1', '2025-12-15', 49)]);
    expect(k.rag).toBe('grijs');
    expect(k.baseline).toEqual({ value: 50, source: 'plan', date: undefined });
    expect(k.notices).toEqual([{ code: 'before-start', records: 'measurements', subject: 'k1', count: 1, date: '2025-12-15' }]);
  });

  it('takes a nulmeting before the start as the baseline when the plan has none', () => {
    const p = programmeFrom(variant(`baseline: 50, ${K1}`, `baseline: n.m., ${K1}`));
    const k = kpi('2026-07-01', [measurement('k1', '2025-12-15', 40), measurement('k1', '2026-06-30', 55)], p);
    expect(k.baseline).toEqual({ value: 40, source: 'measurement', date: '2025-12-15' });
    expect(k.achievement).toBe(0.75); // (55 − 40) / (60 − 40)
    expect(k.notices).toEqual([]);
  });

  it('treats relative units as change in percent from a baseline of 0', () => {
    const k = kpi('2026-09-30', [measurement('zakelijk-arr', '2026-09-30', 6)], exampleProgramme(), 'zakelijk-arr');
    expect(k.baseline).toEqual({ value: 0, source: 'plan', date: undefined });
    expect(k.plannedAtActual).toBe(7);
    expect(k.achievement).toBeCloseTo(6 / 7, 12);
    expect(k.rag).toBe('geel');
    // "n.m." at M3: the plan runs from 0 at the start straight to +5% at M6.
    const vo = kpi('2026-03-31', [measurement('vo-relatieduur', '2026-03-31', 2)], exampleProgramme(), 'vo-relatieduur');
    expect(vo.plannedAtActual).toBeCloseTo((5 * 89) / 180, 10);
  });

  it('mirrors lower-is-better KPIs (PO churn) and applies the planned-equals-baseline rule at M3', () => {
    const p = exampleProgramme();
    expect(kpi('2026-06-30', [measurement('po-churn', '2026-06-30', 11.5)], p, 'po-churn').achievement).toBe(0.5);
    const m3 = kpi('2026-03-31', [measurement('po-churn', '2026-03-31', 12.3)], p, 'po-churn');
    expect(m3.plannedAtActual).toBe(12);
    expect(m3.achievement).toBeCloseTo(1 - 0.3 / 4, 12);
    expect(m3.rag).toBe('groen');
  });

  it('reports an n.m.-baseline KPI with only its first measurement by the shortfall rule', () => {
    const k = kpi('2026-07-01', [measurement('gedragsobservatie', '2026-06-30', 5.8)], exampleProgramme(), 'gedragsobservatie');
    expect(k.baseline).toEqual({ value: 5.8, source: 'measurement', date: '2026-06-30' });
    expect(k.achievement).toBeCloseTo(1 - 0.2 / 1.7, 12);
    expect(k.rag).toBe('geel');
    const early = kpi('2026-07-01', [measurement('gedragsobservatie', '2026-05-15', 5.8)], exampleProgramme(), 'gedragsobservatie');
    expect(early).toMatchObject({ rag: 'grijs', ragBasis: 'no-plan', achievement: undefined });
  });
});

describe('overdue measurement moments', () => {
  const overdue = (asOf: string, ms: Measurement[]) => kpi(asOf, ms).overdue.map((o) => o.moment);

  it('a moment is overdue once its month end plus 30 days has passed with nothing measured in its window', () => {
    expect(overdue('2026-07-30', [])).toEqual([]);
    expect(overdue('2026-07-31', [])).toEqual(['M6']);
    expect(kpi('2026-07-31', []).overdue).toEqual([{ moment: 'M6', date: '2026-06-30', due: '2026-07-30' }]);
    expect(overdue('2027-01-31', [])).toEqual(['M6', 'M12']);
  });

  it('a measurement anywhere in the window counts, also after the month end within the grace period', () => {
    expect(overdue('2026-08-15', [measurement('k1', '2026-02-01', 51)])).toEqual([]);
    expect(overdue('2026-08-15', [measurement('k1', '2026-07-30', 59)])).toEqual([]);
  });

  it('a late measurement ends the overdue state, and windows do not overlap', () => {
    expect(overdue('2026-08-15', [measurement('k1', '2026-08-05', 61)])).toEqual([]);
    // 2026-07-15 counted for M6, so M12's window (after 2026-07-30) is still empty on 2027-01-31.
    expect(overdue('2027-01-31', [measurement('k1', '2026-07-15', 59)])).toEqual(['M12']);
  });
});

describe('trend and forecast', () => {
  it('trend is the step between the last two measurements, with whether it goes the good way', () => {
    const up = kpi('2026-07-01', [measurement('k1', '2026-03-01', 52), measurement('k1', '2026-06-30', 58)]).trend;
    expect(up).toEqual({ direction: 'up', improving: true, delta: 6, from: { value: 52, date: '2026-03-01' }, to: { value: 58, date: '2026-06-30' } });
    const churn = kpi('2026-07-01', [measurement('po-churn', '2026-03-31', 12), measurement('po-churn', '2026-06-30', 12.5)], exampleProgramme(), 'po-churn').trend;
    expect(churn).toMatchObject({ direction: 'up', improving: false, delta: 0.5 });
    expect(kpi('2026-07-01', [measurement('k1', '2026-03-01', 52), measurement('k1', '2026-06-30', 52)]).trend).toMatchObject({ direction: 'flat', improving: false });
    expect(kpi('2026-07-01', [measurement('k1', '2026-03-01', 52)]).trend).toBeUndefined();
  });

  it('forecasts the value at the deadline from the last three measurements', () => {
    // 55, 62, 69 at 2026-03-31, 05-31, 07-31 (61 and 61 days apart): +7 per 61 days; the deadline 2026-12-31 is 153 days on.
    const ms = [measurement('k1', '2026-01-31', 10), measurement('k1', '2026-03-31', 55), measurement('k1', '2026-05-31', 62), measurement('k1', '2026-07-31', 69)];
    const f = kpi('2026-08-01', ms).forecast!;
    expect(f).toMatchObject({ method: 'linear', points: 3, deadline: '2026-12-31', goal: 80, met: true });
    expect(f.projected).toBeCloseTo(69 + (7 * 153) / 61, 9);
    const slow = kpi('2026-08-01', ms.map((m) => ({ ...m, value: m.value - 8 }))).forecast!;
    expect(slow.projected).toBeCloseTo(61 + (7 * 153) / 61, 9);
    expect(slow.met).toBe(false);
  });

  it('after the deadline the actual stands', () => {
    expect(kpi('2027-02-01', [measurement('k1', '2027-01-10', 81)]).forecast).toEqual({ method: 'actual', points: 1, deadline: '2026-12-31', projected: 81, goal: 80, met: true });
  });
});
