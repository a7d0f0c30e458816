import { firstDayOfMonth, inclusiveEnd, isIsoDate, isYearMonth, lastDayOfMonth, parseDuration } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';

/**
 * Resolves an effort's written start/end/duration to inclusive dates: a start month means its first day,
 * an end month its last day, and a duration counts from the start (`2026-03` + `6 maanden` ends 2026-08-31).
 */
export function effortDates(effort: { start?: unknown; end?: unknown; duration?: unknown }): { start: IsoDate; end: IsoDate } | undefined {
  const { start: s, end: e, duration: d } = effort;
  if (typeof s !== 'string') return undefined;
  const start = isIsoDate(s) ? s : isYearMonth(s) ? firstDayOfMonth(s) : undefined;
  if (!start) return undefined;
  if (typeof e === 'string') {
    const end = isIsoDate(e) ? e : isYearMonth(e) ? lastDayOfMonth(e) : undefined;
    return end ? { start, end } : undefined;
  }
  const duration = typeof d === 'string' ? parseDuration(d) : undefined;
  return duration ? { start, end: inclusiveEnd(start, duration) } : undefined;
}
