// The date field's reading and writing of dates, without a browser.
import { describe, expect, it } from 'vitest';
import { addMonths, firstDayOfWeek, formatDateText, monthWeeks, readDateText } from '../web/src/components/date-field-text.js';

describe('date field text', () => {
  it('writes dd-mm-jjjj in Dutch and dd/mm/yyyy in English', () => {
    expect(formatDateText('2026-03-05', 'nl')).toBe('05-03-2026');
    expect(formatDateText('2026-03-05', 'en')).toBe('05/03/2026');
    expect(formatDateText('', 'nl')).toBe('');
  });

  it.each([
    ['31-03-2026', '2026-03-31'],
    ['5-3-2026', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    [' 29-02-2028 ', '2028-02-29'],
    ['2026-03-31', '2026-03-31'],
    ['31032026', '2026-03-31'],
  ])('reads %s as %s, day first whatever the language', (text, iso) => {
    expect(readDateText(text)).toEqual({ kind: 'date', iso });
  });

  it('tells text that can still become a date from text that cannot', () => {
    for (const text of ['3', '31', '31-', '31-0', '31-03', '31-03-', '31-03-202', '2026', '2026-0', '2026-03-', '2026-03-3']) {
      expect(readDateText(text), text).toEqual({ kind: 'partial' });
    }
    for (const text of ['32', '31-13', 'maart', '31-03-2026x', '2026-03-4', '2026-13']) {
      expect(readDateText(text), text).toEqual({ kind: 'invalid', reason: 'format' });
    }
    expect(readDateText('')).toEqual({ kind: 'empty' });
  });

  it('refuses days that do not exist', () => {
    for (const text of ['30-02-2026', '29-02-2026', '2026-04-31', '31/06/2026']) expect(readDateText(text), text).toEqual({ kind: 'invalid', reason: 'no-such-day' });
  });

  it('lays a month out in weeks from the locale\'s first weekday: Monday in nl-NL, Sunday in en-US', () => {
    expect(firstDayOfWeek('nl-NL')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(7);
    // March 2026 starts on a Sunday.
    const monday = monthWeeks(2026, 3, 1);
    expect(monday[0]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, '2026-03-01']);
    expect(monday.at(-1)).toEqual(['2026-03-30', '2026-03-31', undefined, undefined, undefined, undefined, undefined]);
    expect(monthWeeks(2026, 3, 7)[0]![0]).toBe('2026-03-01');
    expect(monday.flat().filter(Boolean)).toHaveLength(31);
  });

  it('moves by months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
  });
});
