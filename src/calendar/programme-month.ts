import { addYearMonths, firstDayOfMonth, lastDayOfMonth, monthsBetween, yearMonthOf } from './iso-date.js';
import type { IsoDate, YearMonth } from './iso-date.js';

/**
 * Programme months are numbered from 1: month 1 is the start month.
 * A milestone "M3" falls on the last day of programme month 3.
 *
 * @example monthEnd('2026-01', 3) // '2026-03-31'
 */
export function monthEnd(start: YearMonth, month: number): IsoDate {
  return lastDayOfMonth(addYearMonths(start, month - 1));
}

/** @example monthStart('2026-01', 4) // '2026-04-01' */
export function monthStart(start: YearMonth, month: number): IsoDate {
  return firstDayOfMonth(addYearMonths(start, month - 1));
}

/** The programme month a date falls in; 0 or negative before the start. */
export function programmeMonthOf(start: YearMonth, date: IsoDate): number {
  return monthsBetween(start, yearMonthOf(date)) + 1;
}

/** The calendar month of programme month `month`. */
export function calendarMonth(start: YearMonth, month: number): YearMonth {
  return addYearMonths(start, month - 1);
}
