import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUTCH_LAYOUT, ENGLISH_LAYOUT } from './column-spec.js';
import { formatNumber } from './field-types.js';
import { parseNumberText } from './parse-number.js';

const value = (text: string, currency = false) => {
  const r = parseNumberText(text, { currency });
  return r.ok ? r.value : r.reason;
};

describe('parseNumberText', () => {
  it('reads decimal commas and points', () => {
    expect(value('7,5')).toBe(7.5);
    expect(value('7.5')).toBe(7.5);
    expect(value(' 12 ')).toBe(12);
    expect(value(',5')).toBe(0.5);
    expect(value('0,125')).toBe(0.125);
    expect(value('-0,5')).toBe(-0.5);
    expect(value('\u22123')).toBe(-3);
  });

  it('reads an optional % sign and a + sign', () => {
    expect(parseNumberText('12%')).toEqual({ ok: true, value: 12, percent: true, decimal: undefined });
    expect(parseNumberText('+15 %')).toEqual({ ok: true, value: 15, percent: true, decimal: undefined });
    expect(parseNumberText('7,5%')).toEqual({ ok: true, value: 7.5, percent: true, decimal: ',' });
  });

  it('reads thousands separators when they cannot be decimals', () => {
    expect(value('1.250.000')).toBe(1250000);
    expect(value('1,250,000')).toBe(1250000);
    expect(value('1.250.000,50')).toBe(1250000.5);
    expect(value('1,250,000.50')).toBe(1250000.5);
    expect(value('1 250 000')).toBe(1250000);
    expect(value('1\u00a0250,5')).toBe(1250.5);
    expect(value('12345,678')).toBe(12345.678);
  });

  it('refuses a lone separator before exactly three digits as ambiguous', () => {
    expect(value('12.500')).toBe('ambiguous');
    expect(value('1,250')).toBe('ambiguous');
    expect(value('7,25')).toBe(7.25);
    expect(value('7,2500')).toBe(7.25);
  });

  it('reads currency only where asked', () => {
    expect(value('€ 1.250.000', true)).toBe(1250000);
    expect(value('EUR 99,95', true)).toBe(99.95);
    expect(value('125000 €', true)).toBe(125000);
    expect(value('€ 12')).toBe('not-a-number');
    // Money never has three decimals, so a lone separator before three digits is thousands.
    expect(value('€ 865.000', true)).toBe(865000);
    expect(value('1,250', true)).toBe(1250);
    expect(value('12,50', true)).toBe(12.5);
  });

  it('refuses what is not a number', () => {
    for (const text of ['7,5,1', '', '-', '1e3', 'abc', '7,', '1.2.3', '1,250.000,5', '12 34', '++1', '1.250,000.5']) {
      expect(value(text), text).toBe('not-a-number');
    }
  });

  it('reads back every number the writer writes, in both layouts', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        for (const layout of [DUTCH_LAYOUT, ENGLISH_LAYOUT]) {
          const read = parseNumberText(formatNumber(n, layout));
          expect(read.ok && read.value).toBe(n === 0 ? 0 : n);
        }
      }),
    );
  });
});
