import type { IsoDate, YearMonth } from '../calendar/index.js';

/** A programme month on the roadmap axis; it spans positions `from`…`to` (`to = from + 1`). */
export interface RoadmapMonth {
  /** Programme month, from 1. */
  readonly index: number;
  readonly yearMonth: YearMonth;
  readonly year: number;
  /** Calendar month, 1 = January. */
  readonly month: number;
  readonly days: number;
  readonly from: number;
  readonly to: number;
}

/** A calendar quarter or year on the axis, clipped to the horizon. */
export interface RoadmapSpan {
  /** `'2026-Q1'` or `'2026'`. */
  readonly key: string;
  readonly year: number;
  /** 1–4 for quarters; undefined for years. */
  readonly quarter: number | undefined;
  readonly from: number;
  readonly to: number;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a calendar month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  return leap ? 29 : DAYS[month - 1]!;
}

/**
 * A date's position on the axis in months from the programme start, at day precision: 0 is the first
 * day of month 1, `horizon` the end of the last month. `endOfDay` places the date after its own day,
 * which is what an inclusive end date needs. Plain arithmetic, because it runs once per bar.
 *
 * @example positionOf('2026-01', '2026-03-31', true) // 3
 */
export function positionOf(start: YearMonth, date: IsoDate, endOfDay = false): number {
  const sy = Number(start.slice(0, 4));
  const sm = Number(start.slice(5, 7));
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return (y - sy) * 12 + (m - sm) + (endOfDay ? d : d - 1) / daysInMonth(y, m);
}

/**
 * The programme months of a horizon with their calendar month and year. Plain arithmetic rather than
 * the calendar module, so that drawing a roadmap does not load the Temporal polyfill.
 */
export function axisMonths(start: YearMonth, horizon: number): RoadmapMonth[] {
  const months: RoadmapMonth[] = [];
  const first = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1;
  for (let index = 1; index <= horizon; index++) {
    const year = Math.floor((first + index - 1) / 12);
    const month = ((first + index - 1) % 12) + 1;
    const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
    months.push({ index, yearMonth, year, month, days: daysInMonth(year, month), from: index - 1, to: index });
  }
  return months;
}

/** Runs of consecutive months that share a key, as spans. */
function spans(months: readonly RoadmapMonth[], quarters: boolean): RoadmapSpan[] {
  const out: RoadmapSpan[] = [];
  for (const m of months) {
    const quarter = quarters ? Math.ceil(m.month / 3) : undefined;
    const key = quarter === undefined ? String(m.year) : `${m.year}-Q${quarter}`;
    const last = out.at(-1);
    if (last?.key === key) out[out.length - 1] = { ...last, to: m.to };
    else out.push({ key, year: m.year, quarter, from: m.from, to: m.to });
  }
  return out;
}

/** Calendar quarters of the axis; the first and last may be partial. */
export const axisQuarters = (months: readonly RoadmapMonth[]): RoadmapSpan[] => spans(months, true);

/** Calendar years of the axis; the first and last may be partial. */
export const axisYears = (months: readonly RoadmapMonth[]): RoadmapSpan[] => spans(months, false);
