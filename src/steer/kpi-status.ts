import { dateOfDay } from './day-number.js';
import { achievementAt, actualIndexAt, baselineAt, EPSILON, plannedAt, projectAt } from './kpi-model.js';
import type { KpiModel } from './kpi-model.js';
import { ragOf } from './rag.js';
import type { ResolvedStatusOptions } from './status-options.js';
import type { Forecast, KpiRagBasis, KpiStatus, OverdueMoment, OverrideStatus, Trend } from './status-types.js';

/**
 * The status of one KPI on `day`: plan, actual, achievement, RAG, overdue moments, trend and forecast.
 * `override` is the latest human judgement of its RAG on or before `day`: it becomes the RAG, and the
 * derived RAG stays beside it.
 */
export function kpiStatus(m: KpiModel, day: number, options: ResolvedStatusOptions, override?: OverrideStatus): KpiStatus {
  const { kpi, series } = m;
  const i = actualIndexAt(m, day);
  const actual = i < 0 ? undefined : { value: series.items[i]!.value, date: series.items[i]!.date };
  const planned = plannedAt(m, day);
  const base = baselineAt(m, day);
  const achievement = achievementAt(m, day);
  const plannedAtActual = i < 0 ? undefined : plannedAt(m, series.days[i]!);
  const ragBasis: KpiRagBasis = !actual ? 'no-measurement' : plannedAtActual === undefined ? 'no-plan' : 'achievement';
  const next = m.moments.find((x) => x.day > day);
  const derived = ragOf(achievement, m.tolerances);

  return {
    kpi: kpi.id,
    name: kpi.name,
    domain: kpi.domain,
    unit: kpi.unit,
    direction: kpi.direction,
    baseline: base && { value: base.value, source: base.index < 0 ? 'plan' : 'measurement', date: base.index < 0 ? undefined : series.items[base.index]!.date },
    goal: m.goal,
    deadline: dateOfDay(m.deadlineDay),
    planned,
    plannedAtActual,
    nextTarget: next && { moment: next.moment, date: dateOfDay(next.day), value: next.value },
    actual,
    achievement,
    rag: override?.rag ?? derived,
    ragBasis,
    derived: { rag: derived, basis: ragBasis },
    override: override && { rag: override.rag, rationale: override.rationale, date: override.date, recordedBy: override.recordedBy },
    tolerances: m.tolerances,
    goalReached: actual !== undefined && m.sign * (actual.value - m.goal) >= -EPSILON,
    overdue: overdueAt(m, day),
    trend: trendAt(m, day, options.flatTolerance),
    forecast: forecastAt(m, day, options.forecastPoints),
    measurements: i < 0 ? 0 : i - m.firstInProgramme + 1,
    illustrative: kpi.illustrative,
  };
}

/**
 * Moments whose window closed before `day` (month end + grace) with nothing measured since the window
 * opened (the day after the previous moment's window closed; the programme start for the first).
 */
export function overdueAt(m: KpiModel, day: number): OverdueMoment[] {
  const i = actualIndexAt(m, day);
  const lastMeasured = i < 0 ? -Infinity : m.series.days[i]!;
  return m.moments
    .filter((x) => day > x.dueDay && lastMeasured <= x.opensAfter)
    .map((x) => ({ moment: x.moment, date: dateOfDay(x.day), due: dateOfDay(x.dueDay) }));
}

/** Direction of the step between the last two measurements from the programme start on. */
export function trendAt(m: KpiModel, day: number, flatTolerance: number): Trend | undefined {
  const i = actualIndexAt(m, day);
  if (i - 1 < m.firstInProgramme) return undefined;
  const from = m.series.items[i - 1]!;
  const to = m.series.items[i]!;
  const delta = to.value - from.value;
  const direction = Math.abs(delta) <= flatTolerance + EPSILON ? 'flat' : delta > 0 ? 'up' : 'down';
  return {
    direction,
    improving: direction !== 'flat' && m.sign * delta > 0,
    delta,
    from: { value: from.value, date: from.date },
    to: { value: to.value, date: to.date },
  };
}

/**
 * Whether the goal will be met at the deadline: a least-squares line through the last `points`
 * measurements projected to the deadline; once the deadline has passed, the actual stands.
 */
export function forecastAt(m: KpiModel, day: number, points: number): Forecast | undefined {
  const deadline = dateOfDay(m.deadlineDay);
  const met = (value: number) => m.sign * (value - m.goal) >= -EPSILON;
  if (day >= m.deadlineDay) {
    const i = actualIndexAt(m, day);
    if (i < 0) return undefined;
    const value = m.series.items[i]!.value;
    return { method: 'actual', points: 1, deadline, projected: value, goal: m.goal, met: met(value) };
  }
  const fit = projectAt(m, day, m.deadlineDay, points);
  if (!fit) return undefined;
  return { method: 'linear', points: fit.points, deadline, projected: fit.projected, goal: m.goal, met: met(fit.projected) };
}
