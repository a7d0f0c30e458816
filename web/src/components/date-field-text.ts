/** The languages a date is written in; both write the day first. */
export type DateLanguage = 'nl' | 'en';

/** How a language writes a date: `31-03-2026` in Dutch, `31/03/2026` in (British) English. */
export const DATE_TEXT: Readonly<Record<DateLanguage, { readonly separator: string; readonly placeholder: string; readonly example: string }>> = {
  nl: { separator: '-', placeholder: 'dd-mm-jjjj', example: '31-03-2026' },
  en: { separator: '/', placeholder: 'dd/mm/yyyy', example: '31/03/2026' },
};

/** What a date field's text says, read as far as it goes. */
export type DateText =
  | { readonly kind: 'empty' }
  | { readonly kind: 'date'; readonly iso: string }
  /** The start of a date that may still become valid: keep typing. */
  | { readonly kind: 'partial' }
  | { readonly kind: 'invalid'; readonly reason: 'format' | 'no-such-day' };

const SEP = '[-/.\\s]';
const DMY = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4})$`, 'u');
const DMY_PART = new RegExp(`^(\\d{1,2})(?:${SEP}(\\d{0,2})(?:${SEP}(\\d{0,3}))?)?$`, 'u');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
const ISO_PART = /^(\d{4})(?:-(\d{0,2})(?:-(\d{0,1}))?)?$/u;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/u;

const pad = (n: number) => String(n).padStart(2, '0');
const inRange = (text: string | undefined, max: number) => !text || (Number(text) <= max && !(text.length === 2 && Number(text) === 0));

/** `'2026-03-31'` → `31-03-2026` (nl) or `31/03/2026` (en); `''` stays empty. */
export function formatDateText(iso: string, lang: DateLanguage): string {
  const m = ISO.exec(iso);
  return m ? [m[3], m[2], m[1]].join(DATE_TEXT[lang].separator) : '';
}

/** The ISO date of a real calendar day, or undefined (30 February is not one). */
export function isoOf(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads what someone typed into a date field: day first (`31-3-2026`, `31/03/2026`, `31.03.2026`,
 * `31032026`) in either language, or ISO `2026-03-31`. Text that can still grow into a date is
 * `partial`, so the field can tell "keep typing" from "this is wrong" while one types.
 *
 * @example readDateText('31-03-2026') // { kind: 'date', iso: '2026-03-31' }
 */
export function readDateText(text: string): DateText {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  const iso = ISO.exec(s);
  const dayFirst = iso ? undefined : (DMY.exec(s) ?? COMPACT.exec(s));
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : undefined;
  if (parts) {
    const date = isoOf(Number(parts[0]), Number(parts[1]), Number(parts[2]));
    return date ? { kind: 'date', iso: date } : { kind: 'invalid', reason: 'no-such-day' };
  }
  const dmy = DMY_PART.exec(s);
  if (dmy && inRange(dmy[1], 31) && inRange(dmy[2], 12)) return { kind: 'partial' };
  const isoStart = ISO_PART.exec(s);
  if (isoStart && inRange(isoStart[2], 12) && inRange(isoStart[3], 3)) return { kind: 'partial' };
  if (/^\d{3,8}$/u.test(s)) return { kind: 'partial' };
  return { kind: 'invalid', reason: 'format' };
}

/** Monday is 1, Sunday 7: the first day of the week in a locale (Monday in nl-NL and en-GB). */
export function firstDayOfWeek(locale: string): number {
  const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
}

/** The ISO date `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` later, or the month's last day when it is shorter (31 January + 1 → 28 February). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The weeks of a month as rows of ISO dates, with `undefined` for the days of the months around it. */
export function monthWeeks(year: number, month: number, weekStart: number): (string | undefined)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const weekday = first.getUTCDay() === 0 ? 7 : first.getUTCDay();
  const lead = (weekday - weekStart + 7) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | undefined)[] = [...Array<undefined>(lead).fill(undefined), ...Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`)];
  while (cells.length % 7 !== 0) cells.push(undefined);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
