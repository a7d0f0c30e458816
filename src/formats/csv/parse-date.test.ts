import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, parseDateText } from './parse-date.js';

const date = (text: string) => {
  const r = parseDateText(text);
  return r.ok ? r.date : r.reason;
};

describe('parseDateText', () => {
  it('reads Dutch day-month-year in its variants', () => {
    expect(date('31-03-2026')).toBe('2026-03-31');
    expect(date('1-4-2026')).toBe('2026-04-01');
    expect(date('03/04/2026')).toBe('2026-04-03');
    expect(date('3.4.2026')).toBe('2026-04-03');
    expect(parseDateText('31-03-2026')).toMatchObject({ style: 'dmy' });
  });

  it('reads ISO dates, also with a midnight time as some exports add', () => {
    expect(date('2026-03-31')).toBe('2026-03-31');
    expect(date('2026-3-1')).toBe('2026-03-01');
    expect(date('2026-03-31T00:00:00')).toBe('2026-03-31');
    expect(parseDateText('2026-03-31')).toMatchObject({ style: 'iso' });
  });

  it('tells impossible days, two-digit years and other text apart', () => {
    expect(date('31-02-2026')).toBe('no-such-day');
    expect(date('03/31/2026')).toBe('no-such-day');
    expect(date('2026-13-01')).toBe('no-such-day');
    expect(date('31-03-26')).toBe('short-year');
    expect(date('31-03/2026')).toBe('not-a-date');
    expect(date('maart 2026')).toBe('not-a-date');
    expect(date('2026-03-31T14:00')).toBe('not-a-date');
  });

  it('reads back what formatDate writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(date(formatDate(iso, 'dmy'))).toBe(iso);
        expect(date(formatDate(iso, 'iso'))).toBe(iso);
      }),
    );
  });
});
