import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variant } from '../../test/support/minimal-programme.js';
import { programmeFrom } from '../../test/support/programme-fixture.js';
import { measurement, records } from '../../test/support/status-records.js';
import type { Records } from '../model/index.js';
import { dayOf } from './day-number.js';
import { achievement, achievementAt, baselineAt, distanceShare, plannedAt, projectAt } from './kpi-model.js';
import type { KpiModel } from './kpi-model.js';
import { ragOf } from './rag.js';
import { statusContext } from './status-context.js';

const K1 = 'targets: { M6: 60, M12: 80 }, goal: 80';
const model = (kpiLine = K1, recs: Records = records(), asOf = '2027-12-31'): KpiModel => {
  const p = programmeFrom(variant(K1, kpiLine));
  return statusContext(p, recs, dayOf(asOf)).kpis.get('k1')!;
};
const planned = (m: KpiModel, date: string) => plannedAt(m, dayOf(date));

describe('planned value', () => {
  it('runs linearly from the baseline at the start through each target at its month end, then holds the goal', () => {
    const m = model();
    expect(planned(m, '2025-12-31')).toBeUndefined(); // before the programme there is no plan
    expect(planned(m, '2026-01-01')).toBe(50);
    expect(planned(m, '2026-04-01')).toBe(55); // 90 of 180 days to M6 (2026-06-30)
    expect(planned(m, '2026-06-30')).toBe(60);
    expect(planned(m, '2026-09-30')).toBe(70); // 92 of 184 days from M6 to M12
    expect(planned(m, '2026-12-31')).toBe(80);
    expect(planned(m, '2027-06-30')).toBe(80);
  });

  it('skips "n.m." moments and label-only targets', () => {
    const m = model('targets: { M3: n.m., M6: { label: pilot }, M12: 80 }, goal: 80');
    expect(planned(m, '2026-06-30')).toBeCloseTo(50 + (30 * 180) / 364, 10);
    expect(m.moments.map((x) => x.moment)).toEqual(['M12']);
  });

  it('holds the goal after the last target, even when it differs', () => {
    const m = model('targets: { M6: 60, M12: 80 }, goal: 85');
    expect(planned(m, '2026-12-31')).toBe(80);
    expect(planned(m, '2027-01-01')).toBe(85);
  });

  it('adds the goal at a deadline after the last target', () => {
    const m = model('targets: { M6: 60 }, goal: 80, deadline: 12');
    expect(planned(m, '2026-09-30')).toBe(70);
    expect(planned(m, '2026-12-31')).toBe(80);
  });

  it('with an "n.m." baseline, the first numeric target anchors the plan and the first measurement is the baseline', () => {
    const line = 'targets: { M6: 60, M12: 80 }, goal: 80';
    const p = programmeFrom(variant('baseline: 50, ' + K1, 'baseline: n.m., ' + line));
    const recs = records({ measurements: [measurement('k1', '2026-03-15', 52), measurement('k1', '2026-06-30', 58)] });
    const m = statusContext(p, recs, dayOf('2026-12-31')).kpis.get('k1')!;
    expect(plannedAt(m, dayOf('2026-06-29'))).toBeUndefined();
    expect(plannedAt(m, dayOf('2026-06-30'))).toBe(60);
    expect(baselineAt(m, dayOf('2026-03-14'))).toBeUndefined();
    expect(baselineAt(m, dayOf('2026-03-15'))).toEqual({ value: 52, index: 0 });
    // 58 against plan 60 from baseline 52: (58 − 52) / (60 − 52)
    expect(achievementAt(m, dayOf('2026-07-01'))).toBe(0.75);
    // The first measurement predates the plan: no achievement yet.
    expect(achievementAt(m, dayOf('2026-04-01'))).toBeUndefined();
  });
});

describe('achievement', () => {
  const a = (actual: number, planned: number, baseline: number, goal: number, sign: 1 | -1 = 1, baselineIsActual = false) =>
    achievement({ actual, planned, baseline, goal, sign, baselineIsActual });

  it('is the share of the planned distance covered, raw', () => {
    expect(a(58, 60, 50, 80)).toBe(0.8);
    expect(a(90, 80, 50, 80)).toBeCloseTo(4 / 3, 12); // beyond the goal: reported raw
    expect(a(45, 60, 50, 80)).toBe(-0.5);
  });

  it('mirrors for "lower is better"', () => {
    expect(a(11.5, 11, 12, 8, -1)).toBe(0.5);
    expect(a(10.5, 11, 12, 8, -1)).toBe(1.5);
  });

  it('planned equal to the baseline: 1 at or beyond the plan, else 1 − shortfall / |goal − baseline|', () => {
    expect(a(12, 12, 12, 8, -1)).toBe(1);
    expect(a(11, 12, 12, 8, -1)).toBe(1);
    expect(a(12.3, 12, 12, 8, -1)).toBeCloseTo(0.925, 12);
    expect(a(13, 12, 12, 8, -1)).toBe(0.75);
    expect(a(20, 12, 12, 8, -1)).toBe(0);
  });

  it('goal, plan and baseline all equal: 1 at or beyond, else 0', () => {
    expect(a(70, 70, 70, 70)).toBe(1);
    expect(a(69, 70, 70, 70)).toBe(0);
  });

  it('a plan that dips below the baseline uses the shortfall rule', () => {
    expect(a(9, 8, 10, 15)).toBe(1);
    expect(a(7, 8, 10, 15)).toBe(0.8);
  });

  it('a baseline that is the actual itself is judged by its shortfall against the goal distance', () => {
    expect(a(5.8, 6, 5.8, 7.5, 1, true)).toBeCloseTo(1 - 0.2 / 1.7, 12);
    expect(a(6.1, 6, 6.1, 7.5, 1, true)).toBe(1);
  });

  const finite = fc.double({ min: -1e4, max: 1e4, noNaN: true });

  it('property: monotonic in the actual value, in the good direction', () => {
    fc.assert(fc.property(finite, finite, finite, finite, finite, fc.constantFrom<1 | -1>(1, -1), (x, y, planned, baseline, goal, sign) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      const better = sign === 1 ? hi : lo;
      const worse = sign === 1 ? lo : hi;
      expect(a(better, planned, baseline, goal, sign)).toBeGreaterThanOrEqual(a(worse, planned, baseline, goal, sign) - 1e-9);
    }));
  });

  it('property: the two directions are mirror images', () => {
    fc.assert(fc.property(finite, finite, finite, finite, (actual, planned, baseline, goal) => {
      expect(a(-actual, -planned, -baseline, -goal, -1)).toBeCloseTo(a(actual, planned, baseline, goal, 1), 9);
    }));
  });

  it('property: RAG thresholds are ordered', () => {
    const severity = { groen: 0, geel: 1, rood: 2, grijs: -1 };
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), finite, finite, (t1, t2, x, y) => {
      const tolerances = { green: Math.max(t1, t2), amber: Math.min(t1, t2) };
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      expect(severity[ragOf(hi, tolerances)]).toBeLessThanOrEqual(severity[ragOf(lo, tolerances)]);
    }));
  });
});

