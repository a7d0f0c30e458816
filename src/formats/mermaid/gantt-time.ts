import dayjs from 'dayjs';
import advancedFormat from 'dayjs/plugin/advancedFormat.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { IsoDate } from '../../calendar/index.js';

// The plugins Mermaid 11 loads, so that dayjs parses and formats exactly as in Mermaid; `utc` lets
// Koers compute on local date-times without reading the machine's time zone.
dayjs.extend(isoWeek);
dayjs.extend(customParseFormat);
dayjs.extend(advancedFormat);
dayjs.extend(utc);

/**
 * A moment on Mermaid's time line: milliseconds of a local date-time, counted as if it were UTC.
 * Mermaid computes in the viewer's local time; for a viewer without daylight saving time in the
 * chart's range, these values are exactly Mermaid's.
 */
export type Instant = number;

const DAY = 86_400_000;
const DEFAULT_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

/** dayjs' strict parse, as Mermaid calls it: `dayjs(text, format.trim(), true)`. */
export function parseStrict(text: string, format: string): Instant | undefined {
  const d = dayjs.utc(text, format.trim(), true);
  return d.isValid() ? d.valueOf() : undefined;
}

/** dayjs' format; Mermaid's empty `dateFormat` formats with dayjs' default. */
export function formatInstant(t: Instant, format: string): string {
  return dayjs.utc(t).format(format.trim() || DEFAULT_FORMAT);
}

export type DurationUnit = 'd' | 'w' | 'M' | 'y' | 'h' | 'm' | 's' | 'ms';

/** Mermaid's duration syntax: a number, optionally with decimals, and a unit (`1.5d`, `3M`, `90m`). */
export function parseMermaidDuration(text: string): { value: number; unit: DurationUnit } | undefined {
  const m = /^(\d+(?:\.\d+)?)([Mdhmswy]|ms)$/.exec(text.trim());
  return m ? { value: Number.parseFloat(m[1]!), unit: m[2] as DurationUnit } : undefined;
}

const DAYJS_UNIT = { d: 'day', w: 'week', M: 'month', y: 'year', h: 'hour', m: 'minute', s: 'second', ms: 'millisecond' } as const;

/**
 * dayjs' `add`, which Mermaid uses: days and weeks round to whole days (`Math.round`), months and
 * years drop their fraction, hours and smaller are exact.
 */
export function addDuration(t: Instant, value: number, unit: DurationUnit): Instant | undefined {
  const d = dayjs.utc(t).add(value, DAYJS_UNIT[unit]);
  return d.isValid() ? d.valueOf() : undefined;
}

export function addDaysTo(t: Instant, days: number): Instant {
  return dayjs.utc(t).add(days, 'day').valueOf();
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(t: Instant): number {
  return dayjs.utc(t).isoWeekday();
}

/** The English weekday name in lower case, as Mermaid compares it with `excludes`. */
export function weekdayNameOf(t: Instant): string {
  return dayjs.utc(t).format('dddd').toLowerCase();
}

/** `2026-01-05T09:30:00.000` */
export function localDateTime(t: Instant): string {
  return new Date(t).toISOString().slice(0, 23);
}

/** The day an instant falls on. */
export function dayOf(t: Instant): IsoDate {
  return new Date(t).toISOString().slice(0, 10);
}

export const isMidnight = (t: Instant): boolean => ((t % DAY) + DAY) % DAY === 0;

/** The last whole day a period ending at `end` (exclusive) touches. */
export function lastDayBefore(end: Instant): IsoDate {
  return dayOf(isMidnight(end) ? end - DAY : end);
}

/** Midnight of an ISO date. */
export function instantOf(date: IsoDate): Instant {
  return Date.parse(`${date}T00:00:00.000Z`);
}
