import type { Criterion, CriterionNeed, Milestone } from '../model/index.js';
import { dateOfDay, dayOf } from './day-number.js';
import { effortOn } from './effort-model.js';
import { actualIndexAt, EPSILON, projectAt } from './kpi-model.js';
import { latest } from './record-index.js';
import type { StatusContext } from './status-context.js';
import type { CriterionState, CriterionStatus, GateState, GateStatus, NeedStatus } from './status-types.js';

/**
 * One need of a criterion on `day`, for a gate on `gateDay`:
 * - effort-finished: met when recorded done; unknown without progress records; at-risk while the gate is
 *   ahead and the effort's forecast end falls after it; otherwise unmet;
 * - kpi-reaches: met when the latest actual is at or beyond the value (direction-aware); unknown without
 *   a measurement; at-risk while the gate is ahead and the forecast line misses the value at the gate.
 */
export function needOn(ctx: StatusContext, need: CriterionNeed, gateDay: number, day: number): NeedStatus {
  if (need.kind === 'effort-finished') {
    const m = ctx.efforts.get(need.effort)!;
    const e = effortOn(m, day, ctx.options.lateToleranceDays);
    const state: CriterionState =
      e.evidence === 'plan' ? 'unknown'
      : e.state === 'done' ? 'met'
      : day <= gateDay && e.forecastEndDay > gateDay ? 'at-risk'
      : 'unmet';
    return { kind: need.kind, effort: need.effort, state, effortState: e.state, forecastEnd: dateOfDay(e.forecastEndDay) };
  }
  const k = ctx.kpis.get(need.kpi)!;
  const i = actualIndexAt(k, day);
  const actual = i < 0 ? undefined : k.series.items[i]!.value;
  const reaches = (v: number) => k.sign * (v - need.value) >= -EPSILON;
  const projected = actual !== undefined && day <= gateDay ? projectAt(k, day, gateDay, ctx.options.forecastPoints)?.projected : undefined;
  const state: CriterionState =
    actual === undefined ? 'unknown'
    : reaches(actual) ? 'met'
    : projected !== undefined && !reaches(projected) ? 'at-risk'
    : 'unmet';
  return { kind: need.kind, kpi: need.kpi, value: need.value, state, actual, projected };
}

/**
 * A criterion on `day`: all needs met is met; else at-risk, unmet, unknown in that order of precedence.
 * A criterion without needs, or whose needs are all unknown, takes the latest manual check.
 */
export function criterionOn(ctx: StatusContext, criterion: Criterion, gateDay: number, day: number): CriterionStatus {
  const needs = criterion.needs.map((n) => needOn(ctx, n, gateDay, day));
  const states = new Set(needs.map((n) => n.state));
  const automatic: CriterionState | undefined =
    needs.length === 0 ? undefined
    : states.size === 1 && states.has('met') ? 'met'
    : states.has('at-risk') ? 'at-risk'
    : states.has('unmet') ? 'unmet'
    : 'unknown';
  const check = latest(ctx.index.checks.get(criterion.id), day);
  const checkJson = check && { date: check.date, met: check.met, evidence: check.evidence, recordedBy: check.recordedBy };
  if (automatic !== undefined && (automatic !== 'unknown' || !check)) {
    return { criterion: criterion.id, text: criterion.text, state: automatic, basis: 'automatic', needs, check: checkJson };
  }
  return { criterion: criterion.id, text: criterion.text, state: !check ? 'unknown' : check.met ? 'met' : 'unmet', basis: 'manual', needs, check: checkJson };
}

/**
 * A milestone on `day`: readiness (criteria met of total), the latest decision, and at risk when, without a
 * decision, its date is at most `gateAtRiskWeeks` weeks ahead and a criterion is not met.
 */
export function gateOn(ctx: StatusContext, m: Milestone, day: number): GateStatus {
  const gateDay = dayOf(m.date);
  const criteria = m.criteria.map((c) => criterionOn(ctx, c, gateDay, day));
  const met = criteria.filter((c) => c.state === 'met').length;
  const decision = latest(ctx.index.decisions.get(m.id), day);
  const atRisk = !decision && met < criteria.length && day <= gateDay && day >= gateDay - ctx.options.gateAtRiskWeeks * 7;
  const state: GateState =
    decision ? 'decided'
    : day > gateDay ? 'passed'
    : atRisk ? 'at-risk'
    : met === criteria.length ? 'ready'
    : 'open';
  return {
    milestone: m.id,
    name: m.name,
    month: m.month,
    date: m.date,
    gate: m.gate,
    daysUntil: gateDay - day,
    state,
    met,
    total: criteria.length,
    atRisk,
    criteria,
    decision: decision && { outcome: decision.outcome, date: decision.date, conditions: decision.conditions, decidedBy: decision.decidedBy, note: decision.note },
  };
}

/** The days on which an input of the gate changes: records of its linked efforts and KPIs, its checks and decisions. */
export function gateBreakpoints(ctx: StatusContext, m: Milestone): (readonly number[])[] {
  const lists: (readonly number[])[] = [ctx.index.decisions.get(m.id)?.days ?? []];
  for (const c of m.criteria) {
    lists.push(ctx.index.checks.get(c.id)?.days ?? []);
    for (const n of c.needs) lists.push(n.kind === 'effort-finished' ? ctx.efforts.get(n.effort)!.progress.days : ctx.kpis.get(n.kpi)!.series.days);
  }
  return lists;
}