describe('RAG', () => {
  it('is groen from 0.90, geel from 0.80, rood below, grijs without achievement', () => {
    const tolerances = { green: 0.9, amber: 0.8 };
    expect(ragOf(0.9, tolerances)).toBe('groen');
    expect(ragOf((59 - 50) / (60 - 50), tolerances)).toBe('groen'); // 0.8999999… still green
    expect(ragOf(0.8999, tolerances)).toBe('geel');
    expect(ragOf(0.8, tolerances)).toBe('geel');
    expect(ragOf(0.7999, tolerances)).toBe('rood');
    expect(ragOf(undefined, tolerances)).toBe('grijs');
  });
});

describe('planned value property', () => {
  it('lies between the neighbouring plan points', () => {
    const point = fc.record({ month: fc.integer({ min: 1, max: 24 }), value: fc.integer({ min: -500, max: 500 }) });
    fc.assert(fc.property(fc.uniqueArray(point, { minLength: 1, maxLength: 6, selector: (p) => p.month }), fc.integer({ min: 0, max: 760 }), (points, offset) => {
      const targets = points.map((p) => `M${p.month}: ${p.value}`).join(', ');
      const m = model(`targets: { ${targets} }, goal: 80, deadline: 24`);
      const day = m.startDay + offset;
      const value = plannedAt(m, day)!;
      const i = m.planDays.findLastIndex((d) => d <= day);
      if (i === m.planDays.length - 1) {
        expect(value).toBe(day === m.planDays[i] ? m.planValues[i] : 80);
      } else {
        const [v0, v1] = [m.planValues[i]!, m.planValues[i + 1]!];
        expect(value).toBeGreaterThanOrEqual(Math.min(v0, v1) - 1e-9);
        expect(value).toBeLessThanOrEqual(Math.max(v0, v1) + 1e-9);
      }
    }), { numRuns: 150 });
  });
});

describe('distance share and projection', () => {
  it('clamps the share of the baseline→goal distance to 0..1', () => {
    expect(distanceShare(65, 50, 80, 1)).toBe(0.5);
    expect(distanceShare(95, 50, 80, 1)).toBe(1);
    expect(distanceShare(40, 50, 80, 1)).toBe(0);
    expect(distanceShare(10, 12, 8, -1)).toBe(0.5);
    expect(distanceShare(8, 8, 8, -1)).toBe(1);
    expect(distanceShare(9, 8, 8, -1)).toBe(0);
  });

  it('fits a line through the last measurements, with the baseline when there is only one', () => {
    const recs = records({ measurements: [measurement('k1', '2026-02-01', 40), measurement('k1', '2026-03-01', 52), measurement('k1', '2026-04-01', 54), measurement('k1', '2026-05-01', 56)] });
    const m = model(K1, recs);
    // 52, 54, 56 at x = 0, 31, 61 (2026-03-01, 04-01, 05-01): mean x 92/3, slope Sxy/Sxx = 122 / 1860.67; 2026-05-31 is x = 91.
    const fit = projectAt(m, dayOf('2026-05-01'), dayOf('2026-05-31'), 3)!;
    expect(fit.points).toBe(3);
    const sxx = (92 / 3) ** 2 + (31 - 92 / 3) ** 2 + (61 - 92 / 3) ** 2;
    expect(fit.projected).toBeCloseTo(54 + (122 / sxx) * (91 - 92 / 3), 9);
    const one = model(K1, records({ measurements: [measurement('k1', '2026-07-01', 61)] }));
    // From 50 on 2026-01-01 to 61 on 2026-07-01 (181 days): +11 per 181 days.
    expect(projectAt(one, dayOf('2026-07-01'), dayOf('2026-12-31'), 3)!.projected).toBeCloseTo(61 + (11 * 183) / 181, 9);
  });
});
