import type { IsoDate, YearMonth } from '../calendar/index.js';

/**
 * The validated programme: the one truth that every view, status and document is computed from.
 * Built from a programme file by `buildProgramme`; every reference in it resolves.
 */
export interface Programme {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  /** The first programme month, e.g. `'2026-01'`. */
  readonly start: YearMonth;
  /** Length in months; the programme ends on the last day of month `horizon`. */
  readonly horizon: number;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly version: string | undefined;
  readonly vision: string;
  readonly goals: readonly Goal[];
  readonly roles: readonly Role[];
  readonly domains: readonly Domain[];
  readonly phases: readonly Phase[];
  readonly milestones: readonly Milestone[];
  readonly efforts: readonly Effort[];
  readonly capabilities: readonly Capability[];
  readonly kpis: readonly Kpi[];
  readonly benefits: readonly Benefit[];
  readonly cycles: readonly Cycle[];
  readonly steering: readonly SteeringParameter[];
  readonly escalation: EscalationPolicy;
  readonly cadence: readonly CadenceItem[];
  readonly tolerances: Tolerances;
  readonly benefitReporting: ReportingFrequency;
}

export interface Goal {
  readonly id: string;
  readonly name: string;
  readonly description: string | undefined;
  /** The benefits that realise the goal: the first links of the doelen-inspanningennetwerk. */
  readonly benefits: readonly Benefit['id'][];
}

export interface Role {
  readonly id: string;
  readonly name: string;
}

/** A section of the roadmap, such as Projecten or Cultuur. */
export interface Domain {
  readonly id: string;
  readonly name: string;
  /** The heading used in the roadmap views. */
  readonly title: string;
}

export interface Phase {
  readonly id: string;
  readonly name: string;
  /** First and last programme month, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly milestone: Milestone['id'];
  readonly focus: readonly string[];
  readonly deliverables: readonly string[];
  readonly successFactors: readonly string[];
  readonly risks: readonly string[];
}

export interface Milestone {
  readonly id: string;
  readonly name: string;
  readonly description: string | undefined;
  /** Programme month; the milestone falls on the last day of that month. */
  readonly month: number;
  readonly date: IsoDate;
  /** A go/no-go moment where the stuurgroep decides. */
  readonly gate: boolean;
  readonly criteria: readonly Criterion[];
}

/** What a gate criterion needs. A criterion without needs is a manual check with evidence. */
export type CriterionNeed =
  | { readonly kind: 'effort-finished'; readonly effort: Effort['id'] }
  | { readonly kind: 'kpi-reaches'; readonly kpi: Kpi['id']; readonly value: number };

export interface Criterion {
  /** `M3.2` is the second criterion of M3. */
  readonly id: string;
  readonly text: string;
  readonly needs: readonly CriterionNeed[];
}

export type EffortMode = 'projectmatig' | 'doorlopend';

/** An inspanning. Dates are inclusive. */
export interface Effort {
  readonly id: string;
  readonly name: string;
  /** Short label for narrow views such as the ASCII roadmap. */
  readonly label: string;
  readonly domain: Domain['id'];
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly mode: EffortMode;
  readonly owner: Role['id'] | undefined;
  readonly dependsOn: readonly Effort['id'][];
  /** Capabilities or benefits this effort contributes to. */
  readonly serves: readonly string[];
  /** Programme-management work (governance, businesscase) that serves the programme, not a benefit. */
  readonly management: boolean;
  readonly illustrative: boolean;
}

/** A vermogen: what the organisation can do once efforts are done, and which benefits it enables. */
export interface Capability {
  readonly id: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly benefits: readonly Benefit['id'][];
}

export type Unit =
  | { readonly kind: 'percentage' }
  | { readonly kind: 'score'; readonly max: number }
  | { readonly kind: 'count'; readonly per: string | undefined }
  /** A change relative to the baseline in percent; `base` describes the baseline (e.g. "3 jaar"). */
  | { readonly kind: 'relative'; readonly base: string }
  | { readonly kind: 'years' }
  | { readonly kind: 'number'; readonly symbol: string | undefined };

export type Direction = 'higher' | 'lower';

/** A value as the plan writes it: a number, optionally with the label the documents show ("50+", "ontw."). */
export interface PlanValue {
  readonly value: number | undefined;
  readonly label: string | undefined;
}

