import type { IsoDate } from '../../calendar/index.js';
import type { PlanValue, Unit } from '../../model/index.js';
import type { Lang } from './document.js';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const SHORT: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['Jan', 'Feb', 'Mrt', 'Apr', 'Mei', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The label of an unmeasured moment, as the seed writes it. */
export const NOT_MEASURED_LABEL = 'n.m.';

const monthIndex = (date: IsoDate) => Number(date.slice(5, 7)) - 1;
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);

/** `2026-01-10` → `10 januari 2026` / `10 January 2026`. */
export function longDate(date: IsoDate, lang: Lang): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[lang][monthIndex(date)]} ${date.slice(0, 4)}`;
}

/** `2026-03-31` → `Mrt 26`, the seed's gate table style. */
export function shortMonth(date: IsoDate, lang: Lang): string {
  return `${SHORT[lang][monthIndex(date)]} ${date.slice(2, 4)}`;
}

/** `2026-03-31` → `31 mrt 2026`. */
export function shortDate(date: IsoDate, lang: Lang): string {
  const month = SHORT[lang][monthIndex(date)]!;
  return `${Number(date.slice(8, 10))} ${lang === 'nl' ? month.toLocaleLowerCase('nl') : month} ${date.slice(0, 4)}`;
}

/** `2025-12-31` → `december 2025`. */
export function monthYear(date: IsoDate, lang: Lang): string {
  return `${MONTHS[lang][monthIndex(date)]} ${date.slice(0, 4)}`;
}

/**
 * A period as the seed writes it: `Januari - Maart 2026`, or with both years when they differ:
 * `Oktober 2026 - Juni 2027`.
 */
export function period(from: IsoDate, to: IsoDate, lang: Lang): string {
  const a = capitalise(MONTHS[lang][monthIndex(from)]!);
  const b = capitalise(MONTHS[lang][monthIndex(to)]!);
  return from.slice(0, 4) === to.slice(0, 4) ? `${a} - ${b} ${to.slice(0, 4)}` : `${a} ${from.slice(0, 4)} - ${b} ${to.slice(0, 4)}`;
}

/** A share as a whole percentage: `0.873` → `87%`. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

const trim = (n: number, decimals: number) => String(Number(n.toFixed(decimals)));

/**
 * A KPI value in its unit, in the seed's notation: `10%`, `6.0`, `12`, `+15%`, `3.5 jr`.
 *
 * @example kpiValue({ kind: 'relative', base: '3 jaar' }, 5, 'nl') // '+5%'
 */
export function kpiValue(unit: Unit, value: number, lang: Lang): string {
  switch (unit.kind) {
    case 'percentage':
      return `${trim(value, 1)}%`;
    case 'score':
      return value.toFixed(1);
    case 'count':
      return trim(value, 1);
    case 'relative':
      return `${value > 0 ? '+' : ''}${trim(value, 1)}%`;
    case 'years':
      return `${trim(value, 1)} ${lang === 'nl' ? 'jr' : 'yrs'}`;
    case 'number':
      return unit.symbol ? `${trim(value, 2)} ${unit.symbol}` : trim(value, 2);
  }
}

/** A planned value: its label when the plan gives one, `n.m.` when not measured, else the number in its unit. */
export function planValue(unit: Unit, value: PlanValue & { readonly measured?: boolean }, lang: Lang): string {
  if (value.label !== undefined) return value.label;
  if (value.measured === false || value.value === undefined) return NOT_MEASURED_LABEL;
  return kpiValue(unit, value.value, lang);
}

/** `FUNDAMENT` → `Fundament`; mixed-case names stay as written. */
export function displayName(name: string): string {
  return name === name.toLocaleUpperCase('nl') ? name.charAt(0) + name.slice(1).toLocaleLowerCase('nl') : name;
}
