import type { Programme, Tolerances } from '../model/index.js';

/** Knobs of the status rules; every one has a documented default. */
export interface StatusOptions {
  /** Tolerances for KPIs without their own; default the programme's. */
  readonly tolerances?: Tolerances;
  /** Days after a measurement moment's month end that a measurement still counts for it. Default 30. */
  readonly overdueGraceDays?: number;
  /** Measurements the forecast line is fitted through. Default 3. */
  readonly forecastPoints?: number;
  /** A trend step of at most this (in the KPI's unit) is flat. Default 0. */
  readonly flatTolerance?: number;
  /** Forecast slippage beyond this many days makes a running effort late. Default 14. */
  readonly lateToleranceDays?: number;
  /** An effort slipping more than this makes tempo red. Default 30. */
  readonly tempoRedSlipDays?: number;
  /** Weeks before a gate in which open criteria put it at risk. Default the gate-at-risk rule's `weeks`, else 6. */
  readonly gateAtRiskWeeks?: number;
  /** Realisation behind plan (share of the baseline→goal distance) that counts as behind. Default the benefit-behind rule's threshold, else 0.2. */
  readonly behindThreshold?: number;
  /** Consecutive measurements at the target before a benefit is in Borging. Default 2. */
  readonly borgingMeasurements?: number;
}

export type ResolvedStatusOptions = Required<StatusOptions>;

/** Options with their defaults spread in. */
export function resolveStatusOptions(programme: Programme, options: StatusOptions = {}): ResolvedStatusOptions {
  const behind = programme.escalation.rules.find((r) => r.kind === 'benefit-behind');
  const gate = programme.escalation.rules.find((r) => r.kind === 'gate-at-risk');
  return {
    tolerances: programme.tolerances,
    overdueGraceDays: 30,
    forecastPoints: 3,
    flatTolerance: 0,
    lateToleranceDays: 14,
    tempoRedSlipDays: 30,
    gateAtRiskWeeks: gate?.kind === 'gate-at-risk' ? gate.weeks : 6,
    behindThreshold: behind?.kind === 'benefit-behind' ? behind.threshold : 0.2,
    borgingMeasurements: 2,
    ...withoutUndefined(options),
  };
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
