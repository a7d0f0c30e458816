import type { IsoDate } from '../calendar/index.js';
import type {
  Band, Benefit, Criterion, DecisionOutcome, DependencyKind, Direction, Effort, EffortMode, EscalationRule, Kpi, Level,
  Milestone, Priority, Rag, Records, Role, SteeringParameterId, Tolerances, Unit,
} from '../model/index.js';

/*
 * The status of a programme on a date: the stable JSON contract between the steering engine and every
 * view (CLI, server, dashboard, roadmap, reports). Plain data only: strings, numbers, booleans, arrays
 * and objects; no Dates, Maps or undefined-only distinctions that JSON would lose (optional values are
 * `undefined`, which JSON drops, so readers treat a missing field as "not known").
 * Ratios (achievement, realisation, tolerances) are fractions: 0.9 means 90%.
 */

/** Version of this contract; bumped on any incompatible change. */
export const STATUS_SCHEMA = 'koers.status/1';

/** The model's RAG plus `grijs`: nothing to judge yet (no measurement, no plan, no evidence). */
export type StatusRag = Rag | 'grijs';

export interface ProgrammeStatus {
  readonly schema: typeof STATUS_SCHEMA;
  readonly programme: { readonly id: string; readonly name: string; readonly version: string | undefined };
  readonly asOf: IsoDate;
  /** Programme month of `asOf`: 1 is the start month; 0 or less before the start, above the horizon after the end. */
  readonly month: number;
  readonly phase: { readonly id: string; readonly name: string } | undefined;
  readonly summary: StatusSummary;
  readonly kpis: readonly KpiStatus[];
  readonly benefits: readonly BenefitStatus[];
  readonly efforts: readonly EffortStatus[];
  readonly gates: readonly GateStatus[];
  readonly escalations: readonly Escalation[];
  readonly steering: readonly SteeringStatus[];
  /** Records that were ignored or look wrong; the status is still computed without them. */
  readonly notices: readonly StatusNotice[];
}

export interface StatusSummary {
  /** The worst RAG over KPIs, benefits and effective stuurparameters; an open escalation counts as `rood`. */
  readonly worst: StatusRag;
  readonly kpis: RagCounts;
  readonly benefits: RagCounts;
  readonly efforts: Readonly<Record<EffortState, number>>;
  readonly gatesAtRisk: number;
  readonly escalations: { readonly open: number; readonly acknowledged: number };
}

export type RagCounts = Readonly<Record<StatusRag, number>>;

/** Why a KPI has the RAG it has. */
export type KpiRagBasis = 'achievement' | 'no-measurement' | 'no-plan';

export interface KpiStatus {
  readonly kpi: Kpi['id'];
  readonly name: string;
  readonly domain: string;
  readonly unit: Unit;
  readonly direction: Direction;
  /** The baseline achievement is measured from: the plan's, or for an "n.m." baseline the first measurement. */
  readonly baseline: KpiBaseline | undefined;
  readonly goal: number;
  /** Last day of the deadline month. */
  readonly deadline: IsoDate;
  /** Planned value on `asOf` (for the trajectory); undefined before a plan exists (an "n.m." baseline before the first target). */
  readonly planned: number | undefined;
  /** Planned value on the date of `actual`: what the actual is judged against. */
  readonly plannedAtActual: number | undefined;
  /** The next numeric target after `asOf`. */
  readonly nextTarget: { readonly moment: string; readonly date: IsoDate; readonly value: number } | undefined;
  /** Latest measurement on or before `asOf`, from the programme start on. */
  readonly actual: { readonly value: number; readonly date: IsoDate } | undefined;
  /** (actual − baseline) / (plannedAtActual − baseline), mirrored for "lower is better"; raw, so it may exceed 1 or be negative. */
  readonly achievement: number | undefined;
  /** The override when there is one, else the derived RAG: what benefit status, summary and views count. */
  readonly rag: StatusRag;
  /** Why the derived RAG is what it is (the same as `derived.basis`). */
  readonly ragBasis: KpiRagBasis;
  /** Computed from the plan and measurements; always present, even under an override. */
  readonly derived: { readonly rag: StatusRag; readonly basis: KpiRagBasis };
  /** The latest human judgement of this KPI's RAG on or before `asOf`. */
  readonly override: OverrideStatus | undefined;
  readonly tolerances: Tolerances;
  /** The actual is at or beyond the goal. */
  readonly goalReached: boolean;
  /** Measurement moments whose window closed without any measurement since. */
  readonly overdue: readonly OverdueMoment[];
  readonly trend: Trend | undefined;
  readonly forecast: Forecast | undefined;
  /** Measurements on or before `asOf` from the programme start on. */
  readonly measurements: number;
  readonly illustrative: boolean;
}

export interface KpiBaseline {
  readonly value: number;
  readonly source: 'plan' | 'measurement';
  /** For a measured baseline: the measurement's date. */
  readonly date: IsoDate | undefined;
}

