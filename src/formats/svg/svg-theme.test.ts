import { describe, expect, it } from 'vitest';
import { displayName, shortDate, STATE_COLOUR, SVG_TEXT, THEME } from './svg-theme.js';

/** WCAG 2 contrast ratio of two `#RRGGBB` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('SVG theme contrast (WCAG 2.1)', () => {
  const backgrounds = [THEME.background, THEME.zebra, THEME.bandFill, THEME.headerFill, THEME.phaseTint];

  it('knows the contrast formula', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21);
    expect(contrast('#777777', '#FFFFFF')).toBeCloseTo(4.48, 1);
  });

  it('gives every text colour at least 4.5:1 on every surface it is drawn on', () => {
    for (const text of [THEME.ink, THEME.text, THEME.muted]) {
      for (const bg of backgrounds) expect(contrast(text, bg), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const dark of [...THEME.phases, THEME.asOf]) expect(contrast(THEME.onDark, dark), `white on ${dark}`).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every bar, milestone and line colour at least 3:1 against the surfaces (non-text contrast)', () => {
    for (const colour of [...Object.values(STATE_COLOUR), THEME.milestone, THEME.asOf]) {
      for (const bg of backgrounds) expect(contrast(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses a distinct colour for every state', () => {
    expect(new Set(Object.values(STATE_COLOUR)).size).toBe(Object.keys(STATE_COLOUR).length);
  });
});

describe('SVG texts', () => {
  it('formats dates and phase names in both languages', () => {
    expect(shortDate(SVG_TEXT.nl, '2026-03-05')).toBe('5 mrt 2026');
    expect(shortDate(SVG_TEXT.en, '2026-03-05')).toBe('5 Mar 2026');
    expect(displayName('FUNDAMENT')).toBe('Fundament');
    expect(displayName('Pilot PO')).toBe('Pilot PO');
    expect(SVG_TEXT.nl.milestones(1)).toBe('1 mijlpaal');
    expect(SVG_TEXT.nl.milestones(6)).toBe('6 mijlpalen');
  });
});
