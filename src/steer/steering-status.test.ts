import { describe, expect, it } from 'vitest';
import { exampleProgramme, programmeFrom } from '../../test/support/programme-fixture.js';
import { budget, measurement, override, progress, records, risk } from '../../test/support/status-records.js';
import type { Records } from '../model/index.js';
import { programmeStatus } from './programme-status.js';

const p = programmeFrom();
const param = (id: string, asOf: string, recs: Records = records(), programme = p) =>
  programmeStatus(programme, recs, asOf).steering.find((s) => s.parameter === id)!;

describe('stuurparameters', () => {
  it('doeltreffendheid: mean KPI achievement, capped at 1, against the tolerances; grijs without measurements', () => {
    expect(param('doeltreffendheid', '2026-07-01')).toMatchObject({ derived: { kind: 'derived', rag: 'grijs', reasons: [{ code: 'no-measurements', values: { total: 1 } }] }, rag: 'grijs', meetsNorm: undefined });
    const s = param('doeltreffendheid', '2026-07-01', records({ measurements: [measurement('k1', '2026-06-30', 58.5)] }));
    expect(s.derived).toEqual({ kind: 'derived', rag: 'geel', reasons: [{ code: 'kpi-achievement', values: { mean: 0.85, measured: 1, total: 1 } }] });
    expect(s.meetsNorm).toBe(false);
    expect(param('doeltreffendheid', '2027-01-02', records({ measurements: [measurement('k1', '2026-12-31', 95)] }))).toMatchObject({ rag: 'groen', meetsNorm: true, derived: { reasons: [{ values: { mean: 1 } }] } });
  });

  it('doeltreffendheid is rood when a benefit is behind plan', () => {
    const ex = exampleProgramme();
    const s = param('doeltreffendheid', '2026-04-01', records({ measurements: [measurement('uniform-proces', '2026-03-31', 0), measurement('procesnaleving', '2026-03-31', 50)] }), ex);
    expect(s.rag).toBe('rood');
    expect(s.derived.reasons.map((r) => r.code)).toEqual(['kpi-achievement', 'benefits-behind', 'benefits-red']);
  });

  it('tempo: groen on schedule, geel for a late effort, rood beyond 30 days or with a gate at risk', () => {
    expect(param('tempo', '2026-03-01').rag).toBe('groen');
    expect(param('tempo', '2026-04-15', records({ progress: [progress('E1', '2026-03-01', 80)] })).derived).toMatchObject({ rag: 'geel', reasons: [{ code: 'efforts-late', values: { count: 1, maxDays: 15, ids: 'E1' } }] });
    expect(param('tempo', '2026-05-10', records({ progress: [progress('E1', '2026-03-01', 80)] })).rag).toBe('rood'); // 40 days
    expect(param('tempo', '2026-05-20', records({ progress: [progress('E1', '2026-03-28', 100)], measurements: [] })).rag).toBe('groen');
    expect(param('tempo', '2026-05-20').derived).toMatchObject({ rag: 'rood', reasons: [{ code: 'efforts-on-schedule' }, { code: 'gates-at-risk', values: { ids: 'M6' } }] });
    expect(param('tempo', '2026-07-01', records({ progress: [progress('E1', '2026-03-28', 100)] })).derived).toMatchObject({ rag: 'geel', reasons: [{}, { code: 'gates-undecided', values: { ids: 'M6' } }] });
  });

  it('haalbaarheid: open register risks by kans × impact, and blocked efforts', () => {
    expect(param('haalbaarheid', '2026-03-01').derived).toEqual({ kind: 'derived', rag: 'groen', reasons: [{ code: 'risks-none', values: { open: 0 } }] });
    const hh = param('haalbaarheid', '2026-03-01', records({ risks: [risk('R1', '2026-02-01', 'H', 'H')] }));
    expect(hh.rag).toBe('rood');
    expect(hh.risks).toEqual([{ source: 'register', id: 'R1', subject: 'demo', description: 'risico R1', likelihood: 'H', impact: 'H', score: 9 }]);
    expect(param('haalbaarheid', '2026-03-01', records({ risks: [risk('R1', '2026-02-01', 'H', 'H'), risk('R1', '2026-02-20', 'H', 'H', 'closed')] })).rag).toBe('groen');
    expect(param('haalbaarheid', '2026-03-01', records({ risks: [risk('R2', '2026-02-01', 'M', 'H')] })).rag).toBe('geel');
    expect(param('haalbaarheid', '2026-04-15', records({ progress: [progress('E1', '2026-03-01', 80)] })).derived).toMatchObject({ rag: 'geel', reasons: [{ code: 'efforts-blocked', values: { ids: 'E2' } }] });
  });

  it('haalbaarheid: model risks count when their benefit is failing; a violated dependency is rood', () => {
    const ex = exampleProgramme();
    const s = param('haalbaarheid', '2026-05-01', records(), ex);
    expect(s.rag).toBe('rood');
    expect(s.derived.reasons.map((r) => r.code)).toEqual(['dependencies-violated']);
    const failing = param('haalbaarheid', '2026-05-01', records({ measurements: [measurement('crm-adoptie', '2026-04-30', 50)] }), ex);
    expect(failing.derived.reasons[0]).toMatchObject({ code: 'risks-medium', values: { ids: 'B3' } });
  });

  it('wendbaarheid is manual; efficiëntie is manual without budget records, else budget planned ÷ spent', () => {
    expect(param('wendbaarheid', '2026-03-01')).toMatchObject({ derived: { kind: 'manual', reasons: [{ code: 'no-inputs' }] }, rag: undefined, meetsNorm: undefined });
    expect(param('efficientie', '2026-03-01').derived.kind).toBe('manual');
    expect(param('efficientie', '2026-03-01', records({ budget: [budget('2026-02-28', 100_000, 105_000)] })).rag).toBe('groen');
    expect(param('efficientie', '2026-03-01', records({ budget: [budget('2026-02-28', 100_000, 120_000)] })).rag).toBe('geel');
    expect(param('efficientie', '2026-03-01', records({ budget: [budget('2026-01-31', 100_000, 100_000), budget('2026-02-28', 100_000, 130_000)] })).derived).toMatchObject({ rag: 'rood', reasons: [{ code: 'budget', values: { spent: 130_000, spentShare: 1.3 } }] });
  });

  it('a human override shows beside the derived value, which never disappears', () => {
    const s = param('tempo', '2026-05-10', records({ progress: [progress('E1', '2026-03-01', 80)], overrides: [override('tempo', '2026-05-01', 'geel', 'uitloop geaccepteerd'), override('tempo', '2026-06-01', 'groen')] }));
    expect(s.derived).toMatchObject({ kind: 'derived', rag: 'rood' });
    expect(s.override).toEqual({ rag: 'geel', rationale: 'uitloop geaccepteerd', date: '2026-05-01', recordedBy: 'stuurgroep' });
    expect(s.rag).toBe('geel');
    expect(param('wendbaarheid', '2026-05-10', records({ overrides: [override('wendbaarheid', '2026-05-01', 'groen')] }))).toMatchObject({ rag: 'groen', meetsNorm: true, derived: { kind: 'manual' } });
  });
});
