import { describe, expect, it } from 'vitest';
import { MINIMAL_PROGRAMME, variant } from '../../test/support/minimal-programme.js';
import { programmeFrom } from '../../test/support/programme-fixture.js';
import { check, decision, measurement, progress, records } from '../../test/support/status-records.js';
import type { Records } from '../model/index.js';
import { programmeStatus } from './programme-status.js';

// E1 Ontwerp 2026-01-01…03-31; E2 Bouw 2026-04-01…09-30 after E1; gate M6 on 2026-06-30 needs E1 (criterion M6.1).
const p = programmeFrom();
const effort = (id: string, asOf: string, recs: Records = records()) => programmeStatus(p, recs, asOf).efforts.find((e) => e.effort === id)!;

describe('effort status', () => {
  it('without progress records follows the plan', () => {
    expect(effort('E1', '2025-12-31')).toMatchObject({ state: 'planned', evidence: 'plan', slippageDays: 0, plannedPercent: 0 });
    expect(effort('E1', '2026-02-14')).toMatchObject({ state: 'running', evidence: 'plan', plannedPercent: 50 });
    expect(effort('E1', '2026-04-01')).toMatchObject({ state: 'done', evidence: 'plan', forecastEnd: '2026-03-31' });
  });

  it('is done at 100% or with an actual end, and slips by the difference', () => {
    expect(effort('E1', '2026-04-01', records({ progress: [progress('E1', '2026-03-20', 100)] }))).toMatchObject({ state: 'done', forecastEnd: '2026-03-20', slippageDays: -11 });
    const late = effort('E1', '2026-04-10', records({ progress: [progress('E1', '2026-04-05', 95, { actualEnd: '2026-04-04' })] }));
    expect(late).toMatchObject({ state: 'done', actualEnd: '2026-04-04', slippageDays: 4 });
  });

  it('forecasts the end from the rate so far', () => {
    // 20% in the 60 days from 2026-04-01 to 05-30: 240 more days, to 2027-01-25; planned end 2026-09-30.
    const slow = effort('E2', '2026-06-01', records({ progress: [progress('E2', '2026-05-30', 20, { actualStart: '2026-04-01' })] }));
    expect(slow).toMatchObject({ state: 'late', forecastEnd: '2027-01-25', slippageDays: 117, percentComplete: 20 });
    // 33%: ceil(60 × 67 / 33) = 122 more days, to 2026-09-29.
    expect(effort('E2', '2026-06-01', records({ progress: [progress('E2', '2026-05-30', 33)] }))).toMatchObject({ state: 'running', forecastEnd: '2026-09-29', slippageDays: -1 });
    // 31%: 134 more days, 11 days late: within the 14-day tolerance.
    expect(effort('E2', '2026-06-01', records({ progress: [progress('E2', '2026-05-30', 31)] }))).toMatchObject({ state: 'running', slippageDays: 11 });
  });

  it('not started after its planned start: it can start today at the earliest', () => {
    const notYet = records({ progress: [progress('E2', '2026-04-10', 0)] });
    expect(effort('E2', '2026-04-10', notYet)).toMatchObject({ state: 'planned', forecastEnd: '2026-10-09', slippageDays: 9 });
    expect(effort('E2', '2026-04-20', notYet)).toMatchObject({ state: 'late', forecastEnd: '2026-10-19', slippageDays: 19 });
  });

  it('past its planned end and not done is late, never forecast before today', () => {
    const e = effort('E1', '2026-04-15', records({ progress: [progress('E1', '2026-03-01', 80)] }));
    expect(e).toMatchObject({ state: 'late', forecastEnd: '2026-04-15', slippageDays: 15 });
  });

  it('is blocked while a predecessor is not done', () => {
    expect(effort('E2', '2026-04-15', records({ progress: [progress('E1', '2026-03-01', 80)] })).blockedBy).toEqual(['E1']);
    expect(effort('E2', '2026-04-15').blockedBy).toEqual([]);
    expect(effort('E2', '2026-03-15', records({ progress: [progress('E1', '2026-03-01', 80)] })).blockedBy).toEqual([]);
  });
});

const KPI_CRITERION = '- { text: Naleving 60%, kpi: k1, value: 60 }';
const withCriteria = (...lines: string[]) => programmeFrom(variant('      - { text: Ontwerp klaar, efforts: [E1] }', lines.map((l) => `      ${l}`).join('\n')));
const gate = (asOf: string, recs: Records = records(), programme = p) => programmeStatus(programme, recs, asOf).gates[0]!;

