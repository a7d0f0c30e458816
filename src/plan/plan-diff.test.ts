import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProgramme } from '../formats/yaml/index.js';
import type { Programme } from '../model/index.js';
import { diffPlans, isEmptyDiff } from './plan-diff.js';

const example = readFileSync(new URL('../../examples/klant-in-beeld/programme.yaml', import.meta.url), 'utf8');

function load(text: string): Programme {
  const result = readProgramme(text);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n'));
  return result.programme;
}

/** The example with `from` replaced by `to` exactly once. */
function edited(...replacements: [string, string][]): Programme {
  let text = example;
  for (const [from, to] of replacements) {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  }
  return load(text);
}

describe('diffPlans', () => {
  const base = load(example);

  it('finds nothing between a plan and itself', () => {
    const diff = diffPlans(base, load(example));
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('shows a rescheduled effort with its old and new dates', () => {
    const diff = diffPlans(base, edited(['start: 2026-01, duration: 3 maanden, owner: crm-productowner', 'start: 2026-02, duration: 3 maanden, owner: crm-productowner']));
    expect(diff.efforts).toEqual([
      { kind: 'effort-rescheduled', effort: 'SYS-01', name: 'CRM analyse en ontwerp', before: { start: '2026-01-01', end: '2026-03-31' }, after: { start: '2026-02-01', end: '2026-04-30' } },
    ]);
    expect(diff.kpiTargets).toEqual([]);
  });

  it('shows changed, added and removed KPI targets and a changed goal', () => {
    const diff = diffPlans(base, edited(['targets: { M3: 15, M6: 30, M9: 50, M12: 70, M18: 80 }, goal: 80', 'targets: { M3: 15, M6: 25, M12: 70, M15: 75, M18: 85 }, goal: 85']));
    expect(diff.kpiTargets).toEqual([
      { kind: 'target-changed', kpi: 'getraind', name: '% Getraind outside-in', moment: 'M6', before: { value: 30, label: undefined, measured: true }, after: { value: 25, label: undefined, measured: true } },
      { kind: 'target-added', kpi: 'getraind', name: '% Getraind outside-in', moment: 'M15', after: { value: 75, label: undefined, measured: true } },
      { kind: 'target-changed', kpi: 'getraind', name: '% Getraind outside-in', moment: 'M18', before: { value: 80, label: undefined, measured: true }, after: { value: 85, label: undefined, measured: true } },
      { kind: 'target-removed', kpi: 'getraind', name: '% Getraind outside-in', moment: 'M9', before: { value: 50, label: undefined, measured: true } },
      { kind: 'goal-changed', kpi: 'getraind', name: '% Getraind outside-in', before: { value: 80, label: undefined, deadline: 18 }, after: { value: 85, label: undefined, deadline: 18 } },
    ]);
  });

  it('reports an inserted criterion once instead of renumbering the ones after it', () => {
    const diff = diffPlans(base, edited(['      - { text: Businesscase goedgekeurd, efforts: [FUN-02] }\n', '      - Sponsor akkoord\n      - { text: Businesscase goedgekeurd, efforts: [FUN-02] }\n']));
    expect(diff.gateCriteria).toEqual([{ kind: 'criterion-added', milestone: 'M3', criterion: 'M3.1', text: 'Sponsor akkoord' }]);
  });

  it('shows a criterion whose text or needs changed, and a moved gate', () => {
    const diff = diffPlans(base, edited(
      ['{ text: 30% getraind, kpi: getraind, value: 30 }', '{ text: 25% getraind, kpi: getraind, value: 25 }'],
      ['    description: Tussentijdse evaluatie\n    month: 6', '    description: Tussentijdse evaluatie\n    month: 7'],
    ));
    expect(diff.gateCriteria).toEqual([
      { kind: 'gate-moved', milestone: 'M6', name: 'Mid-term review', before: '2026-06-30', after: '2026-07-31' },
      { kind: 'criterion-changed', milestone: 'M6', criterion: 'M6.3', before: '30% getraind (getraind reaches 30)', after: '25% getraind (getraind reaches 25)' },
    ]);
  });

  it('shows efforts, KPIs and gates that appear or disappear', () => {
    const before = base;
    const after: Programme = {
      ...base,
      efforts: base.efforts.filter((e) => e.id !== 'CUL-03'),
      kpis: base.kpis.filter((k) => k.id !== 'klanttevredenheid'),
      milestones: base.milestones.map((m) => (m.id === 'M12' ? { ...m, gate: false } : m)),
    };
    const diff = diffPlans(before, after);
    expect(diff.efforts.map((c) => [c.kind, c.effort])).toEqual([['effort-removed', 'CUL-03']]);
    expect(diff.kpiTargets.map((c) => [c.kind, c.kpi])).toEqual([['kpi-removed', 'klanttevredenheid']]);
    expect(diff.gateCriteria.map((c) => [c.kind, c.milestone])).toEqual([['gate-removed', 'M12']]);
    const back = diffPlans(after, before);
    expect(back.efforts.map((c) => c.kind)).toEqual(['effort-added']);
    expect(back.kpiTargets.map((c) => c.kind)).toEqual(['kpi-added']);
    expect(back.gateCriteria.map((c) => c.kind)).toEqual(['gate-added']);
  });
});