export interface OverdueMoment {
  readonly moment: string;
  /** Last day of the moment's month. */
  readonly date: IsoDate;
  /** The last day a measurement still counts for this moment (date + grace). */
  readonly due: IsoDate;
}

export interface Trend {
  readonly direction: 'up' | 'down' | 'flat';
  /** Moving in the KPI's good direction; false when flat. */
  readonly improving: boolean;
  readonly delta: number;
  readonly from: { readonly value: number; readonly date: IsoDate };
  readonly to: { readonly value: number; readonly date: IsoDate };
}

export interface Forecast {
  /** `linear`: least-squares line through the recent points; `actual`: the deadline has passed, so the actual stands. */
  readonly method: 'linear' | 'actual';
  /** Points the line was fitted through (measurements, plus the baseline when fewer than two). */
  readonly points: number;
  readonly deadline: IsoDate;
  readonly projected: number;
  readonly goal: number;
  readonly met: boolean;
}

export interface BenefitStatus {
  readonly benefit: Benefit['id'];
  readonly name: string;
  readonly owner: Role['id'] | undefined;
  readonly priority: Priority;
  /** Worst RAG of the measured indicators; `grijs` when none is measured. */
  readonly rag: StatusRag;
  /** Mean share of the baseline→goal distance achieved over the measured indicators, each clamped to 0..1. */
  readonly realisation: number | undefined;
  /** Date of the latest indicator measurement: the date the realisation is judged on. */
  readonly measuredOn: IsoDate | undefined;
  /** Planned realisation on `asOf`, from the benefits roadmap; undefined before realisation is planned to start. */
  readonly plannedRealisation: number | undefined;
  /** Planned realisation on `measuredOn`: what the realisation is judged against. */
  readonly plannedAtMeasurement: number | undefined;
  /** plannedAtMeasurement − realisation, when both are known; positive is behind. */
  readonly gap: number | undefined;
  /** Behind plan by more than the benefit-behind threshold (share of the whole baseline→goal distance). */
  readonly behind: boolean;
  readonly band: Band | undefined;
  /** The roadmap's band for the current quarter. */
  readonly plannedBand: Band | undefined;
  readonly beingRealised: boolean;
  readonly indicators: readonly BenefitIndicator[];
  readonly dependencies: readonly BenefitDependencyStatus[];
  readonly illustrative: boolean;
}

export interface BenefitIndicator {
  readonly kpi: Kpi['id'];
  /** The KPI's RAG: its override when there is one. */
  readonly rag: StatusRag;
  /** The KPI's derived RAG, which differs from `rag` only under an override. */
  readonly derived: StatusRag;
  /** Share of the baseline→goal distance achieved, clamped to 0..1; undefined when not measured. */
  readonly share: number | undefined;
}

export interface BenefitDependencyStatus {
  readonly benefit: Benefit['id'];
  readonly kind: DependencyKind;
  readonly threshold: number;
  /** The other benefit's realisation; undefined (counted as 0) when not measured. */
  readonly realisation: number | undefined;
  readonly violated: boolean;
}

export type EffortState = 'planned' | 'running' | 'done' | 'late';

export interface EffortStatus {
  readonly effort: Effort['id'];
  readonly name: string;
  readonly label: string;
  readonly domain: string;
  readonly mode: EffortMode;
  readonly plannedStart: IsoDate;
  readonly plannedEnd: IsoDate;
  readonly state: EffortState;
  /** `recorded`: from progress records; `plan`: no progress recorded, so the state follows the planned dates. */
  readonly evidence: 'recorded' | 'plan';
  readonly percentComplete: number | undefined;
  /** Share of the planned duration elapsed on `asOf`, 0–100. */
  readonly plannedPercent: number;
  readonly progressDate: IsoDate | undefined;
  readonly actualStart: IsoDate | undefined;
  readonly actualEnd: IsoDate | undefined;
  readonly forecastEnd: IsoDate;
  /** forecastEnd − plannedEnd in days; negative is early. */
  readonly slippageDays: number;
  /** Predecessors not done although this effort is due to have started. */
  readonly blockedBy: readonly Effort['id'][];
}

export type CriterionState = 'met' | 'unmet' | 'unknown' | 'at-risk';

export interface CriterionStatus {
  readonly criterion: Criterion['id'];
  readonly text: string;
  readonly state: CriterionState;
  /** `automatic` when evaluated from linked efforts/KPIs, `manual` from a recorded check. */
  readonly basis: 'automatic' | 'manual';
  readonly needs: readonly NeedStatus[];
  readonly check: { readonly date: IsoDate; readonly met: boolean; readonly evidence: string; readonly recordedBy: string | undefined } | undefined;
}

