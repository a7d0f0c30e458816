import { describe, expect, it } from 'vitest';
import { variant } from '../../../test/support/minimal-programme.js';
import { exampleProgramme, programmeFrom } from '../../../test/support/programme-fixture.js';
import { layoutRoadmap } from '../../plan/index.js';
import { CELL, GRID, monthColumn, writeAsciiRoadmap } from './write-ascii-roadmap.js';

const lines = (text: string) => text.trimEnd().split('\n');
const widths = (text: string) => new Set(lines(text).map((l) => Array.from(l).length));
const rowOf = (text: string, label: string) => Array.from(lines(text).find((l) => l.includes(label))!).slice(1, -1).join('');

describe('writeAsciiRoadmap', () => {
  const example = writeAsciiRoadmap(layoutRoadmap(exampleProgramme()));

  it('draws a closed frame: every line equally wide', () => {
    expect(widths(example).size).toBe(1);
    expect(lines(example)[0]).toMatch(/^┌═+┐$/);
    expect(lines(example).at(-1)).toMatch(/^└═+┘$/);
  });

  it('grows with the horizon, four characters a month', () => {
    const twelve = writeAsciiRoadmap(layoutRoadmap(programmeFrom()));
    const long = writeAsciiRoadmap(layoutRoadmap(programmeFrom(variant('horizon: 12', 'horizon: 48'))));
    const [w12] = widths(twelve);
    const [w48] = widths(long);
    expect(w48! - w12!).toBe(36 * CELL);
    expect(rowOf(long, 'MAAND:').trimEnd().endsWith('48')).toBe(true);
  });

  it('puts each bar under the month its effort starts, and ends it with that month', () => {
    const text = writeAsciiRoadmap(layoutRoadmap(programmeFrom()));
    const months = rowOf(text, 'JAN');
    const bar = rowOf(text, 'E2 Bouw');
    const start = bar.indexOf('[');
    expect(months.slice(start, start + 3)).toBe('APR');
    expect(bar.indexOf(']')).toBe(monthColumn(10) - 1);
    expect(bar.slice(start + 1, bar.indexOf(']'))).toMatch(/^█+$/);
  });

  it('draws doorlopend efforts with ═ and plain ASCII with --ascii-only', () => {
    const text = variant('owner: pm, dependsOn: [E1]', 'owner: pm, mode: doorlopend, dependsOn: [E1]');
    const layout = layoutRoadmap(programmeFrom(text));
    expect(rowOf(writeAsciiRoadmap(layout), 'E2 Bouw')).toMatch(/\[═+\]/);
    const plain = writeAsciiRoadmap(layout, { asciiOnly: true });
    expect(plain).toMatch(/^[\x20-\x7e\n]+$/);
    expect(rowOf(plain, 'E2 Bouw')).toMatch(/\[=+\]/);
    expect(rowOf(plain, 'E1 Ontwerp')).toMatch(/\[#+\]/);
    expect(lines(plain).map((l) => l.length)).toEqual(lines(writeAsciiRoadmap(layout)).map((l) => Array.from(l).length));
  });

  it('writes English month names and words with lang en', () => {
    const en = writeAsciiRoadmap(layoutRoadmap(exampleProgramme()), { lang: 'en' });
    expect(en).toContain('ROADMAP KLANT IN BEELD - 18 MONTHS');
    expect(rowOf(en, 'JAN')).toContain('MAY JUN JUL AUG SEP OCT');
    expect(en).toContain('Legend: [███] = Project-based  [═══] = Ongoing');
    expect(rowOf(example, 'JAN')).toContain('MEI JUN JUL AUG SEP OKT');
  });

  it('cuts long row labels at the label column and keeps the bars aligned', () => {
    const text = variant('name: Bouw,', 'name: Bouw, label: Een bijzonder lange omschrijving,');
    const out = writeAsciiRoadmap(layoutRoadmap(programmeFrom(text)));
    const row = rowOf(out, 'E2 Een');
    expect(row.slice(2, GRID - 1)).toBe('E2 Een bijzonder lang…');
    expect(row.indexOf('[')).toBe(monthColumn(4));
  });

  it('places each milestone marker under the middle of its month name', () => {
    const ruler = rowOf(example, 'JAN');
    const markers = rowOf(example, '▼');
    const columns = [...markers.matchAll(/▼/g)].map((m) => m.index);
    expect(columns.map((c) => ruler.slice(c - 1, c + 2))).toEqual(['JAN', 'MAR', 'JUN', 'SEP', 'DEC', 'JUN']);
  });
});
