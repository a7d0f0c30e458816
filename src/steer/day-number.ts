import type { IsoDate, YearMonth } from '../calendar/index.js';

/*
 * Days since 1970-01-01 by plain arithmetic (H. Hinnant's civil-calendar algorithms). The status engine
 * compares and subtracts dates in its inner loops, where a Temporal object per date costs too much;
 * the calendar module stays the reference and the tests check these against it.
 */

const digits = (s: string, from: number, length: number) => {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
};

function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @example dayOf('1970-01-02') // 1 */
export function dayOf(date: IsoDate): number {
  return civilDay(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** @example dateOfDay(1) // '1970-01-02' */
export function dateOfDay(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** First day of programme month `month` (1 = the start month), as a day number. */
export function monthStartDay(start: YearMonth, month: number): number {
  const index = digits(start, 0, 4) * 12 + digits(start, 5, 2) - 1 + month - 1;
  return civilDay(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Last day of programme month `month`, as a day number: where milestone and measurement moment `M<month>` fall. */
export function monthEndDay(start: YearMonth, month: number): number {
  return monthStartDay(start, month + 1) - 1;
}

/** Index of the last entry of an ascending array that is ≤ `day`, or −1. */
export function lastAtOrBefore(days: readonly number[], day: number, from = 0): number {
  let lo = from;
  let hi = days.length - 1;
  let found = from - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < from ? -1 : found;
}
