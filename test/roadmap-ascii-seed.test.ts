import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeAsciiRoadmap } from '../src/formats/ascii/index.js';
import { layoutRoadmap } from '../src/plan/index.js';
import { EXAMPLE_PATH, exampleProgramme } from './support/programme-fixture.js';

/*
 * The ASCII roadmap regenerated from the example must match the seed's roadmap row for row, except
 * where the example's header records a KEUZE (choice) that resolves a contradiction in the seed.
 */
const seedText = readFileSync(new URL('../../shared/seeds/000_29ec04b83f4066a7.txt', import.meta.url), 'utf8');
const seed = seedText.slice(seedText.indexOf('## ASCII ROADMAP')).split('```')[1]!.trim().split('\n');
const ours = writeAsciiRoadmap(layoutRoadmap(exampleProgramme())).trimEnd().split('\n');
const programme = exampleProgramme();

const inner = (line: string) => Array.from(line).slice(1, -1).join('');

type Kind = 'frame' | 'blank' | 'rule=' | 'rule-' | 'numbers' | 'months' | 'years' | 'markers' | 'labels' | 'ids' | 'bar' | 'legend' | 'text';

function kind(line: string): Kind {
  if (/^[┌├└]/.test(line)) return 'frame';
  const s = inner(line).trim();
  if (s === '') return 'blank';
  if (/^═+$/.test(s)) return 'rule=';
  if (/^─+$/.test(s)) return 'rule-';
  if (s.startsWith('MAAND:')) return 'numbers';
  if (/^JAN FEB MAR/.test(s)) return 'months';
  if (/^\d{4}(\s+\d{4})*$/.test(s)) return 'years';
  if (s.includes('▼')) return 'markers';
  if (/^(\[[A-Z-]+\]\s*)+$/.test(s)) return 'labels';
  if (/^(M\d+\s*)+$/.test(s)) return 'ids';
  if (s.startsWith('Legenda:')) return 'legend';
  if (/\[[█═]+\]/.test(s)) return 'bar';
  return 'text';
}

/** Section heading (the line after a ═ rule) → its bar rows as [label, column of "["]. */
function sections(lines: readonly string[]): [string, [string, number][]][] {
  const out: [string, [string, number][]][] = [];
  lines.forEach((line, i) => {
    if (kind(line) === 'rule=') out.push([inner(lines[i + 1]!).trim(), []]);
    else if (kind(line) === 'bar') {
      const s = inner(line);
      out.at(-1)![1].push([s.slice(0, s.indexOf('[')).trim(), s.indexOf('[')]);
    }
  });
  return out;
}

/** Effort codes whose ASCII dates KEUZE 1 in the example's header overrules ("SYS-01 … SYS-06" is a range). */
function keuze1Codes(): Set<string> {
  const header = readFileSync(EXAMPLE_PATH, 'utf8');
  const block = header.slice(header.indexOf('# KEUZE 1'), header.indexOf('# KEUZE 2'));
  const codes = new Set<string>();
  for (const [, from, to] of block.matchAll(/^#\s{3,}([A-Z]{3}-\d\d)(?: … ([A-Z]{3}-\d\d))?\s/gm)) {
    const [prefix, first] = from!.split('-') as [string, string];
    const last = to ? Number(to.split('-')[1]) : Number(first);
    for (let n = Number(first); n <= last; n++) codes.add(`${prefix}-${String(n).padStart(2, '0')}`);
  }
  return codes;
}

describe('the ASCII roadmap against the seed', () => {
  it('has the seed\'s rows, kind for kind and in the same order', () => {
    expect(ours.map(kind)).toEqual(seed.map(kind));
  });

  it('has the same sections in the same order', () => {
    expect(sections(ours).map(([title]) => title)).toEqual(sections(seed).map(([title]) => title));
  });

  it('has the same efforts in each section; codes only where KEUZE 2 gave them', () => {
    const seedSections = sections(seed);
    for (const [i, [title, rows]] of sections(ours).entries()) {
      const seedLabels = seedSections[i]![1].map(([label]) => label);
      const ourLabels = rows.map(([label]) => label);
      expect(ourLabels.length, title).toBe(seedLabels.length);
      ourLabels.forEach((label, j) => {
        const seedLabel = seedLabels[j]!;
        if (/^[A-Z]{3}-\d\d /.test(seedLabel)) expect(label).toBe(seedLabel);
        else expect(label, title).toMatch(new RegExp(`^(FUN|CUL)-\\d\\d ${seedLabel}$`));
      });
    }
  });

  it('starts each bar under the seed\'s month, except where KEUZE 1 follows the Mermaid chart', () => {
    const overruled = keuze1Codes();
    expect([...overruled]).toEqual(['PRC-04', 'LRN-03', 'SYS-01', 'SYS-02', 'SYS-03', 'SYS-04', 'SYS-05', 'SYS-06', 'CUL-03']);
    // The seed's bars run on their own grid: month 1 at column 18, four characters a month.
    const seedMonth = (column: number) => (column - 18) / 4 + 1;
    const ruler = inner(ours.find((l) => kind(l) === 'months')!);
    const ourMonth = (column: number) => {
      const names = ruler.slice(0, column + 3).trimEnd().split(/\s+/).filter(Boolean);
      expect(ruler.slice(column, column + 3), 'a bar starts exactly under a month name').toMatch(/^[A-Z]{3}$/);
      return names.length;
    };
    const seedSections = sections(seed);
    let checked = 0;
    for (const [i, [, rows]] of sections(ours).entries()) {
      rows.forEach(([label, column], j) => {
        const code = label.split(' ')[0]!;
        const effort = programme.efforts.find((e) => e.id === code)!;
        const modelMonth = Number(effort.start.slice(5, 7)) + (Number(effort.start.slice(0, 4)) - 2026) * 12;
        const expected = seedMonth(seedSections[i]![1][j]![1]);
        expect(ourMonth(column), label).toBe(modelMonth);
        if (overruled.has(code)) expect(modelMonth, `${label} (KEUZE 1)`).not.toBe(expected);
        else expect(modelMonth, label).toBe(expected);
        checked++;
      });
    }
    expect(checked).toBe(programme.efforts.length);
  });

  it('shows the seed\'s milestone labels, each ▼ under the month its M-number names (KEUZE 4)', () => {
    const get = (lines: readonly string[], k: Kind) => inner(lines.find((l) => kind(l) === k)!);
    const markers = get(ours, 'markers');
    const labels = get(ours, 'labels');
    const ids = get(ours, 'ids');
    const numbers = get(ours, 'numbers');
    const seedLabels = get(seed, 'labels').trim().split(/\s+/);
    const seedIds = get(seed, 'ids').trim().split(/\s+/);
    expect(seedLabels).toEqual(['[GO]', '[FUNDAMENT]', '[IMPLEMENTATIE]', '[VERANKERING]']);
    seedLabels.forEach((label, i) => {
      const id = seedIds[i]!;
      const month = id.slice(1);
      const column = numbers.search(new RegExp(`(?<=\\s)${month}(?=\\s|$)`));
      expect(markers[column], `${id} marker`).toBe('▼');
      const at = labels.indexOf(label);
      expect(at, label).toBeGreaterThanOrEqual(0);
      expect(at <= column && column < at + label.length, `${label} covers its marker`).toBe(true);
      expect(ids.slice(column - 2, column + 3)).toContain(id);
    });
  });
});
