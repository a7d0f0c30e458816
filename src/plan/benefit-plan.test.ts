import { describe, expect, it } from 'vitest';
import { exampleProgramme } from '../../test/support/programme-fixture.js';
import { plannedQuarterLevels, plannedRealisationAt, realisationStart } from './benefit-plan.js';

const p = exampleProgramme();
const benefit = (id: string) => p.benefits.find((b) => b.id === id)!;

describe('planned benefit realisation', () => {
  it('climbs evenly through a run of quarters in one band to the band\'s ceiling', () => {
    expect(plannedQuarterLevels(benefit('B1'))).toEqual([0.3, 0.5, 0.7, 1, 1, 1]); // basis, groei, groei, target, borging, borging
    expect(plannedQuarterLevels(benefit('B3'))).toEqual([0.15, 0.3, 0.7, 1, 1, 1]); // basis, basis, groei, target, borging …
    expect(plannedQuarterLevels(benefit('B2'))).toEqual([undefined, 0.3, 0.5, 0.7, 1, 1]);
    expect(plannedQuarterLevels(benefit('B5'))).toEqual([undefined, undefined, 0.3, 0.5, 0.7, 1]);
  });

  it('never falls back when a lower band follows a higher one, and holds through a gap', () => {
    expect(plannedQuarterLevels({ ...benefit('B1'), roadmap: ['target', 'groei', undefined, 'borging'] })).toEqual([1, 1, 1, 1]);
    expect(plannedQuarterLevels({ ...benefit('B1'), roadmap: ['basis', undefined, 'groei'] })).toEqual([0.3, 0.3, 0.7]);
  });

  it('interpolates by day within each quarter, undefined before realisation starts', () => {
    expect(plannedRealisationAt(p, benefit('B1'), '2025-12-31')).toBeUndefined();
    expect(plannedRealisationAt(p, benefit('B1'), '2026-01-01')).toBeCloseTo(0.3 / 90, 12);
    expect(plannedRealisationAt(p, benefit('B1'), '2026-02-15')).toBeCloseTo((0.3 * 46) / 90, 12);
    expect(plannedRealisationAt(p, benefit('B1'), '2026-03-31')).toBe(0.3);
    expect(plannedRealisationAt(p, benefit('B1'), '2026-06-30')).toBe(0.5);
    expect(plannedRealisationAt(p, benefit('B2'), '2026-03-31')).toBeUndefined();
    expect(plannedRealisationAt(p, benefit('B2'), '2026-04-01')).toBeCloseTo(0.3 / 91, 12);
    expect(plannedRealisationAt(p, benefit('B2'), '2027-12-31')).toBe(1);
    expect(realisationStart(p, benefit('B2'))).toBe('2026-04-01');
  });
});
