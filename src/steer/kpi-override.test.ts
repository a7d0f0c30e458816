import { describe, expect, it } from 'vitest';
import { programmeFrom } from '../../test/support/programme-fixture.js';
import { kpiOverride, measurement, override, records } from '../../test/support/status-records.js';
import type { Records } from '../model/index.js';
import { programmeStatus } from './programme-status.js';

const p = programmeFrom();
// k1 plans 60 at M6; 50 measured at the end of June is 0 of the 10 planned: rood.
const measured = [measurement('k1', '2026-06-30', 50)];
const status = (asOf: string, recs: Partial<Records>) => programmeStatus(p, records({ measurements: measured, ...recs }), asOf);

describe('a human judgement of a KPI', () => {
  it('becomes the KPI\'s RAG, with the derived RAG and its basis kept beside it', () => {
    const s = status('2026-07-15', { overrides: [kpiOverride('k1', '2026-07-10', 'geel', 'inhaalslag in juli', 'Manager PM')] });
    const k = s.kpis.find((x) => x.kpi === 'k1')!;
    expect(k.rag).toBe('geel');
    expect(k.derived).toEqual({ rag: 'rood', basis: 'achievement' });
    expect(k.ragBasis).toBe('achievement');
    expect(k.achievement).toBe(0);
    expect(k.override).toEqual({ rag: 'geel', rationale: 'inhaalslag in juli', date: '2026-07-10', recordedBy: 'Manager PM' });
  });

  it('has no override and its derived RAG without a judgement', () => {
    const k = status('2026-07-15', {}).kpis[0]!;
    expect(k).toMatchObject({ rag: 'rood', derived: { rag: 'rood', basis: 'achievement' }, override: undefined });
  });

  it('is replayed by date: not applied before it was recorded, and the latest one on or before the date wins', () => {
    const overrides = [kpiOverride('k1', '2026-07-10', 'geel', 'eerste'), kpiOverride('k1', '2026-08-10', 'groen', 'tweede')];
    const before = status('2026-07-09', { overrides });
    expect(before.kpis[0]).toMatchObject({ rag: 'rood', override: undefined });
    expect(before.notices).toContainEqual({ code: 'after-as-of', records: 'overrides', subject: 'kpi / k1', count: 2, date: '2026-07-10' });
    expect(status('2026-07-31', { overrides }).kpis[0]).toMatchObject({ rag: 'geel', override: { rationale: 'eerste' } });
    expect(status('2026-08-10', { overrides: [...overrides].reverse() }).kpis[0]).toMatchObject({ rag: 'groen', override: { rationale: 'tweede' } });
  });

  it('counts in the benefit\'s RAG, the summary and doeltreffendheid\'s reasons; the numbers stay derived', () => {
    const plain = status('2026-07-15', {});
    const judged = status('2026-07-15', { overrides: [kpiOverride('k1', '2026-07-10', 'groen')] });
    expect(plain.benefits[0]).toMatchObject({ rag: 'rood', indicators: [{ kpi: 'k1', rag: 'rood', derived: 'rood' }] });
    expect(judged.benefits[0]).toMatchObject({ rag: 'groen', indicators: [{ kpi: 'k1', rag: 'groen', derived: 'rood' }] });
    expect(judged.benefits[0]!.realisation).toBe(plain.benefits[0]!.realisation);
    expect(judged.summary.kpis).toMatchObject({ groen: 1, rood: 0 });
    const effectiveness = (s: typeof plain) => s.steering.find((x) => x.parameter === 'doeltreffendheid')!;
    expect(effectiveness(plain).derived).toMatchObject({ kind: 'derived', rag: 'rood' });
    expect(effectiveness(judged).derived).toMatchObject({ kind: 'derived', rag: 'rood' });
    expect(effectiveness(judged).derived.reasons.at(-1)).toEqual({ code: 'kpis-overridden', values: { count: 1, ids: 'k1' } });
    expect(effectiveness(plain).derived.reasons.map((r) => r.code)).not.toContain('kpis-overridden');
  });

  it('names only judgements that differ from the derived RAG among doeltreffendheid\'s reasons', () => {
    const same = status('2026-07-15', { overrides: [kpiOverride('k1', '2026-07-10', 'rood', 'bevestigd')] });
    expect(same.kpis[0]!.override?.rag).toBe('rood');
    expect(same.steering.find((x) => x.parameter === 'doeltreffendheid')!.derived.reasons.map((r) => r.code)).not.toContain('kpis-overridden');
  });

  it('is kept apart from a stuurparameter override, and ignored (with a notice) for an unknown KPI', () => {
    const s = status('2026-07-15', { overrides: [override('tempo', '2026-07-01', 'rood', 'stuurgroep'), kpiOverride('k9', '2026-07-01', 'groen')] });
    expect(s.kpis[0]!.override).toBeUndefined();
    expect(s.steering.find((x) => x.parameter === 'tempo')!.override?.rag).toBe('rood');
    expect(s.notices).toContainEqual({ code: 'unknown-reference', records: 'overrides', subject: 'kpi / k9', count: 1, date: '2026-07-01' });
  });

  it('notes a record without a valid subject instead of failing', () => {
    const broken = { ...kpiOverride('k1', '2026-07-01', 'groen'), subject: undefined } as unknown as Records['overrides'][number];
    const s = status('2026-07-15', { overrides: [broken] });
    expect(s.kpis[0]!.override).toBeUndefined();
    expect(s.notices).toContainEqual({ code: 'invalid-value', records: 'overrides', subject: '', count: 1, date: '2026-07-01' });
  });
});
