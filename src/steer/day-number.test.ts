import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, monthEnd, monthStart } from '../calendar/index.js';
import { dateOfDay, dayOf, lastAtOrBefore, monthEndDay, monthStartDay } from './day-number.js';

describe('day numbers', () => {
  it('count days from 1970-01-01 like the calendar module', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('2026-03-01') - dayOf('2026-02-28')).toBe(1);
    expect(dayOf('2028-03-01') - dayOf('2028-02-28')).toBe(2);
    fc.assert(fc.property(fc.integer({ min: -30000, max: 60000 }), fc.integer({ min: -800, max: 800 }), (offset, delta) => {
      const a = addDays('1970-01-01', offset);
      const b = addDays(a, delta);
      expect(dayOf(a)).toBe(offset);
      expect(dayOf(b) - dayOf(a)).toBe(daysBetween(a, b));
      expect(dateOfDay(dayOf(b))).toBe(b);
    }), { numRuns: 300 });
  });

  it('put programme months where the calendar module does', () => {
    for (const start of ['2026-01', '2027-11', '2028-02']) {
      for (let month = 1; month <= 40; month++) {
        expect(dateOfDay(monthEndDay(start, month))).toBe(monthEnd(start, month));
        expect(dateOfDay(monthStartDay(start, month))).toBe(monthStart(start, month));
      }
    }
  });

  it('finds the last entry at or before a day', () => {
    const days = [1, 3, 3, 7];
    expect(lastAtOrBefore(days, 0)).toBe(-1);
    expect(lastAtOrBefore(days, 3)).toBe(2);
    expect(lastAtOrBefore(days, 6)).toBe(2);
    expect(lastAtOrBefore(days, 99)).toBe(3);
    expect(lastAtOrBefore(days, 2, 2)).toBe(-1);
  });
});
