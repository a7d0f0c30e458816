import { describe, expect, it } from 'vitest';
import { exampleProgramme } from '../../test/support/programme-fixture.js';
import { check, decision, kpiOverride, measurement, progress, records, risk } from '../../test/support/status-records.js';
import { diffPlans } from '../plan/index.js';
import { benefitsPlanReport } from './benefits-plan-report.js';
import { reportOptions } from './report-options.js';
import { roadmapFrameworkReport } from './roadmap-framework-report.js';
import { steeringReport } from './steering-report.js';

const programme = exampleProgramme();
const recs = records({
  measurements: [measurement('getraind', '2026-03-31', 16), measurement('getraind', '2026-06-30', 31), measurement('procesnaleving', '2026-06-30', 60)],
  progress: [progress('SYS-02', '2026-06-20', 60), progress('PRC-02', '2026-05-29', 100, { actualEnd: '2026-05-29' })],
  decisions: [decision('M1', '2026-01-27'), decision('M3', '2026-03-30'), decision('M6', '2026-06-29', 'go-met-voorwaarden')],
  checks: [check('M6.4', '2026-06-26', false)],
  risks: [{ ...risk('R-9', '2026-06-01', 'H', 'H'), subject: 'B1' }],
});

describe('roadmapFrameworkReport', () => {
  it('shows the plan only without an as-of date', () => {
    const report = roadmapFrameworkReport(programme, recs, reportOptions(programme, recs, { generated: '2026-01-10' }));
    expect(report.status).toBeUndefined();
    expect(report.phases.map((p) => p.state)).toEqual([undefined, undefined, undefined]);
    expect(report.phases[0]!.deliverables.every((d) => d.reached === undefined)).toBe(true);
    expect(report.kpis.map((g) => g.domain.id)).toEqual(['mens', 'proces', 'systeem', 'cultuur', 'sectorbaten']);
    expect(report.kpis.flatMap((g) => g.rows).flatMap((r) => r.cells).every((c) => c.actual === undefined)).toBe(true);
  });

  it('marks passed gates, deliverables of finished phases and actuals beside targets as of a date', () => {
    const report = roadmapFrameworkReport(programme, recs, reportOptions(programme, recs, { generated: '2026-01-10', asOf: '2026-07-15' }));
    expect(report.generated).toBe('2026-07-15');
    expect(report.phases.map((p) => p.state)).toEqual(['done', 'current', 'upcoming']);
    expect(report.phases[0]!.deliverables.every((d) => d.reached)).toBe(true);
    expect(report.phases[1]!.deliverables.some((d) => d.reached)).toBe(false);
    expect(report.gates.filter((g) => g.passed).map((g) => g.id)).toEqual(['M1', 'M3', 'M6']);
    const getraind = report.kpis.flatMap((g) => g.rows).find((r) => r.kpi.id === 'getraind')!;
    expect(getraind.cells.map((c) => c.actual?.value)).toEqual([16, 31, undefined, undefined, undefined]);
    expect(report.layout.bands.flatMap((b) => b.rows).find((r) => r.id === 'PRC-02')?.state).toBe('done');
  });
});

describe('benefitsPlanReport', () => {
  const options = reportOptions(programme, recs, { generated: '2026-07-15', asOf: '2026-07-15' });
  const report = benefitsPlanReport(programme, recs, options);

  it('derives each cycle\'s start and target level from the KPI plan at its first and last month', () => {
    const c2 = report.cycles[1]!;
    const row = c2.rows.find((r) => r.benefit.id === 'B6' && r.kpi.id === 'getraind')!;
    expect([row.start.value, row.target.value]).toEqual([15, 50]);
    expect(row.moments.map((m) => m.month)).toEqual([6, 9]);
    expect(report.cycles[0]!.rows.find((r) => r.benefit.id === 'B1' && r.kpi.id === 'procesnaleving')!.start.value).toBe(50);
  });

  it('shows reached bands only for quarters that have begun', () => {
    const b1 = report.benefits.find((b) => b.benefit.id === 'B1')!;
    expect(b1.roadmap.map((q) => q.reached)).toEqual([true, true, true, false, false, false]);
    expect(b1.roadmap.map((q) => q.planned)).toEqual(['basis', 'groei', 'groei', 'target', 'borging', 'borging']);
  });

  it('fills in the author, register risks, dependencies and which escalation rules are triggered', () => {
    expect(report.author?.id).toBe('programmamanager');
    expect(benefitsPlanReport(programme, recs, options, 'mt').author?.name).toBe('Managementteam (MT)');
    expect(report.benefits[0]!.risks.map((r) => r.source)).toEqual(['plan', 'plan', 'register']);
    expect(report.dependencies.map((d) => `${d.benefit.id}→${d.on.id}`)).toEqual(['B2→B1', 'B5→B4']);
    const triggered = Object.fromEntries(report.escalation.rules.map((r) => [r.rule.id, r.triggered.map((e) => e.subject)]));
    expect(triggered).toEqual(Object.fromEntries(programme.escalation.rules.map((r) => [r.id, options.status!.escalations.filter((e) => e.rule === r.id).map((e) => e.subject)])));
    expect(report.steering.every((s) => s.status !== undefined)).toBe(true);
  });
});

