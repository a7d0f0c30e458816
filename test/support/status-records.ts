import type {
  BudgetEntry, CriterionCheck, EffortProgress, EscalationAcknowledgement, EscalationSignal, GateDecision, Measurement, Records,
  RiskEntry, SteeringOverride, SteeringParameterId,
} from '../../src/model/index.js';
import { emptyRecords } from '../../src/model/index.js';

/** Records for status tests: only the lists given, the rest empty. */
export const records = (parts: Partial<{ -readonly [K in keyof Records]: Records[K] }> = {}): Records => ({ ...emptyRecords, ...parts });

export const measurement = (kpi: string, date: string, value: number): Measurement =>
  ({ kpi, date, value, source: undefined, note: undefined, recordedBy: undefined });

export const progress = (effort: string, date: string, percentComplete: number, extra: Partial<EffortProgress> = {}): EffortProgress =>
  ({ effort, date, percentComplete, actualStart: undefined, actualEnd: undefined, note: undefined, recordedBy: undefined, ...extra });

export const decision = (milestone: string, date: string, outcome: GateDecision['outcome'] = 'go'): GateDecision =>
  ({ milestone, date, outcome, conditions: undefined, decidedBy: 'stuurgroep', note: undefined });

export const check = (criterion: string, date: string, met: boolean, evidence = 'verslag'): CriterionCheck =>
  ({ criterion, date, met, evidence, recordedBy: 'pm' });

export const risk = (id: string, date: string, likelihood: RiskEntry['likelihood'], impact: RiskEntry['impact'], status: RiskEntry['status'] = 'open'): RiskEntry =>
  ({ id, subject: 'demo', description: `risico ${id}`, likelihood, impact, mitigation: 'beheersen', status, date, recordedBy: undefined });

export const override = (parameter: SteeringParameterId, date: string, rag: SteeringOverride['rag'], rationale = 'oordeel stuurgroep'): SteeringOverride =>
  ({ subject: { kind: 'parameter', parameter }, date, rag, rationale, recordedBy: 'stuurgroep' });

export const kpiOverride = (kpi: string, date: string, rag: SteeringOverride['rag'], rationale = 'oordeel baateigenaar', recordedBy = 'baateigenaar'): SteeringOverride =>
  ({ subject: { kind: 'kpi', kpi }, date, rag, rationale, recordedBy });

export const signal = (rule: string, subject: string, date: string, note = 'signaal'): EscalationSignal =>
  ({ rule, subject, date, note, recordedBy: undefined });

export const acknowledgement = (rule: string, subject: string, date: string): EscalationAcknowledgement =>
  ({ rule, subject, date, recordedBy: 'sponsor', note: undefined });

export const budget = (date: string, planned: number, spent: number): BudgetEntry => ({ date, planned, spent });
