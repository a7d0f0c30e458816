import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importMermaid } from '../src/app/import-mermaid.js';
import { writeMermaidGantt } from '../src/formats/mermaid/index.js';
import { readProgramme } from '../src/formats/yaml/index.js';
import type { Programme } from '../src/model/index.js';
import { randomProgramme } from './support/random-programme.js';

const read = readProgramme(readFileSync(join(import.meta.dirname, '..', 'examples', 'klant-in-beeld', 'programme.yaml'), 'utf8'));
if (!read.ok) throw new Error('the example programme is invalid');
const example = read.programme;

const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Model → Mermaid → import: the same efforts (ids, names, dates, grouping) and milestones (ids, names, dates). */
function roundTrip(programme: Programme, lang: 'nl' | 'en' = 'nl') {
  const chart = writeMermaidGantt(programme, { lang });
  const result = importMermaid(chart, { sourceName: 'roadmap.mmd' });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}\n${chart}`);
  const back = result.programme;

  // The chart groups efforts by domain, so compare them in id order.
  const domainName = (p: Programme, id: string) => p.domains.find((d) => d.id === id)!.name;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  expect(back.efforts.map((e) => ({ id: e.id, name: e.name, start: e.start, end: e.end, domain: domainName(back, e.domain) })).sort(byId)).toEqual(
    programme.efforts.map((e) => ({ id: e.id, name: shown(e.name), start: e.start, end: e.end, domain: shown(domainName(programme, e.domain).toUpperCase()) })).sort(byId),
  );
  expect(back.milestones.map((m) => ({ id: m.id, name: m.name, date: m.date }))).toEqual(
    programme.milestones.map((m) => ({ id: m.id, name: shown(m.name), date: m.date })),
  );
  return { result, chart };
}

describe('Mermaid round trip: programme → chart → import', () => {
  test('Klant in Beeld keeps every effort and date, without warnings', () => {
    const { result } = roundTrip(example);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.programme.efforts).toHaveLength(example.efforts.length);
    expect(result.programme.start).toBe('2026-01');
    expect(result.programme.horizon).toBe(18);
    expect(result.programme.name).toBe('Klant in Beeld');
  });

  test('English charts too', () => {
    roundTrip(example, 'en');
  });

  test('random programmes: odd ids and names, month ends, leap days', () => {
    fc.assert(
      fc.property(randomProgramme(example).filter((p) => p.efforts.length > 0), (programme) => {
        roundTrip(programme);
      }),
      { numRuns: 200 },
    );
  });
});
