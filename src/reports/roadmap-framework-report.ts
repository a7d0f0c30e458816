import { monthEnd, monthStart } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { CadenceItem, Domain, Kpi, KpiTarget, Measurement, Milestone, Programme, Records, Role } from '../model/index.js';
import { layoutRoadmap } from '../plan/index.js';
import type { RoadmapLayout, RoadmapState } from '../plan/index.js';
import type { CriterionState, GateStatus, KpiStatus, ProgrammeStatus } from '../steer/index.js';
import { measurementForMoment, momentColumns } from './kpi-moments.js';
import type { MomentColumn } from './kpi-moments.js';
import { isPassed, phaseState } from './phase-state.js';
import type { PhaseState } from './phase-state.js';
import type { ReportOptions } from './report-options.js';

/** A phase description: period, closing milestone, focus, deliverables, success factors and risks. */
export interface FrameworkPhase {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly fromMonth: number;
  readonly toMonth: number;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
  readonly milestone: Pick<Milestone, 'id' | 'name' | 'month'>;
  readonly focus: readonly string[];
  /** `reached` is known only with an as-of date: true once the phase's closing gate is passed. */
  readonly deliverables: readonly { readonly text: string; readonly reached: boolean | undefined }[];
  readonly successFactors: readonly string[];
  readonly risks: readonly string[];
  readonly state: PhaseState | undefined;
}

/** A row of the milestones and go/no-go table. */
export interface FrameworkGate {
  readonly id: Milestone['id'];
  readonly name: string;
  readonly description: string | undefined;
  readonly month: number;
  readonly date: IsoDate;
  readonly gate: boolean;
  /** The phase this milestone closes. */
  readonly closes: { readonly number: number; readonly name: string } | undefined;
  readonly criteria: readonly { readonly id: string; readonly text: string; readonly state: CriterionState | undefined }[];
  readonly status: GateStatus | undefined;
  /** Passed with a go (or go with conditions) on or before the as-of date. */
  readonly passed: boolean;
}

export interface FrameworkKpiCell {
  readonly column: MomentColumn;
  /** Undefined when this KPI has no target at this moment. */
  readonly target: KpiTarget | undefined;
  /** The measurement reporting on this moment, with an as-of date only. */
  readonly actual: { readonly value: number; readonly date: IsoDate } | undefined;
}

export interface FrameworkKpiRow {
  readonly kpi: Kpi;
  readonly cells: readonly FrameworkKpiCell[];
  /** The KPI's status on the as-of date. */
  readonly status: KpiStatus | undefined;
}

/** The "Framework 5: Roadmap" document as data. */
export interface RoadmapFrameworkReport {
  readonly kind: 'roadmap-framework';
  readonly programme: Programme;
  readonly generated: IsoDate;
  readonly asOf: IsoDate | undefined;
  readonly status: ProgrammeStatus | undefined;
  readonly layout: RoadmapLayout;
  readonly phases: readonly FrameworkPhase[];
  readonly gates: readonly FrameworkGate[];
  readonly moments: readonly MomentColumn[];
  readonly kpis: readonly { readonly domain: Domain; readonly rows: readonly FrameworkKpiRow[] }[];
  readonly cadence: readonly { readonly item: CadenceItem; readonly forum: Role | undefined }[];
  /** Measurements up to the as-of date (none without one), for the KPI charts. */
  readonly measurements: readonly Measurement[];
}

/**
 * The roadmap framework of a programme: everything the seed "Framework 5: Roadmap" shows, from the model.
 * With `asOf` it also says what has been reached: gate decisions, deliverables of finished phases and KPI
 * actuals beside their targets.
 *
 * @example
 * const report = roadmapFrameworkReport(programme, records, { generated: '2026-01-10' });
 * report.phases[0]!.milestone.id // 'M3'
 */
export function roadmapFrameworkReport(programme: Programme, records: Records, options: ReportOptions): RoadmapFrameworkReport {
  const { asOf, status } = options;
  const states = status ? new Map(status.efforts.map((e) => [e.effort, e.state satisfies RoadmapState])) : undefined;
  const layout = layoutRoadmap(programme, { asOf, states });
  const gateStatus = (id: string) => status?.gates.find((g) => g.milestone === id);
  const phases = programme.phases.map((p, i): FrameworkPhase => {
    const milestone = programme.milestones.find((m) => m.id === p.milestone)!;
    const state = asOf === undefined ? undefined : phaseState(programme, p, gateStatus(p.milestone), asOf);
    return {
      id: p.id,
      number: i + 1,
      name: p.name,
      fromMonth: p.from,
      toMonth: p.to,
      fromDate: monthStart(programme.start, p.from),
      toDate: monthEnd(programme.start, p.to),
      milestone: { id: milestone.id, name: milestone.name, month: milestone.month },
      focus: p.focus,
      deliverables: p.deliverables.map((text) => ({ text, reached: state === undefined ? undefined : state === 'done' })),
      successFactors: p.successFactors,
      risks: p.risks,
      state,
    };
  });
  const gates = programme.milestones.map((m): FrameworkGate => {
    const g = gateStatus(m.id);
    const closing = programme.phases.findIndex((p) => p.milestone === m.id);
    return {
      id: m.id,
      name: m.name,
      description: m.description,
      month: m.month,
      date: m.date,
      gate: m.gate,
      closes: closing < 0 ? undefined : { number: closing + 1, name: programme.phases[closing]!.name },
      criteria: m.criteria.map((c) => ({ id: c.id, text: c.text, state: g?.criteria.find((s) => s.criterion === c.id)?.state })),
      status: g,
      passed: isPassed(g),
    };
  });
  const moments = momentColumns(programme);
  // Domains in the order their first KPI appears, as the seed's KPI table groups them.
  const kpiDomains = [...new Set(programme.kpis.map((k) => k.domain))].map((id) => programme.domains.find((d) => d.id === id)!);
  const kpis = kpiDomains
    .map((domain) => ({
      domain,
      rows: programme.kpis.filter((k) => k.domain === domain.id).map((kpi): FrameworkKpiRow => ({
        kpi,
        cells: moments.map((column) => {
          const target = kpi.targets.find((t) => t.month === column.month);
          const m = asOf === undefined || !target ? undefined : measurementForMoment(programme, kpi, records.measurements, column.month, asOf, options.graceDays);
          return { column, target, actual: m && { value: m.value, date: m.date } };
        }),
        status: status?.kpis.find((s) => s.kpi === kpi.id),
      })),
    }))
    .filter((group) => group.rows.length > 0);
  const cadence = programme.cadence.map((item) => ({ item, forum: programme.roles.find((r) => r.id === item.forum) }));
  const measurements = asOf === undefined ? [] : records.measurements.filter((x) => x.date <= asOf);
  return { kind: 'roadmap-framework', programme, generated: options.generated, asOf, status, layout, phases, gates, moments, kpis, cadence, measurements };
}
