import type { Band, Benefit, Programme } from '../model/index.js';
import { BAND_CEILING, plannedQuarterLevels } from '../plan/index.js';
import { monthEndDay, monthStartDay } from './day-number.js';
import { actualIndexAt, EPSILON, shareAt } from './kpi-model.js';
import type { KpiModel } from './kpi-model.js';

/** A benefit with its indicators and its planned realisation curve, prepared once. */
export interface BenefitModel {
  readonly benefit: Benefit;
  readonly indicators: readonly KpiModel[];
  /** Per quarter: first and last day, and the planned level at its end (undefined before realisation starts). */
  readonly quarterFrom: readonly number[];
  readonly quarterTo: readonly number[];
  readonly levels: readonly (number | undefined)[];
  readonly firstQuarter: number;
  /** First day of the first quarter with a band; undefined when the roadmap has none. */
  readonly realisationStartDay: number | undefined;
}

export function benefitModel(programme: Programme, benefit: Benefit, kpis: ReadonlyMap<string, KpiModel>): BenefitModel {
  const levels = plannedQuarterLevels(benefit);
  const firstQuarter = levels.findIndex((l) => l !== undefined);
  const quarterFrom = levels.map((_, q) => monthStartDay(programme.start, q * 3 + 1));
  return {
    benefit,
    indicators: benefit.indicators.map((id) => kpis.get(id)).filter((m): m is KpiModel => m !== undefined),
    quarterFrom,
    quarterTo: levels.map((_, q) => monthEndDay(programme.start, q * 3 + 3)),
    levels,
    firstQuarter,
    realisationStartDay: firstQuarter < 0 ? undefined : quarterFrom[firstQuarter],
  };
}

/**
 * Planned realisation (0–1) on `day`, interpolated linearly within each quarter: the same curve as
 * `plannedRealisationAt` in src/plan, evaluated on day numbers (a test keeps the two identical).
 */
export function plannedRealisationOn(b: BenefitModel, day: number): number | undefined {
  if (b.firstQuarter < 0) return undefined;
  let previous = 0;
  for (let q = 0; q < b.levels.length; q++) {
    const level = b.levels[q];
    if (level === undefined) continue;
    const from = b.quarterFrom[q]!;
    const to = b.quarterTo[q]!;
    if (day < from) return q === b.firstQuarter ? undefined : previous;
    if (day <= to) return previous + (level - previous) * ((day - from + 1) / (to - from + 1));
    previous = level;
  }
  return previous;
}

/** Mean distance share over the indicators measured by `day`, or undefined when none is. */
export function realisationOn(b: BenefitModel, day: number): { value: number; measured: number } | undefined {
  let sum = 0;
  let measured = 0;
  for (const k of b.indicators) {
    const share = shareAt(k, day);
    if (share === undefined) continue;
    sum += share;
    measured++;
  }
  return measured === 0 ? undefined : { value: sum / measured, measured };
}

/** The day of the latest indicator measurement on or before `day`: the day a realisation is judged on. */
export function measuredDayOn(b: BenefitModel, day: number): number | undefined {
  let latest: number | undefined;
  for (const k of b.indicators) {
    const i = actualIndexAt(k, day);
    if (i >= 0 && (latest === undefined || k.series.days[i]! > latest)) latest = k.series.days[i]!;
  }
  return latest;
}

/** Being realised: its planned realisation has started, or something has been realised already. */
export function beingRealisedOn(b: BenefitModel, day: number): boolean {
  return plannedRealisationOn(b, day) !== undefined || (realisationOn(b, day)?.value ?? 0) > EPSILON;
}

/**
 * The band reached: Basis below 30%, Groei below 70%, Target from 70%; Borging once every indicator was
 * at its goal at each of the benefit's last `held` measurement dates.
 */
export function bandOn(b: BenefitModel, day: number, held: number): Band | undefined {
  const r = realisationOn(b, day);
  if (!r) return undefined;
  if (r.value < BAND_CEILING.basis - EPSILON) return 'basis';
  if (r.value < BAND_CEILING.groei - EPSILON) return 'groei';
  const days = lastMeasurementDays(b, day, held);
  const atGoal = (d: number) => {
    const x = realisationOn(b, d);
    return x !== undefined && x.measured === b.indicators.length && x.value >= 1 - EPSILON;
  };
  return days.length >= held && days.every(atGoal) ? 'borging' : 'target';
}

/** The latest `n` distinct dates on or before `day` at which any indicator was measured, newest first. */
export function lastMeasurementDays(b: BenefitModel, day: number, n: number): number[] {
  const all = new Set<number>();
  for (const k of b.indicators) {
    const last = actualIndexAt(k, day);
    for (let i = last; i >= Math.max(k.firstInProgramme, last - n + 1) && i >= 0; i--) all.add(k.series.days[i]!);
  }
  return [...all].sort((x, y) => y - x).slice(0, n);
}

/** The days on which a step input of the benefit changes: its indicators' measurement days and the start of its plan. */
export function benefitBreakpoints(b: BenefitModel): (readonly number[])[] {
  const lists: (readonly number[])[] = b.indicators.map((k) => k.series.days);
  if (b.realisationStartDay !== undefined) lists.push([b.realisationStartDay]);
  return lists;
}
