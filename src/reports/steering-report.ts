import { addMonths } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { CriterionCheck, EffortProgress, GateDecision, Kpi, Measurement, Milestone, Programme, Records } from '../model/index.js';
import type { PlanDiff } from '../plan/index.js';
import { programmeStatus } from '../steer/index.js';
import type { EffortStatus, Escalation, GateStatus, KpiStatus, ProgrammeStatus, RiskScore, SteeringStatus } from '../steer/index.js';
import { openRisks } from './open-risks.js';

/** What moved between the previous report and this one. */
export interface SteeringProgress {
  /** Efforts whose state changed, or with progress recorded in the period. */
  readonly efforts: readonly { readonly now: EffortStatus; readonly before: EffortStatus | undefined; readonly records: readonly EffortProgress[] }[];
  readonly measurements: readonly { readonly kpi: Kpi; readonly measurement: Measurement }[];
  readonly decisions: readonly { readonly milestone: Milestone; readonly decision: GateDecision }[];
  readonly checks: readonly CriterionCheck[];
}

/** A decision the stuurgroep (or the escalation forum) has to take. */
export type DecisionNeeded =
  | { readonly kind: 'gate'; readonly gate: GateStatus }
  | { readonly kind: 'escalation'; readonly escalation: Escalation }
  | { readonly kind: 'steering'; readonly steering: SteeringStatus };

export interface TopRisk extends RiskScore {
  readonly mitigation: string | undefined;
}

/** The monthly stuurgroep report as data. */
export interface SteeringReport {
  readonly kind: 'steering-report';
  readonly programme: Programme;
  readonly generated: IsoDate;
  readonly asOf: IsoDate;
  /** The date of the previous report. */
  readonly since: IsoDate;
  /** The date of the next report, one month on: gates before it need a decision now. */
  readonly next: IsoDate;
  readonly status: ProgrammeStatus;
  readonly previous: ProgrammeStatus;
  readonly progress: SteeringProgress;
  readonly kpis: readonly { readonly kpi: Kpi; readonly status: KpiStatus }[];
  /** Gates not yet decided that fall before the next report, passed without a decision, or at risk; else the next one. */
  readonly gates: readonly GateStatus[];
  readonly escalations: readonly Escalation[];
  readonly decisions: readonly DecisionNeeded[];
  readonly risks: readonly TopRisk[];
  readonly steering: readonly SteeringStatus[];
  /** Undefined when no previous version of the plan was given. */
  readonly planChanges: PlanDiff | undefined;
  /** Measurements up to `asOf`, for the KPI charts. */
  readonly measurements: readonly Measurement[];
}

export interface SteeringReportOptions {
  readonly asOf: IsoDate;
  /** Default: one month before `asOf`. */
  readonly since?: IsoDate | undefined;
  readonly generated?: IsoDate | undefined;
  /** The status on `asOf`, when the caller computed it already. */
  readonly status?: ProgrammeStatus | undefined;
  readonly planChanges?: PlanDiff | undefined;
  /** How many risks to list. Default 5. */
  readonly topRisks?: number;
}

const within = (date: IsoDate, since: IsoDate, asOf: IsoDate) => date > since && date <= asOf;

/**
 * The stuurgroep report for `asOf`: progress since the previous report, KPIs with RAG, trend and forecast,
 * gate readiness, escalations and the decisions needed, the top risks, and plan changes.
 *
 * @example steeringReport(programme, records, { asOf: '2026-05-15' }).since // '2026-04-15'
 */
export function steeringReport(programme: Programme, records: Records, options: SteeringReportOptions): SteeringReport {
  const { asOf } = options;
  const since = options.since ?? addMonths(asOf, -1);
  const next = addMonths(asOf, 1);
  const status = options.status ?? programmeStatus(programme, records, asOf);
  const previous = programmeStatus(programme, records, since);
  const kpiById = new Map(programme.kpis.map((k) => [k.id, k]));

  const efforts = status.efforts.flatMap((now) => {
    const before = previous.efforts.find((e) => e.effort === now.effort);
    const recorded = records.progress.filter((p) => p.effort === now.effort && within(p.date, since, asOf)).sort((a, b) => a.date.localeCompare(b.date));
    return before?.state !== now.state || recorded.length ? [{ now, before, records: recorded }] : [];
  });
  const progress: SteeringProgress = {
    efforts,
    measurements: records.measurements
      .filter((m) => kpiById.has(m.kpi) && within(m.date, since, asOf))
      .sort((a, b) => a.date.localeCompare(b.date) || a.kpi.localeCompare(b.kpi))
      .map((measurement) => ({ kpi: kpiById.get(measurement.kpi)!, measurement })),
    decisions: records.decisions
      .filter((d) => within(d.date, since, asOf))
      .flatMap((decision) => {
        const milestone = programme.milestones.find((m) => m.id === decision.milestone);
        return milestone ? [{ milestone, decision }] : [];
      }),
    checks: records.checks.filter((c) => within(c.date, since, asOf)),
  };

  const undecided = status.gates.filter((g) => g.state !== 'decided');
  const pressing = undecided.filter((g) => g.date <= next || g.atRisk || g.state === 'passed');
  const gates = pressing.length ? pressing : undecided.slice(0, 1);
  const decisions: DecisionNeeded[] = [
    ...undecided.filter((g) => g.gate && (g.date <= next || g.state === 'passed')).map((gate) => ({ kind: 'gate' as const, gate })),
    ...status.escalations.filter((e) => !e.acknowledged).map((escalation) => ({ kind: 'escalation' as const, escalation })),
    ...status.steering.filter((s) => s.meetsNorm === false).map((steering) => ({ kind: 'steering' as const, steering })),
  ];

  const register = openRisks(records, asOf);
  const scored = status.steering.find((s) => s.parameter === 'haalbaarheid')?.risks ?? [];
  const risks = scored.slice(0, options.topRisks ?? 5).map((r): TopRisk => ({
    ...r,
    mitigation:
      r.source === 'register'
        ? register.find((e) => e.id === r.id)?.mitigation
        : programme.benefits.find((b) => b.id === r.subject)?.risks.find((x) => x.description === r.description)?.mitigation,
  }));

  return {
    kind: 'steering-report',
    programme,
    generated: options.generated ?? asOf,
    asOf,
    since,
    next,
    status,
    previous,
    progress,
    kpis: status.kpis.map((s) => ({ kpi: kpiById.get(s.kpi)!, status: s })),
    gates,
    escalations: status.escalations,
    decisions,
    risks,
    steering: status.steering,
    planChanges: options.planChanges,
    measurements: records.measurements.filter((x) => x.date <= asOf),
  };
}