export type NeedStatus =
  | { readonly kind: 'effort-finished'; readonly effort: Effort['id']; readonly state: CriterionState; readonly effortState: EffortState; readonly forecastEnd: IsoDate }
  | { readonly kind: 'kpi-reaches'; readonly kpi: Kpi['id']; readonly value: number; readonly state: CriterionState; readonly actual: number | undefined; readonly projected: number | undefined };

export type GateState = 'open' | 'ready' | 'at-risk' | 'passed' | 'decided';

export interface GateStatus {
  readonly milestone: Milestone['id'];
  readonly name: string;
  readonly month: number;
  readonly date: IsoDate;
  /** A go/no-go moment (as opposed to a plain milestone). */
  readonly gate: boolean;
  /** Days from `asOf` to the gate date; negative once passed. */
  readonly daysUntil: number;
  readonly state: GateState;
  readonly met: number;
  readonly total: number;
  readonly atRisk: boolean;
  readonly criteria: readonly CriterionStatus[];
  readonly decision: { readonly outcome: DecisionOutcome; readonly date: IsoDate; readonly conditions: string | undefined; readonly decidedBy: string; readonly note: string | undefined } | undefined;
}

export type EscalationEvidence =
  | { readonly kind: 'benefit-behind'; readonly planned: number; readonly realisation: number; readonly gap: number; readonly threshold: number }
  | { readonly kind: 'commitment' | 'external-factor'; readonly signals: readonly { readonly date: IsoDate; readonly note: string; readonly recordedBy: string | undefined }[] }
  | { readonly kind: 'benefit-conflict'; readonly dependencies: readonly { readonly benefit: Benefit['id']; readonly threshold: number; readonly realisation: number | undefined }[] }
  | { readonly kind: 'gate-at-risk'; readonly date: IsoDate; readonly daysUntil: number; readonly met: number; readonly total: number; readonly open: readonly Criterion['id'][] };

export interface Escalation {
  readonly rule: string;
  readonly kind: EscalationRule['kind'];
  readonly text: string;
  /** A benefit or milestone id, or for signals the subject the signal names. */
  readonly subject: string;
  readonly subjectName: string | undefined;
  /** The earliest date from which the condition has held without interruption up to `asOf`. */
  readonly since: IsoDate;
  readonly to: { readonly role: Role['id']; readonly name: string | undefined };
  readonly evidence: EscalationEvidence;
  readonly acknowledged: boolean;
  readonly acknowledgement: { readonly date: IsoDate; readonly recordedBy: string; readonly note: string | undefined } | undefined;
}

/** A reason behind a derived value: a stable code plus the numbers it quotes; views turn it into text. */
export interface Reason {
  readonly code: ReasonCode;
  readonly values: Readonly<Record<string, number | string>>;
}

export type ReasonCode =
  | 'kpi-achievement' | 'no-measurements' | 'benefits-behind' | 'benefits-red'
  | 'efforts-late' | 'efforts-on-schedule' | 'gates-at-risk' | 'criteria-at-risk' | 'gates-undecided'
  | 'risks-high' | 'risks-medium' | 'risks-none' | 'dependencies-violated' | 'efforts-blocked'
  | 'budget' | 'no-inputs' | 'kpis-overridden';

export interface SteeringStatus {
  readonly parameter: SteeringParameterId;
  readonly norm: Rag;
  readonly description: string;
  /** Computed from the model and records; always present, even under an override. */
  readonly derived: { readonly kind: 'derived'; readonly rag: StatusRag; readonly reasons: readonly Reason[] } | { readonly kind: 'manual'; readonly reasons: readonly Reason[] };
  /** The latest human judgement on or before `asOf`. */
  readonly override: OverrideStatus | undefined;
  /** The override when there is one, else the derived RAG; undefined for a manual parameter without an override. */
  readonly rag: StatusRag | undefined;
  readonly meetsNorm: boolean | undefined;
  /** For haalbaarheid: the risks weighed, highest score first. */
  readonly risks?: readonly RiskScore[];
}

/** A human judgement in force: the RAG it gives, why, when and by whom. */
export interface OverrideStatus {
  readonly rag: Rag;
  readonly rationale: string;
  readonly date: IsoDate;
  readonly recordedBy: string;
}

export interface RiskScore {
  readonly source: 'model' | 'register';
  /** Register id, or `B1` for a risk of a benefit in the model. */
  readonly id: string;
  readonly subject: string;
  readonly description: string;
  readonly likelihood: Level;
  readonly impact: Level;
  /** Likelihood × impact with L=1, M=2, H=3: 1…9. */
  readonly score: number;
}

export type NoticeCode = 'after-as-of' | 'before-start' | 'unknown-reference' | 'invalid-value';

/** A group of records the engine ignored, per kind and subject. */
export interface StatusNotice {
  readonly code: NoticeCode;
  readonly records: keyof Records;
  readonly subject: string;
  readonly count: number;
  /** The earliest date among them. */
  readonly date: IsoDate;
}
