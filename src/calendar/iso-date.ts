import { Temporal } from 'temporal-polyfill';

/** A calendar date as `'YYYY-MM-DD'`. Koers plans at day precision and never attaches a time zone. */
export type IsoDate = string;
/** A calendar month as `'YYYY-MM'`. */
export type YearMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** True when `text` is a real calendar date such as `2026-02-28` (not `2026-02-30`). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** True when `text` is a month such as `2026-03`. */
export function isYearMonth(text: string): boolean {
  const m = YEAR_MONTH.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

const plain = (date: IsoDate) => Temporal.PlainDate.from(date);

/** `addDays('2026-01-31', 1)` → `'2026-02-01'`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return plain(date).add({ days }).toString();
}

/** Calendar-aware: `addMonths('2026-01-31', 1)` → `'2026-02-28'`. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return plain(date).add({ months }).toString();
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return plain(from).until(plain(to), { largestUnit: 'days' }).days;
}

/** `firstDayOfMonth('2026-03')` → `'2026-03-01'`. */
export function firstDayOfMonth(month: YearMonth): IsoDate {
  return `${month}-01`;
}

/** `lastDayOfMonth('2026-02')` → `'2026-02-28'`. */
export function lastDayOfMonth(month: YearMonth): IsoDate {
  return Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 }).add({ months: 1 }).subtract({ days: 1 }).toString();
}

/** `yearMonthOf('2026-03-15')` → `'2026-03'`. */
export function yearMonthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

/** `addYearMonths('2026-11', 3)` → `'2027-02'`. */
export function addYearMonths(month: YearMonth, months: number): YearMonth {
  return Temporal.PlainYearMonth.from(month).add({ months }).toString();
}

/** Whole months from one month to another: `monthsBetween('2026-01', '2026-03')` → 2. */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: IsoDate): number {
  return plain(date).dayOfWeek;
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
