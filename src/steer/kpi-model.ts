import type { Kpi, Measurement, Programme, Tolerances } from '../model/index.js';
import { dayOf, lastAtOrBefore, monthEndDay } from './day-number.js';
import { EMPTY_TIMELINE } from './record-index.js';
import type { RecordIndex, Timeline } from './record-index.js';
import type { ResolvedStatusOptions } from './status-options.js';

/** Slack for comparing computed ratios and values, so that 0.9 computed as 0.8999999999 still counts as 0.9. */
export const EPSILON = 1e-9;

/** A measurement moment that expects a number: a numeric target that is not "n.m.". */
export interface MeasurementMoment {
  readonly moment: string;
  readonly day: number;
  /** Last day a measurement counts for this moment. */
  readonly dueDay: number;
  /** A measurement counts for this moment when dated after this day (the previous moment's due day). */
  readonly opensAfter: number;
  readonly value: number;
}

/** A KPI's plan and measurements, prepared once so that it can be evaluated at any day cheaply. */
export interface KpiModel {
  readonly kpi: Kpi;
  /** +1 when higher is better, −1 when lower is better: multiplying by it turns every rule into "higher is better". */
  readonly sign: 1 | -1;
  readonly tolerances: Tolerances;
  readonly startDay: number;
  /** Points of the planned trajectory, ascending; after the last one the plan holds the goal. */
  readonly planDays: readonly number[];
  readonly planValues: readonly number[];
  /** The plan's baseline: its value, 0 for a relative unit, undefined for "n.m.". */
  readonly planBaseline: number | undefined;
  readonly goal: number;
  readonly deadlineDay: number;
  readonly moments: readonly MeasurementMoment[];
  readonly series: Timeline<Measurement>;
  /** Index in `series` of the first measurement dated on or after the programme start. */
  readonly firstInProgramme: number;
}

/** Prepares a KPI: its planned trajectory, its measurement moments and its sorted measurements. */
export function kpiModel(programme: Programme, kpi: Kpi, index: RecordIndex, options: ResolvedStatusOptions): KpiModel {
  const startDay = dayOf(programme.startDate);
  const relative = kpi.unit.kind === 'relative';
  // A relative unit measures the change from the baseline, so its baseline is 0 by definition.
  const planBaseline = kpi.baseline.value ?? (relative ? 0 : undefined);
  const numeric = kpi.targets.filter((t): t is typeof t & { value: number } => t.measured && t.value !== undefined);

  const planDays: number[] = [];
  const planValues: number[] = [];
  if (planBaseline !== undefined) {
    planDays.push(startDay);
    planValues.push(planBaseline);
  }
  for (const t of numeric) {
    planDays.push(monthEndDay(programme.start, t.month));
    planValues.push(t.value);
  }
  // A deadline after the last target adds the goal as the plan's last point.
  if (!numeric.some((t) => t.month >= kpi.deadline)) {
    planDays.push(monthEndDay(programme.start, kpi.deadline));
    planValues.push(kpi.goal.value);
  }

  let opensAfter = startDay - 1;
  const moments = numeric.map((t) => {
    const day = monthEndDay(programme.start, t.month);
    const moment = { moment: t.moment, day, dueDay: day + options.overdueGraceDays, opensAfter, value: t.value };
    opensAfter = moment.dueDay;
    return moment;
  });

  const series = index.measurements.get(kpi.id) ?? EMPTY_TIMELINE;
  let firstInProgramme = 0;
  while (firstInProgramme < series.days.length && series.days[firstInProgramme]! < startDay) firstInProgramme++;

  return {
    kpi,
    sign: kpi.direction === 'higher' ? 1 : -1,
    tolerances: kpi.tolerances ?? options.tolerances,
    startDay,
    planDays,
    planValues,
    planBaseline,
    goal: kpi.goal.value,
    deadlineDay: monthEndDay(programme.start, kpi.deadline),
    moments,
    series,
    firstInProgramme,
  };
}

/**
 * The planned value on `day`: linear between consecutive plan points, the goal after the last one,
 * undefined before the first (only possible when the baseline is "n.m.").
 */
export function plannedAt(m: KpiModel, day: number): number | undefined {
  const { planDays: d, planValues: v } = m;
  const last = d.length - 1;
  if (last < 0 || day < d[0]!) return undefined;
  if (day > d[last]!) return m.goal;
  const i = lastAtOrBefore(d, day);
  if (i === last || d[i] === day) return v[i]!;
  const f = (day - d[i]!) / (d[i + 1]! - d[i]!);
  return v[i]! + (v[i + 1]! - v[i]!) * f;
}

