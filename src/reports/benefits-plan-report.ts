import { monthEnd, monthStart } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';
import type {
  Band, Benefit, BenefitDependency, Capability, Cycle, Effort, EscalationRule, Kpi, Level, Programme, Records,
  ReportingFrequency, Role, SteeringParameter,
} from '../model/index.js';
import { plannedRealisationAt } from '../plan/index.js';
import { programmeStatus } from '../steer/index.js';
import type { BenefitDependencyStatus, BenefitStatus, EffortStatus, Escalation, KpiStatus, ProgrammeStatus, SteeringStatus } from '../steer/index.js';
import { measurementForMoment, plannedValueAt } from './kpi-moments.js';
import type { PlannedValue } from './kpi-moments.js';
import { openRisks } from './open-risks.js';
import type { ReportOptions } from './report-options.js';

export interface BenefitRisk {
  readonly description: string;
  readonly likelihood: Level;
  readonly impact: Level;
  readonly mitigation: string;
  /** `plan` from the programme file, `register` from the risk register (open on the as-of date). */
  readonly source: 'plan' | 'register';
}

/** One measurement moment of a benefit: what each indicator should show then, and what it showed. */
export interface BenefitMoment {
  readonly month: number;
  readonly date: IsoDate;
  readonly expected: readonly { readonly kpi: Kpi; readonly planned: PlannedValue }[];
  /** Planned realisation (0–1) from the benefits roadmap. */
  readonly plannedRealisation: number | undefined;
  readonly actual: readonly { readonly kpi: Kpi; readonly value: number; readonly date: IsoDate }[];
}

export interface BenefitSection {
  readonly benefit: Benefit;
  readonly owner: Role | undefined;
  readonly indicators: readonly Kpi[];
  readonly capabilities: readonly Capability[];
  readonly efforts: readonly { readonly effort: Effort; readonly status: EffortStatus | undefined }[];
  readonly risks: readonly BenefitRisk[];
  readonly moments: readonly BenefitMoment[];
  /** Per programme quarter: the planned band, and the band reached (only for quarters that have begun). */
  readonly roadmap: readonly { readonly planned: Band | undefined; readonly actual: Band | undefined; readonly reached: boolean }[];
  readonly status: BenefitStatus | undefined;
  /** Indicators whose RAG a person judged (an override in force on the as-of date), with the derived RAG beside it. */
  readonly judgements: readonly { readonly kpi: Kpi; readonly status: KpiStatus }[];
}

export interface CycleRow {
  readonly benefit: Benefit;
  readonly kpi: Kpi;
  readonly start: PlannedValue;
  readonly target: PlannedValue;
  /** The benefit's measurement moments within the cycle. */
  readonly moments: readonly { readonly month: number; readonly date: IsoDate }[];
  /** The measurement for the cycle's last moment, once taken. */
  readonly actual: { readonly value: number; readonly date: IsoDate } | undefined;
}

export interface CycleSection {
  readonly cycle: Cycle;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
  readonly rows: readonly CycleRow[];
}

