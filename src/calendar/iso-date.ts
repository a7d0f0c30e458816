// Calendar arithmetic on UTC midnights, where every day has 24 hours, so no time zone or daylight saving
// can shift a date. (Temporal's PlainDate does the same, but its polyfill costs the CLI's start.)

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
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when `text` is a month such as `2026-03`. */
export function isYearMonth(text: string): boolean {
  const m = YEAR_MONTH.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

const DAY_MS = 86_400_000;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const parts = (date: IsoDate) => date.split('-').map(Number) as [number, number, number];
const utc = (date: IsoDate) => {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** `addDays('2026-01-31', 1)` → `'2026-02-01'`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(utc(date) + days * DAY_MS);
}

/** Calendar-aware: `addMonths('2026-01-31', 1)` → `'2026-02-28'` (the day is clamped to the month's end). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return fromUtc(Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month))));
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** `firstDayOfMonth('2026-03')` → `'2026-03-01'`. */
export function firstDayOfMonth(month: YearMonth): IsoDate {
  return `${month}-01`;
}

/** `lastDayOfMonth('2026-02')` → `'2026-02-28'`. */
export function lastDayOfMonth(month: YearMonth): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** `yearMonthOf('2026-03-15')` → `'2026-03'`. */
export function yearMonthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

/** `addYearMonths('2026-11', 3)` → `'2027-02'`. */
export function addYearMonths(month: YearMonth, months: number): YearMonth {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** Whole months from one month to another: `monthsBetween('2026-01', '2026-03')` → 2. */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(utc(date)).getUTCDay() || 7;
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
