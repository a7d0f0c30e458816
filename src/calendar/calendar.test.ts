import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { inclusiveEnd, parseDuration } from './duration.js';
import { addDays, addMonths, dayOfWeek, daysBetween, isIsoDate, isYearMonth, lastDayOfMonth } from './iso-date.js';
import { monthEnd, monthStart, programmeMonthOf } from './programme-month.js';

describe('calendar', () => {
  it('validates dates and months strictly', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isYearMonth('2026-12')).toBe(true);
    expect(isYearMonth('2026-13')).toBe(false);
  });

  it('puts milestone "M3" on the last day of programme month 3', () => {
    expect(monthEnd('2026-01', 3)).toBe('2026-03-31');
    expect(monthEnd('2026-01', 14)).toBe('2027-02-28');
    expect(monthEnd('2027-12', 3)).toBe('2028-02-29');
    expect(monthStart('2026-01', 18)).toBe('2027-06-01');
    expect(programmeMonthOf('2026-01', '2026-11-23')).toBe(11);
    expect(programmeMonthOf('2026-01', '2025-12-31')).toBe(0);
  });

  it('parses Dutch and English durations', () => {
    expect(parseDuration('6 maanden')).toEqual({ amount: 6, unit: 'months' });
    expect(parseDuration('1 maand')).toEqual({ amount: 1, unit: 'months' });
    expect(parseDuration('6M')).toEqual({ amount: 6, unit: 'months' });
    expect(parseDuration('2 weken')).toEqual({ amount: 2, unit: 'weeks' });
    expect(parseDuration('10 dagen')).toEqual({ amount: 10, unit: 'days' });
    expect(parseDuration('1 jaar')).toEqual({ amount: 1, unit: 'years' });
    expect(parseDuration('3 months')).toEqual({ amount: 3, unit: 'months' });
    expect(parseDuration('6m')).toBeUndefined();
    expect(parseDuration('0 maanden')).toBeUndefined();
    expect(parseDuration('zes maanden')).toBeUndefined();
  });

  it('ends a duration on its last day, inclusive', () => {
    expect(inclusiveEnd('2026-03-01', { amount: 6, unit: 'months' })).toBe('2026-08-31');
    expect(inclusiveEnd('2026-01-31', { amount: 1, unit: 'months' })).toBe('2026-02-27');
    expect(inclusiveEnd('2026-03-02', { amount: 2, unit: 'weeks' })).toBe('2026-03-15');
    expect(inclusiveEnd('2026-03-02', { amount: 1, unit: 'days' })).toBe('2026-03-02');
    expect(inclusiveEnd('2028-02-29', { amount: 1, unit: 'years' })).toBe('2029-02-27');
  });

  it('does month and day arithmetic on the calendar', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });
});

describe('calendar arithmetic agrees with Temporal', () => {
  const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  it('for days, months, weekdays and month ends', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -60, max: 60 }), (a, b, days, months) => {
        const pa = Temporal.PlainDate.from(a);
        expect(addDays(a, days)).toBe(pa.add({ days }).toString());
        expect(addMonths(a, months)).toBe(pa.add({ months }).toString());
        expect(daysBetween(a, b)).toBe(pa.until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days);
        expect(dayOfWeek(a)).toBe(pa.dayOfWeek);
        expect(lastDayOfMonth(a.slice(0, 7))).toBe(pa.with({ day: pa.daysInMonth }).toString());
      }),
      { numRuns: 500 },
    );
  });

  it('on which day strings are real dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        let real = true;
        try {
          Temporal.PlainDate.from(text, { overflow: 'reject' });
        } catch {
          real = false;
        }
        expect(isIsoDate(text)).toBe(real);
      }),
      { numRuns: 500 },
    );
  });
});
