import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../src/model/programme.js';
import { localeOf } from '../i18n/i18n.js';
import type { Language } from '../i18n/i18n.js';

/** Formatters for the current language: decimal comma and Dutch month names in nl. */
export interface Format {
  readonly lang: Language;
  readonly locale: string;
  number(value: number, digits?: number): string;
  /** A fraction (0.9) as a percentage ("90%"). */
  percent(fraction: number, digits?: number): string;
  /** `'2026-03-31'` → "31 mrt 2026" / "31 Mar 2026". */
  date(iso: string): string;
  /** `'2026-03-31'` → "31 maart 2026". */
  longDate(iso: string): string;
  /** `'2026-03'` → "mrt 2026". */
  month(yearMonth: string): string;
  /** `'2026-03'` → "mrt". */
  monthName(yearMonth: string): string;
  /** An ISO timestamp as date and time. */
  timestamp(iso: string): string;
  /** A value in a KPI's unit: "42%", "7,5 / 10", "12 per maand", "+15%". */
  unitValue(value: number, unit: Unit): string;
  /** The unit's suffix beside an input ("%", "/ 10", "jaar"). */
  unitSuffix(unit: Unit): string;
}

/** A date at noon UTC, so that formatting never shifts it a day in any time zone. */
const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

/** Formatters for the active language; stable while the language stays the same. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'nl';
  let format = formats.get(lang);
  if (!format) {
    const t = i18n.getFixedT(lang);
    formats.set(lang, (format = makeFormat(lang, (key, values) => t(key, values))));
  }
  return format;
}

/** One set of formatters per language: Intl objects are costly to make, and every view formats. */
const formats = new Map<Language, Format>();

/** Words a formatter needs, such as "per maand", come from the translations. */
export type Translate = (key: string, values: Record<string, string | number>) => string;

export function makeFormat(lang: Language, t: Translate): Format {
  const locale = localeOf(lang);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const num = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f;
  };
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const pct1 = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const longDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const format: Format = {
    lang,
    locale,
    number: (value, digits = 1) => num(digits).format(value),
    percent: (fraction, digits = 0) => (digits === 0 ? pct : pct1).format(fraction),
    date: (iso) => day.format(utc(iso)),
    longDate: (iso) => longDay.format(utc(iso)),
    month: (ym) => month.format(utc(`${ym}-15`)),
    monthName: (ym) => monthOnly.format(utc(`${ym}-15`)),
    timestamp: (iso) => stamp.format(new Date(iso)),
    unitValue(value, unit) {
      const n = num(1).format(value);
      switch (unit.kind) {
        case 'percentage': return `${n}%`;
        case 'score': return `${n} / ${num(1).format(unit.max)}`;
        case 'count': return unit.per ? `${n} ${t('unit.per', { per: unit.per })}` : n;
        case 'relative': return `${value > 0 ? '+' : ''}${n}%`;
        case 'years': return `${n} ${t('unit.years', { count: value })}`;
        case 'number': return unit.symbol ? `${n} ${unit.symbol}` : n;
      }
    },
    unitSuffix(unit) {
      switch (unit.kind) {
        case 'percentage': return '%';
        case 'score': return `/ ${num(1).format(unit.max)}`;
        case 'count': return unit.per ? t('unit.per', { per: unit.per }) : t('unit.count', {});
        case 'relative': return t('unit.relative', { base: unit.base });
        case 'years': return t('unit.years', { count: 2 });
        case 'number': return unit.symbol ?? '';
      }
    },
  };
  return format;
}
