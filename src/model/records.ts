import type { IsoDate } from '../calendar/index.js';
import type { Criterion, Effort, Kpi, Level, Milestone, Rag, SteeringParameterId } from './programme.js';

/**
 * What happened, as opposed to what was planned: the inputs of the steering engine besides the model.
 * Every record says who recorded it; the store adds ids and timestamps.
 */
export interface Measurement {
  readonly kpi: Kpi['id'];
  readonly date: IsoDate;
  /** In the KPI's unit; for relative KPIs the change in percent (15 for "+15%"). */
  readonly value: number;
  readonly source: string | undefined;
  readonly note: string | undefined;
  readonly recordedBy: string | undefined;
}

/** Progress of an effort as known on `date`. */
export interface EffortProgress {
  readonly effort: Effort['id'];
  readonly date: IsoDate;
  /** 0–100. */
  readonly percentComplete: number;
  readonly actualStart: IsoDate | undefined;
  readonly actualEnd: IsoDate | undefined;
  readonly note: string | undefined;
  readonly recordedBy: string | undefined;
}

export type DecisionOutcome = 'go' | 'go-met-voorwaarden' | 'no-go' | 'aangehouden';

/** The stuurgroep's decision at a go/no-go moment. */
export interface GateDecision {
  readonly milestone: Milestone['id'];
  readonly date: IsoDate;
  readonly outcome: DecisionOutcome;
  readonly conditions: string | undefined;
  readonly decidedBy: string;
  readonly note: string | undefined;
}

/** A manual gate criterion checked by a person, with the evidence. */
export interface CriterionCheck {
  readonly criterion: Criterion['id'];
  readonly date: IsoDate;
  readonly met: boolean;
  readonly evidence: string;
  readonly recordedBy: string | undefined;
}

/** An entry of the risk register; `subject` is a benefit, effort or the programme id. */
export interface RiskEntry {
  readonly id: string;
  readonly subject: string;
  readonly description: string;
  readonly likelihood: Level;
  readonly impact: Level;
  readonly mitigation: string;
  readonly status: 'open' | 'closed';
  readonly date: IsoDate;
  readonly recordedBy: string | undefined;
}

/**
 * What an override judges: one of the five stuurparameters of the whole programme, or the RAG of one
 * KPI (which a baateigenaar may judge for the KPIs of the benefits they own).
 */
export type OverrideSubject =
  | { readonly kind: 'parameter'; readonly parameter: SteeringParameterId }
  | { readonly kind: 'kpi'; readonly kpi: Kpi['id'] };

/**
 * A human judgement over a derived RAG, with its mandatory rationale; the derived value always stays
 * visible beside it. The latest one on or before a date counts for that date.
 */
export interface SteeringOverride {
  readonly subject: OverrideSubject;
  readonly date: IsoDate;
  readonly rag: Rag;
  readonly rationale: string;
  readonly recordedBy: string;
}

/** A signal only people can give: "the baateigenaar cannot keep the commitment", "an external factor blocks it". */
export interface EscalationSignal {
  readonly rule: string;
  readonly subject: string;
  readonly date: IsoDate;
  readonly note: string;
  readonly recordedBy: string | undefined;
}

/** The sponsorgroep has seen an escalation. */
export interface EscalationAcknowledgement {
  readonly rule: string;
  readonly subject: string;
  readonly date: IsoDate;
  readonly recordedBy: string;
  readonly note: string | undefined;
}

/** Budget planned and spent up to a date, the input of efficiëntie. */
export interface BudgetEntry {
  readonly date: IsoDate;
  readonly planned: number;
  readonly spent: number;
}

/** Everything recorded about a programme. Lists need not be sorted. */
export interface Records {
  readonly measurements: readonly Measurement[];
  readonly progress: readonly EffortProgress[];
  readonly decisions: readonly GateDecision[];
  readonly checks: readonly CriterionCheck[];
  readonly risks: readonly RiskEntry[];
  readonly overrides: readonly SteeringOverride[];
  readonly signals: readonly EscalationSignal[];
  readonly acknowledgements: readonly EscalationAcknowledgement[];
  readonly budget: readonly BudgetEntry[];
}

export const emptyRecords: Records = {
  measurements: [], progress: [], decisions: [], checks: [], risks: [], overrides: [], signals: [], acknowledgements: [], budget: [],
};