describe('gate status', () => {
  it('an effort criterion without progress records is unknown; the gate is at risk from six weeks before', () => {
    expect(gate('2026-05-18')).toMatchObject({ state: 'open', atRisk: false, met: 0, total: 1, daysUntil: 43 });
    expect(gate('2026-05-19')).toMatchObject({ state: 'at-risk', atRisk: true });
    expect(gate('2026-05-19').criteria[0]).toMatchObject({ criterion: 'M6.1', state: 'unknown', basis: 'automatic' });
    expect(gate('2026-07-01')).toMatchObject({ state: 'passed', atRisk: false, daysUntil: -1 });
  });

  it('an effort criterion is met when the effort is recorded done, at risk when forecast to finish after the gate', () => {
    expect(gate('2026-05-20', records({ progress: [progress('E1', '2026-03-28', 100)] }))).toMatchObject({ state: 'ready', met: 1, atRisk: false });
    const late = withCriteria('- { text: Bouw klaar, efforts: [E2] }');
    const c = gate('2026-06-01', records({ progress: [progress('E2', '2026-05-30', 20)] }), late).criteria[0]!;
    expect(c.state).toBe('at-risk');
    expect(c.needs[0]).toMatchObject({ kind: 'effort-finished', effort: 'E2', state: 'at-risk', effortState: 'late', forecastEnd: '2027-01-25' });
    // Forecast to finish before the gate: open but not at risk.
    expect(gate('2026-04-10', records({ progress: [progress('E1', '2026-04-05', 90)] })).criteria[0]!.state).toBe('unmet');
  });

  it('a KPI criterion compares the latest actual, and projects it to the gate date', () => {
    const kp = withCriteria(KPI_CRITERION);
    expect(gate('2026-06-01', records(), kp).criteria[0]!.state).toBe('unknown');
    expect(gate('2026-06-01', records({ measurements: [measurement('k1', '2026-05-31', 61)] }), kp).criteria[0]!.state).toBe('met');
    // From the baseline 50 on 01-01 to 55 on 05-31 (150 days): 56 by 06-30, short of 60.
    const c = gate('2026-06-01', records({ measurements: [measurement('k1', '2026-05-31', 55)] }), kp).criteria[0]!;
    expect(c.state).toBe('at-risk');
    expect(c.needs[0]).toMatchObject({ kind: 'kpi-reaches', actual: 55, value: 60 });
    expect((c.needs[0] as { projected: number }).projected).toBeCloseTo(55 + (5 * 30) / 150, 9);
    expect(gate('2026-06-01', records({ measurements: [measurement('k1', '2026-03-01', 50), measurement('k1', '2026-05-31', 58)] }), kp).criteria[0]!.state).toBe('unmet');
  });

  it('a criterion without links takes the latest manual check with its evidence', () => {
    const manual = withCriteria('- Budget toegekend');
    expect(gate('2026-06-01', records(), manual).criteria[0]).toMatchObject({ state: 'unknown', basis: 'manual', check: undefined });
    const checked = gate('2026-06-01', records({ checks: [check('M6.1', '2026-05-01', false), check('M6.1', '2026-05-20', true, 'besluit MT 20 mei')] }), manual);
    expect(checked.criteria[0]).toMatchObject({ state: 'met', basis: 'manual', check: { date: '2026-05-20', met: true, evidence: 'besluit MT 20 mei', recordedBy: 'pm' } });
    expect(checked).toMatchObject({ state: 'ready', met: 1, total: 1 });
  });

  it('a recorded decision closes the gate', () => {
    const g = gate('2026-07-15', records({ decisions: [decision('M6', '2026-06-29', 'go-met-voorwaarden')] }));
    expect(g).toMatchObject({ state: 'decided', atRisk: false, decision: { outcome: 'go-met-voorwaarden', date: '2026-06-29', decidedBy: 'stuurgroep' } });
  });

  it('uses the gate-at-risk rule\'s weeks', () => {
    const four = programmeFrom(variant('    - { id: achter, kind: benefit-behind, text: Baat loopt achter, threshold: 20% }', '    - { id: achter, kind: benefit-behind, text: Baat loopt achter, threshold: 20% }\n    - { id: gate, kind: gate-at-risk, text: Gate in gevaar, weeks: 4 }', MINIMAL_PROGRAMME));
    expect(gate('2026-06-01', records(), four).atRisk).toBe(false);
    expect(gate('2026-06-02', records(), four).atRisk).toBe(true);
  });
});