/** The target at measurement moment `M<month>`; `measured: false` is "n.m." (niet gemeten). */
export interface KpiTarget extends PlanValue {
  readonly moment: string;
  readonly month: number;
  readonly measured: boolean;
}

export interface Tolerances {
  /** Achievement at or above this is green. */
  readonly green: number;
  /** Achievement at or above this (and below green) is amber; below is red. */
  readonly amber: number;
}

export interface Kpi {
  readonly id: string;
  readonly name: string;
  readonly domain: Domain['id'];
  readonly unit: Unit;
  readonly direction: Direction;
  readonly baseline: PlanValue & { readonly measured: boolean };
  readonly targets: readonly KpiTarget[];
  readonly goal: PlanValue & { readonly value: number };
  /** Programme month by which the goal is due. */
  readonly deadline: number;
  readonly tolerances: Tolerances | undefined;
  readonly source: string | undefined;
  readonly illustrative: boolean;
}

export type Sector = 'PO' | 'VO' | 'ZAK';
export type Priority = 'kritiek' | 'hoog' | 'midden';
export type Level = 'L' | 'M' | 'H';
/** Realisation bands of the benefits roadmap. */
export type Band = 'basis' | 'groei' | 'target' | 'borging';

export interface Risk {
  readonly description: string;
  readonly likelihood: Level;
  readonly impact: Level;
  readonly mitigation: string;
}

export type DependencyKind = 'inhoudelijk' | 'technisch' | 'organisatorisch' | 'planning';

export interface BenefitDependency {
  readonly benefit: Benefit['id'];
  readonly kind: DependencyKind;
  /** Share of the other benefit's realisation (0–1) needed before this one can be realised. */
  readonly threshold: number;
  readonly note: string | undefined;
}

export interface Benefit {
  readonly id: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly owner: Role['id'] | undefined;
  readonly sectors: readonly Sector[];
  readonly priority: Priority;
  readonly indicators: readonly Kpi['id'][];
  readonly baseline: { readonly level: string; readonly source: string; readonly date: IsoDate };
  readonly target: { readonly level: string; readonly deadline: IsoDate };
  readonly capabilities: readonly Capability['id'][];
  readonly efforts: readonly Effort['id'][];
  readonly risks: readonly Risk[];
  /** Programme months of the benefit's measurement moments. */
  readonly moments: readonly number[];
  readonly dependsOn: readonly BenefitDependency[];
  /** Planned band per programme quarter (index 0 is Q1); undefined before realisation starts. */
  readonly roadmap: readonly (Band | undefined)[];
  readonly illustrative: boolean;
}

/** A realisation cycle (tranche); start and target levels are derived from the KPI plan. */
export interface Cycle {
  readonly id: string;
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

export type SteeringParameterId = 'doeltreffendheid' | 'tempo' | 'haalbaarheid' | 'wendbaarheid' | 'efficientie';
export type Rag = 'groen' | 'geel' | 'rood';

export interface SteeringParameter {
  readonly id: SteeringParameterId;
  readonly norm: Rag;
  readonly description: string;
}

export type EscalationRule =
  | { readonly kind: 'benefit-behind'; readonly id: string; readonly text: string; readonly threshold: number }
  | { readonly kind: 'commitment'; readonly id: string; readonly text: string }
  | { readonly kind: 'external-factor'; readonly id: string; readonly text: string }
  | { readonly kind: 'benefit-conflict'; readonly id: string; readonly text: string }
  | { readonly kind: 'gate-at-risk'; readonly id: string; readonly text: string; readonly weeks: number };

export interface EscalationPolicy {
  readonly to: Role['id'];
  readonly rules: readonly EscalationRule[];
}

export type Frequency = 'wekelijks' | 'maandelijks' | 'per-kwartaal' | 'halfjaarlijks';
export type ReportingFrequency = 'maandelijks' | 'per-cyclus' | 'per-kwartaal';

export interface CadenceItem {
  readonly frequency: Frequency;
  readonly forum: Role['id'];
  readonly activities: readonly string[];
  /** When the meeting is held; undefined takes the default slot of its frequency. */
  readonly meeting: MeetingTime | undefined;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A meeting's weekday, its week in the month (first or last; not for weekly meetings) and its time of day. */
export interface MeetingTime {
  readonly weekday: Weekday | undefined;
  readonly week: 'first' | 'last' | undefined;
  /** 'HH:MM' in Europe/Amsterdam, or the whole day. */
  readonly time: string | 'all-day' | undefined;
  readonly minutes: number | undefined;
}
