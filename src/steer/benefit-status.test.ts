import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { exampleProgramme } from '../../test/support/programme-fixture.js';
import { measurement, records } from '../../test/support/status-records.js';
import type { Measurement } from '../model/index.js';
import { plannedRealisationAt } from '../plan/index.js';
import { plannedRealisationOn } from './benefit-model.js';
import { dayOf } from './day-number.js';
import { programmeStatus } from './programme-status.js';
import { statusContext } from './status-context.js';

const p = exampleProgramme();
const benefit = (id: string, asOf: string, ms: Measurement[]) => programmeStatus(p, records({ measurements: ms }), asOf).benefits.find((b) => b.benefit === id)!;
const b1 = (date: string, uniform: number | undefined, naleving: number | undefined) => [
  ...(uniform === undefined ? [] : [measurement('uniform-proces', date, uniform)]),
  ...(naleving === undefined ? [] : [measurement('procesnaleving', date, naleving)]),
];

describe('benefit status', () => {
  it('planned realisation is the plan module\'s curve, day for day', () => {
    const ctx = statusContext(p, records(), dayOf('2027-12-31'));
    for (const b of ctx.benefits.values()) {
      for (let date = '2025-12-20'; date <= '2027-07-10'; date = addDays(date, 1)) {
        expect(plannedRealisationOn(b, dayOf(date)), `${b.benefit.id} ${date}`).toBe(plannedRealisationAt(p, b.benefit, date));
      }
    }
  });

  it('realisation is the mean share of the baseline→goal distance over the measured indicators', () => {
    // uniform-proces 0→100 at 20: 0.2; procesnaleving 50→90 at 70: 0.5.
    const s = benefit('B1', '2026-07-15', b1('2026-06-30', 20, 70));
    expect(s.realisation).toBeCloseTo(0.35, 12);
    expect(s).toMatchObject({ measuredOn: '2026-06-30', plannedAtMeasurement: 0.5, band: 'groei', plannedBand: 'groei', behind: false, beingRealised: true });
    expect(s.gap).toBeCloseTo(0.15, 12);
    expect(s.plannedRealisation).toBeCloseTo(0.5 + (0.2 * 15) / 92, 12);
    expect(s.indicators.map((i) => i.share)).toEqual([0.2, 0.5]);
    // Only one indicator measured: the mean is over that one.
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', undefined, 70)).realisation).toBe(0.5);
    expect(benefit('B1', '2026-07-15', []).realisation).toBeUndefined();
  });

  it('RAG is the worst of the indicators, grijs when none is measured', () => {
    // uniform-proces plans 10 at M6 ("pilot"): 5 on 2026-06-30 is rood; procesnaleving 60 is groen.
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', 5, 60)).rag).toBe('rood');
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', undefined, 60)).rag).toBe('groen');
    expect(benefit('B1', '2026-07-15', []).rag).toBe('grijs');
  });

  it('bands: Basis below 30%, Groei from 30%, Target from 70%', () => {
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', 29, 61.6)).band).toBe('basis'); // (0.29 + 0.29) / 2
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', 30, 62)).band).toBe('groei');
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', 70, 78)).band).toBe('target');
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', 100, 90)).band).toBe('target');
  });

  it('Borging once every indicator held its goal at two consecutive measurement dates', () => {
    const held = [...b1('2027-03-31', 100, 90), ...b1('2027-06-30', 100, 91)];
    expect(benefit('B1', '2027-07-01', held).band).toBe('borging');
    expect(benefit('B1', '2027-07-01', [...b1('2027-03-31', 100, 85), ...b1('2027-06-30', 100, 91)]).band).toBe('target');
    expect(benefit('B1', '2027-07-01', [...b1('2027-03-31', 100, 90), ...b1('2027-06-30', undefined, 91)]).band).toBe('borging');
    expect(benefit('B1', '2027-07-01', [...b1('2027-03-31', 100, undefined), ...b1('2027-06-30', undefined, 91)]).band).toBe('target');
  });

  it('behind: realisation more than 20% of the whole distance short of the plan on the measurement date', () => {
    // Plan on 2026-06-30 is 0.5; realisation 0.15 (uniform 10 → 0.1, naleving 58 → 0.2).
    const s = benefit('B1', '2026-07-15', b1('2026-06-30', 10, 58));
    expect(s.behind).toBe(true);
    expect(s.gap).toBeCloseTo(0.35, 12);
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', 30, 62)).behind).toBe(false); // gap exactly 0.2 is not more than 20%
    expect(benefit('B1', '2026-07-15', b1('2026-06-30', 29, 61.6)).behind).toBe(true); // gap 0.21
  });

  it('a dependency is violated while the benefit is being realised and the other is below its threshold', () => {
    // B2 needs B1 at 50%; B2's realisation is planned from Q2 (2026-04-01).
    expect(benefit('B2', '2026-03-31', b1('2026-03-31', 10, 58)).dependencies[0]).toMatchObject({ benefit: 'B1', threshold: 0.5, violated: false });
    const during = benefit('B2', '2026-05-01', b1('2026-03-31', 10, 58)).dependencies[0]!;
    expect(during.violated).toBe(true);
    expect(during.realisation).toBeCloseTo(0.15, 12);
    expect(benefit('B2', '2026-05-01', b1('2026-03-31', 50, 70)).dependencies[0]!.violated).toBe(false);
    // B1 not measured at all counts as 0.
    expect(benefit('B2', '2026-05-01', []).dependencies[0]).toMatchObject({ realisation: undefined, violated: true });
    // Realisation already under way before its plan starts also counts as being realised.
    expect(benefit('B2', '2026-03-31', [measurement('klanttevredenheid', '2026-03-15', 7.2)]).dependencies[0]!.violated).toBe(true);
  });
});
