import { isIsoDate } from '../../calendar/index.js';
import type { IsoDate } from '../../calendar/index.js';

/** A date read from text, with the style it was written in. */
export type DateText =
  | { readonly ok: true; readonly date: IsoDate; readonly style: 'dmy' | 'iso' }
  | { readonly ok: false; readonly reason: 'not-a-date' | 'no-such-day' | 'short-year' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/u;
const DUTCH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/u;
const SHORT_YEAR = /^\d{1,2}([-/.])\d{1,2}\1\d{2}$/u;

/**
 * Reads `dd-mm-jjjj` (also `d-m-jjjj`, `dd/mm/jjjj`, `dd.mm.jjjj`) or ISO `jjjj-mm-dd`.
 * Day-month order is Dutch: `03/04/2026` is 3 April.
 *
 * @example parseDateText('31-3-2026') // { ok: true, date: '2026-03-31', style: 'dmy' }
 */
export function parseDateText(text: string): DateText {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) return calendarDate(iso[1]!, iso[2]!, iso[3]!, 'iso');
  const dutch = DUTCH.exec(s);
  if (dutch) return calendarDate(dutch[4]!, dutch[3]!, dutch[1]!, 'dmy');
  return { ok: false, reason: SHORT_YEAR.test(s) ? 'short-year' : 'not-a-date' };
}

function calendarDate(year: string, month: string, day: string, style: 'dmy' | 'iso'): DateText {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(date) ? { ok: true, date, style } : { ok: false, reason: 'no-such-day' };
}

/** `'2026-03-31'` → `'31-03-2026'` (dmy) or unchanged (iso). */
export function formatDate(date: IsoDate, style: 'dmy' | 'iso'): string {
  return style === 'iso' ? date : `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}
