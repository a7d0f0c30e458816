import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale.js';

describe('negotiateLocale', () => {
  it.each([
    ['nl', 'nl'],
    ['en', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['en-GB,en;q=0.9,nl;q=0.8', 'en'],
    ['NL-be', 'nl'],
    ['de-DE,en-US;q=0.7,nl;q=0.9', 'nl'],
    ['fr, en;q=0.5', 'en'],
    ['nl;q=0.4, en;q=0.6', 'en'],
    ['nl;q=0, en;q=0.1', 'en'],
  ] as const)('answers %s in %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('keeps the first of two equally preferred languages', () => {
    expect(negotiateLocale('nl;q=0.8, en;q=0.8')).toBe('nl');
    expect(negotiateLocale('en, nl')).toBe('en');
  });

  it('answers in English when no language of ours is asked for', () => {
    for (const header of [undefined, null, '', '*', 'de-DE', 'fr;q=1, de', 'nl;q=0', 'garbage;;;']) {
      expect(negotiateLocale(header), String(header)).toBe('en');
    }
  });

  it('reads an unreadable quality as the default 1', () => {
    expect(negotiateLocale('nl;q=abc, en;q=0.9')).toBe('nl');
  });
});
