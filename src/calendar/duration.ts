import { addDays, addMonths } from './iso-date.js';
import type { IsoDate } from './iso-date.js';

export type DurationUnit = 'days' | 'weeks' | 'months' | 'years';

/** A planning duration such as "6 maanden". */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const UNITS: Record<string, DurationUnit> = {
  d: 'days', dag: 'days', dagen: 'days', day: 'days', days: 'days',
  w: 'weeks', wk: 'weeks', week: 'weeks', weken: 'weeks', weeks: 'weeks',
  M: 'months', mnd: 'months', maand: 'months', maanden: 'months', month: 'months', months: 'months',
  y: 'years', j: 'years', jr: 'years', jaar: 'years', jaren: 'years', year: 'years', years: 'years',
};

/** What `parseDuration` accepts, for error messages. */
export const DURATION_HINT = 'a whole number and a unit, such as "6 maanden", "6M", "2 weken", "10 dagen" or "1 jaar"';

/**
 * Parses a Dutch or English duration. `M` is months; a lower-case `m` is refused because it reads as minutes.
 *
 * @example parseDuration('6 maanden') // { amount: 6, unit: 'months' }
 */
export function parseDuration(text: string): Duration | undefined {
  const m = /^\s*(\d+)\s*([A-Za-z]+)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = UNITS[m[2]!] ?? UNITS[m[2]!.toLowerCase() === 'm' ? '' : m[2]!.toLowerCase()];
  const amount = Number(m[1]);
  if (!unit || amount < 1) return undefined;
  return { amount, unit };
}

/**
 * The last day covered by a duration that starts on `start`, so 6 months from 1 March ends on 31 August.
 *
 * @example inclusiveEnd('2026-03-01', { amount: 6, unit: 'months' }) // '2026-08-31'
 */
export function inclusiveEnd(start: IsoDate, duration: Duration): IsoDate {
  const { amount, unit } = duration;
  const exclusive =
    unit === 'days' ? addDays(start, amount)
    : unit === 'weeks' ? addDays(start, amount * 7)
    : addMonths(start, unit === 'months' ? amount : amount * 12);
  return addDays(exclusive, -1);
}