export interface Quarter {
  readonly number: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The batenrealisatieplan as data, filled in from the model and, with an as-of date, the status. */
export interface BenefitsPlanReport {
  readonly kind: 'benefits-plan';
  readonly programme: Programme;
  readonly generated: IsoDate;
  readonly asOf: IsoDate | undefined;
  readonly status: ProgrammeStatus | undefined;
  readonly author: Role | undefined;
  readonly benefits: readonly BenefitSection[];
  readonly cycles: readonly CycleSection[];
  readonly quarters: readonly Quarter[];
  readonly dependencies: readonly { readonly benefit: Benefit; readonly on: Benefit; readonly dependency: BenefitDependency; readonly status: BenefitDependencyStatus | undefined }[];
  readonly reporting: ReportingFrequency;
  readonly steering: readonly { readonly parameter: SteeringParameter; readonly status: SteeringStatus | undefined }[];
  readonly escalation: { readonly to: Role | undefined; readonly rules: readonly { readonly rule: EscalationRule; readonly triggered: readonly Escalation[] }[] };
}

/** The role that writes the plan when none is given: the programme manager, if the model has one. */
const AUTHOR = /programm[ae]-?\s?manager/i;

/**
 * The batenrealisatieplan of template 002: overview, cycles, roadmap bands, per-benefit details,
 * dependencies, stuurparameters and escalation, derived from the model (and the status on `asOf`).
 *
 * @example benefitsPlanReport(programme, records, options).cycles[1]!.rows[0]!.start.value // the M3 target
 */
export function benefitsPlanReport(programme: Programme, records: Records, options: ReportOptions, author?: Role['id']): BenefitsPlanReport {
  const { asOf, status } = options;
  const role = (id: string | undefined) => programme.roles.find((r) => r.id === id);
  const kpi = (id: string) => programme.kpis.find((k) => k.id === id)!;
  const quarters = Array.from({ length: Math.ceil(programme.horizon / 3) }, (_, q): Quarter => ({
    number: q + 1,
    from: monthStart(programme.start, q * 3 + 1),
    to: monthEnd(programme.start, Math.min(q * 3 + 3, programme.horizon)),
  }));
  // The band reached at the end of every quarter that has begun; the current quarter as of today.
  const statusAt = quarters.map((q) => (asOf === undefined || asOf < q.from ? undefined : q.to < asOf ? programmeStatus(programme, records, q.to) : status));
  const measurement = (k: Kpi, month: number) => {
    if (asOf === undefined) return undefined;
    const m = measurementForMoment(programme, k, records.measurements, month, asOf, options.graceDays);
    return m && { value: m.value, date: m.date };
  };

  const benefits = programme.benefits.map((benefit): BenefitSection => {
    const indicators = benefit.indicators.map(kpi);
    return {
      benefit,
      owner: role(benefit.owner),
      indicators,
      capabilities: benefit.capabilities.map((id) => programme.capabilities.find((c) => c.id === id)!),
      efforts: benefit.efforts.map((id) => ({ effort: programme.efforts.find((e) => e.id === id)!, status: status?.efforts.find((e) => e.effort === id) })),
      risks: [
        ...benefit.risks.map((r) => ({ ...r, source: 'plan' as const })),
        ...(asOf === undefined ? [] : openRisks(records, asOf).filter((r) => r.subject === benefit.id).map((r) => ({ description: r.description, likelihood: r.likelihood, impact: r.impact, mitigation: r.mitigation, source: 'register' as const }))),
      ],
      moments: benefit.moments.map((month): BenefitMoment => {
        const date = monthEnd(programme.start, month);
        return {
          month,
          date,
          expected: indicators.map((k) => ({ kpi: k, planned: plannedValueAt(k, month) })),
          plannedRealisation: plannedRealisationAt(programme, benefit, date),
          actual: indicators.flatMap((k) => {
            const m = measurement(k, month);
            return m ? [{ kpi: k, ...m }] : [];
          }),
        };
      }),
      roadmap: quarters.map((_, q) => {
        const s = statusAt[q]?.benefits.find((b) => b.benefit === benefit.id);
        return { planned: benefit.roadmap[q], actual: s?.band, reached: statusAt[q] !== undefined };
      }),
      status: status?.benefits.find((b) => b.benefit === benefit.id),
      judgements: indicators.flatMap((k) => {
        const s = status?.kpis.find((x) => x.kpi === k.id);
        return s?.override ? [{ kpi: k, status: s }] : [];
      }),
    };
  });

  const cycles = programme.cycles.map((cycle): CycleSection => ({
    cycle,
    fromDate: monthStart(programme.start, cycle.from),
    toDate: monthEnd(programme.start, cycle.to),
    rows: programme.benefits.flatMap((benefit) => {
      const moments = benefit.moments.filter((m) => m >= cycle.from && m <= cycle.to).map((month) => ({ month, date: monthEnd(programme.start, month) }));
      return benefit.indicators.map(kpi).map((k): CycleRow => ({
        benefit,
        kpi: k,
        start: plannedValueAt(k, cycle.from - 1),
        target: plannedValueAt(k, cycle.to),
        moments,
        actual: moments.length ? measurement(k, moments.at(-1)!.month) : undefined,
      }));
    }),
  }));

  const benefitById = (id: string) => programme.benefits.find((b) => b.id === id)!;
  return {
    kind: 'benefits-plan',
    programme,
    generated: options.generated,
    asOf,
    status,
    author: author === undefined ? programme.roles.find((r) => AUTHOR.test(r.id) || AUTHOR.test(r.name)) : role(author),
    benefits,
    cycles,
    quarters,
    dependencies: programme.benefits.flatMap((benefit) =>
      benefit.dependsOn.map((dependency) => ({
        benefit,
        on: benefitById(dependency.benefit),
        dependency,
        status: status?.benefits.find((b) => b.benefit === benefit.id)?.dependencies.find((d) => d.benefit === dependency.benefit),
      })),
    ),
    reporting: programme.benefitReporting,
    steering: programme.steering.map((parameter) => ({ parameter, status: status?.steering.find((s) => s.parameter === parameter.id) })),
    escalation: {
      to: role(programme.escalation.to),
      rules: programme.escalation.rules.map((rule) => ({ rule, triggered: status?.escalations.filter((e) => e.rule === rule.id) ?? [] })),
    },
  };
}