describe('steeringReport', () => {
  it('reports progress since one month earlier, gates before the next report and the decisions needed', () => {
    const report = steeringReport(programme, recs, { asOf: '2026-07-15' });
    expect([report.since, report.next]).toEqual(['2026-06-15', '2026-08-15']);
    expect(report.progress.measurements.map((m) => `${m.kpi.id}@${m.measurement.date}`)).toEqual(['getraind@2026-06-30', 'procesnaleving@2026-06-30']);
    expect(report.progress.decisions.map((d) => d.milestone.id)).toEqual(['M6']);
    expect(report.progress.checks.map((c) => c.criterion)).toEqual(['M6.4']);
    expect(report.progress.efforts.some((e) => e.now.effort === 'SYS-02' && e.records.length === 1)).toBe(true);
    expect(report.progress.efforts.some((e) => e.now.effort === 'PRC-02')).toBe(false);
    expect(report.gates.every((g) => g.state !== 'decided')).toBe(true);
    const count = (kind: string) => report.decisions.filter((d) => d.kind === kind).length;
    expect(count('gate')).toBe(0);
    expect(count('escalation')).toBe(report.status.escalations.filter((e) => !e.acknowledged).length);
    expect(count('steering')).toBe(report.status.steering.filter((s) => s.meetsNorm === false).length);
  });

  it('asks for the go/no-go decision of a gate that falls before the next report, or passed undecided', () => {
    const before = steeringReport(programme, recs, { asOf: '2026-09-20' });
    expect(before.decisions.flatMap((d) => (d.kind === 'gate' ? [d.gate.milestone] : []))).toEqual(['M9']);
    const after = steeringReport(programme, recs, { asOf: '2026-10-20' });
    expect(after.decisions.flatMap((d) => (d.kind === 'gate' ? [`${d.gate.milestone} ${d.gate.state}`] : []))).toEqual(['M9 passed']);
  });

  it('lists at most five risks, highest score first, each with its mitigation', () => {
    const report = steeringReport(programme, recs, { asOf: '2026-07-15' });
    expect(report.risks.length).toBeLessThanOrEqual(5);
    expect(report.risks[0]).toMatchObject({ id: 'R-9', score: 9, mitigation: 'beheersen' });
    expect(report.risks.map((r) => r.score)).toEqual([...report.risks.map((r) => r.score)].sort((a, b) => b - a));
    expect(report.risks.every((r) => r.mitigation !== undefined)).toBe(true);
  });

  it('takes the previous report date and the plan changes given', () => {
    const planChanges = diffPlans(programme, programme);
    const report = steeringReport(programme, recs, { asOf: '2026-07-15', since: '2026-05-01', planChanges });
    expect(report.since).toBe('2026-05-01');
    expect(report.progress.decisions.map((d) => d.milestone.id)).toEqual(['M6']);
    expect(report.progress.efforts.some((e) => e.now.effort === 'PRC-02')).toBe(true);
    expect(report.planChanges).toBe(planChanges);
    expect(steeringReport(programme, recs, { asOf: '2026-07-15' }).planChanges).toBeUndefined();
  });
});

describe('KPI judgements in the reports', () => {
  const judged = records({
    measurements: [measurement('getraind', '2026-06-30', 31)],
    overrides: [kpiOverride('getraind', '2026-07-10', 'geel', 'Nieuwe medewerkers nog niet getraind', 'Manager HR')],
  });

  it('carry the judgement beside the derived RAG in the stuurgroep report, and not before it was given', () => {
    const now = steeringReport(programme, judged, { asOf: '2026-07-15' }).kpis.find((k) => k.kpi.id === 'getraind')!.status;
    expect(now).toMatchObject({ rag: 'geel', derived: { rag: 'groen' }, override: { rationale: 'Nieuwe medewerkers nog niet getraind', recordedBy: 'Manager HR' } });
    const before = steeringReport(programme, judged, { asOf: '2026-07-09' }).kpis.find((k) => k.kpi.id === 'getraind')!.status;
    expect(before).toMatchObject({ rag: 'groen', override: undefined });
  });

  it('list the judged indicators of each benefit in the batenrealisatieplan', () => {
    const report = benefitsPlanReport(programme, judged, reportOptions(programme, judged, { generated: '2026-07-15', asOf: '2026-07-15' }));
    const b6 = report.benefits.find((b) => b.benefit.id === 'B6')!;
    expect(b6.judgements.map((j) => [j.kpi.id, j.status.rag, j.status.derived.rag])).toEqual([['getraind', 'geel', 'groen']]);
    expect(report.benefits.filter((b) => b.benefit.id !== 'B6').every((b) => b.judgements.length === 0)).toBe(true);
    expect(benefitsPlanReport(programme, judged, reportOptions(programme, judged, { generated: '2026-07-15' })).benefits.every((b) => b.judgements.length === 0)).toBe(true);
  });
});