/** Index in `series` of the latest measurement on or before `day` from the programme start on, or −1. */
export function actualIndexAt(m: KpiModel, day: number): number {
  return lastAtOrBefore(m.series.days, day, m.firstInProgramme);
}

/**
 * The baseline achievement is measured from: the plan's; for an "n.m." baseline the earliest measurement
 * on or before `day` (a nulmeting before the start counts); undefined when there is none yet.
 */
export function baselineAt(m: KpiModel, day: number): { value: number; index: number } | undefined {
  if (m.planBaseline !== undefined) return { value: m.planBaseline, index: -1 };
  if (m.series.days.length === 0 || m.series.days[0]! > day) return undefined;
  return { value: m.series.items[0]!.value, index: 0 };
}

/**
 * Achievement: (actual − baseline) / (planned − baseline), mirrored for "lower is better".
 * When the plan asks for no progress yet (planned at or behind the baseline), or the baseline is the actual
 * measurement itself, there is no distance to divide by: achievement is 1 at or beyond the plan, otherwise
 * 1 − shortfall / |goal − baseline| (floored at 0), and 0 when the goal equals the baseline too.
 */
export function achievement(input: {
  readonly actual: number; readonly planned: number; readonly baseline: number; readonly goal: number;
  readonly sign: 1 | -1; readonly baselineIsActual?: boolean;
}): number {
  const { actual, planned, baseline, goal, sign } = input;
  const distance = sign * (planned - baseline);
  if (distance > EPSILON && !input.baselineIsActual) return (sign * (actual - baseline)) / distance;
  const shortfall = sign * (planned - actual);
  if (shortfall <= EPSILON) return 1;
  const scale = Math.abs(goal - baseline);
  return scale > EPSILON ? Math.max(0, 1 - shortfall / scale) : 0;
}

/**
 * Achievement of a KPI on `day`: its latest measurement judged against the plan on that measurement's own
 * date, so a measurement on plan stays on plan until the next one (staleness is what "overdue" reports).
 * Undefined without a measurement, or when the measurement predates the plan (an "n.m." baseline).
 */
export function achievementAt(m: KpiModel, day: number): number | undefined {
  const i = actualIndexAt(m, day);
  if (i < 0) return undefined;
  const planned = plannedAt(m, m.series.days[i]!);
  const base = baselineAt(m, day);
  if (planned === undefined || base === undefined) return undefined;
  return achievement({ actual: m.series.items[i]!.value, planned, baseline: base.value, goal: m.goal, sign: m.sign, baselineIsActual: base.index === i });
}

/** Share of the baseline→goal distance an actual covers, clamped to 0..1; at or beyond the goal is 1 even when the distance is 0. */
export function distanceShare(actual: number, baseline: number, goal: number, sign: 1 | -1): number {
  const distance = sign * (goal - baseline);
  if (distance <= EPSILON) return sign * (actual - goal) >= -EPSILON ? 1 : 0;
  return Math.min(1, Math.max(0, (sign * (actual - baseline)) / distance));
}

/** The KPI's share of its baseline→goal distance on `day`, or undefined when not measured. */
export function shareAt(m: KpiModel, day: number): number | undefined {
  const i = actualIndexAt(m, day);
  const base = baselineAt(m, day);
  if (i < 0 || base === undefined) return undefined;
  return distanceShare(m.series.items[i]!.value, base.value, m.goal, m.sign);
}

/**
 * The value a least-squares line through the latest `points` measurements (on or before `day`) projects
 * for `targetDay`. With fewer than two measurements the plan's baseline at the start joins them.
 */
export function projectAt(m: KpiModel, day: number, targetDay: number, points: number): { projected: number; points: number } | undefined {
  const last = actualIndexAt(m, day);
  if (last < 0) return undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = Math.max(m.firstInProgramme, last - points + 1); i <= last; i++) {
    xs.push(m.series.days[i]!);
    ys.push(m.series.items[i]!.value);
  }
  if (xs.length < 2) {
    const base = baselineAt(m, day);
    if (base && base.index !== last) {
      xs.unshift(base.index < 0 ? m.startDay : m.series.days[base.index]!);
      ys.unshift(base.value);
    }
  }
  if (xs.length < 2) return undefined;
  const x0 = xs[xs.length - 1]!;
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]! - x0;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - x0 - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - my);
  }
  if (sxx === 0) return undefined;
  return { projected: my + (sxy / sxx) * (targetDay - x0 - mx), points: n };
}
