import { describe, expect, it } from 'vitest';
import { variant } from '../../../test/support/minimal-programme.js';
import { exampleProgramme, programmeFrom } from '../../../test/support/programme-fixture.js';
import { lintProgramme } from './lint-programme.js';
import type { LintCode } from './lint-finding.js';

const codes = (text?: string) => lintProgramme(programmeFrom(text)).map((f) => f.code);
const only = (code: LintCode, text: string) => lintProgramme(programmeFrom(text)).filter((f) => f.code === code);

describe('lintProgramme', () => {
  it('finds nothing in a consistent plan', () => {
    expect(codes()).toEqual([]);
  });

  it('gate-effort-late: a criterion needs an effort that ends after the gate', () => {
    const [f] = only('gate-effort-late', variant('efforts: [E1]', 'efforts: [E2]'));
    expect(f).toMatchObject({ severity: 'error', ids: ['M6', 'E2'], path: ['milestones', 0, 'criteria', 0] });
    expect(f!.message).toContain('2026-09-30');
  });

  it('gate-kpi-off-plan: a KPI criterion asks more than the KPI plan', () => {
    const text = variant('- { text: Ontwerp klaar, efforts: [E1] }', '- { text: Naleving 70%, kpi: k1, value: 70 }');
    const [f] = only('gate-kpi-off-plan', text);
    expect(f).toMatchObject({ severity: 'warning', ids: ['M6', 'k1'] });
    expect(only('gate-kpi-off-plan', variant('- { text: Ontwerp klaar, efforts: [E1] }', '- { text: Naleving 60%, kpi: k1, value: 60 }'))).toEqual([]);
  });

  it('kpi-target-against-direction: targets move the wrong way', () => {
    const [f] = only('kpi-target-against-direction', variant('targets: { M6: 60, M12: 80 }', 'targets: { M6: 45, M12: 80 }'));
    expect(f).toMatchObject({ severity: 'warning', ids: ['k1'] });
    expect(f!.message).toContain('from 50 at START to 45 at M6');
    const lower = variant('direction: higher', 'direction: lower');
    expect(only('kpi-target-against-direction', lower)).toHaveLength(2);
  });

  it('kpi-goal-differs-from-last-target', () => {
    expect(only('kpi-goal-differs-from-last-target', variant('M12: 80 }, goal: 80', 'M12: 80 }, goal: 85'))).toHaveLength(1);
  });

  it('kpi-moment-outside-horizon: a KPI measured after the programme ends', () => {
    const [f] = only('kpi-moment-outside-horizon', variant('targets: { M6: 60, M12: 80 }', 'targets: { M6: 60, M12: 70, M18: 80 }'));
    expect(f!.message).toContain('M18');
  });

  it('benefit-without-owner and benefit-without-indicator', () => {
    const text = variant('    indicators: [k1]\n', '', variant('    owner: pm\n    sectors', '    sectors'));
    expect(codes(text)).toEqual(expect.arrayContaining(['benefit-without-owner', 'benefit-without-indicator']));
  });

  it('effort-serves-no-benefit (principle P1), unless it is programme management', () => {
    const text = variant('dependsOn: [E1], serves: [V1]', 'dependsOn: [E1]');
    expect(only('effort-serves-no-benefit', text)[0]).toMatchObject({ ids: ['E2'], path: ['efforts', 1, 'serves'] });
    expect(only('effort-serves-no-benefit', variant('dependsOn: [E1]', 'dependsOn: [E1], management: true', text))).toEqual([]);
  });

  it('effort-starts-before-dependency', () => {
    const [f] = only('effort-starts-before-dependency', variant('start: 2026-04, end', 'start: 2026-03, end'));
    expect(f).toMatchObject({ ids: ['E2', 'E1'] });
  });

  it('capability-without-effort', () => {
    const text = variant('  - { id: V1, name: Nieuw proces, benefits: [B1] }', '  - { id: V1, name: Nieuw proces, benefits: [B1] }\n  - { id: V2, name: Leeg, benefits: [B1] }');
    expect(only('capability-without-effort', text)[0]).toMatchObject({ ids: ['V2'] });
  });

  it('phase-milestone-mismatch', () => {
    const text = variant('milestones:', 'phases:\n  - { id: p1, name: Fase 1, from: 1, to: 5, milestone: M6 }\nmilestones:');
    expect(only('phase-milestone-mismatch', text)[0]).toMatchObject({ ids: ['p1', 'M6'] });
  });

  it('benefit-dependency-unmet: the dependent benefit starts before the threshold is planned', () => {
    const second = `  - id: B2
    name: Tweede baat
    owner: pm
    sectors: [PO]
    priority: midden
    indicators: [k1]
    baseline: { level: x, source: y, date: 2025-12 }
    target: { level: z, deadline: 2026-12 }
    dependsOn: [{ benefit: B1, threshold: 50% }]
    roadmap: { QSTART: basis, Q4: target }
steering:`;
    const base = variant('    target: { level: 80%, deadline: 2026-12 }\nsteering:', `    target: { level: 80%, deadline: 2026-12 }\n    roadmap: { Q1: basis, Q2: groei, Q3: groei, Q4: target }\n${second}`);
    // B1 plans 30% by the end of Q1 and 50% by the end of Q2.
    const early = only('benefit-dependency-unmet', base.replace('QSTART', 'Q2'));
    expect(early[0]).toMatchObject({ ids: ['B2', 'B1'], severity: 'warning' });
    expect(early[0]!.message).toContain('only 30%');
    expect(only('benefit-dependency-unmet', base.replace('QSTART', 'Q3'))).toEqual([]);
  });

  it('benefit-serves-no-goal and goal-without-benefit, once goals name their benefits', () => {
    const goals = (list: string) => variant('  vision: Een visie.\n', `  vision: Een visie.\n  goals:\n${list}`);
    expect(codes(goals('    - { id: D1, name: Doel één }\n'))).toEqual([]);
    const loose = lintProgramme(programmeFrom(goals('    - { id: D1, name: Doel één, benefits: [B1] }\n    - { id: D2, name: Doel twee }\n')));
    expect(loose.map((f) => [f.code, f.ids, f.path])).toEqual([['goal-without-benefit', ['D2'], ['programme', 'goals', 1, 'benefits']]]);
    const twoBenefits = goals('    - { id: D1, name: Doel één, benefits: [B1] }\n').replace('benefits:\n  - id: B1', 'benefits:\n  - { id: B0, name: Los, owner: pm, sectors: [PO], priority: midden, indicators: [k1], baseline: { level: 50%, source: Audit, date: 2025-12 }, target: { level: 80%, deadline: 2026-12 } }\n  - id: B1');
    expect(only('benefit-serves-no-goal', twoBenefits).map((f) => [f.severity, f.ids, f.path])).toEqual([['warning', ['B0'], ['benefits', 0]]]);
  });

  it('finds the real conflicts in the seeds\' plan', () => {
    const findings = lintProgramme(exampleProgramme());
    expect(findings.map((f) => `${f.code} ${f.ids.join(',')}`)).toEqual([
      'gate-effort-late M1,FUN-03',
      'gate-effort-late M6,SYS-02',
      'gate-effort-late M9,PRC-03',
      'gate-effort-late M9,SYS-05',
      'benefit-dependency-unmet B2,B1',
    ]);
  });
});
