// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/calendar/index.js';
import { AS_OF_ID, mermaidIds, writeMermaidGantt } from '../src/formats/mermaid/index.js';
import type { MermaidGanttOptions } from '../src/formats/mermaid/index.js';
import { readProgramme } from '../src/formats/yaml/index.js';
import type { Programme } from '../src/model/index.js';
import { mermaidGantt } from './support/mermaid-oracle.js';
import { randomProgramme } from './support/random-programme.js';

const exampleText = readFileSync(join(import.meta.dirname, '..', 'examples', 'klant-in-beeld', 'programme.yaml'), 'utf8');
const read = readProgramme(exampleText);
if (!read.ok) throw new Error('the example programme is invalid');
const example = read.programme;

const midnight = (date: string) => `${date}T00:00:00.000`;
/** What a browser shows for a model name: Mermaid titles are one line, trimmed. */
const shownName = (name: string) => name.replace(/\s+/g, ' ').trim();

/** Writes the chart, parses it with Mermaid, and checks every task against the model. */
async function expectMermaidAgrees(programme: Programme, options: MermaidGanttOptions = {}) {
  const text = writeMermaidGantt(programme, options);
  expect(text).toMatch(/^\s*dateFormat YYYY-MM-DD$/m);
  expect(text).not.toMatch(/topAxis/i);
  const chart = await mermaidGantt(text);
  const ids = mermaidIds(programme);
  const byId = new Map(chart.tasks.map((t) => [t.id, t]));
  const milestoneSection = options.lang === 'en' ? 'MILESTONES' : 'MIJLPALEN';

  for (const e of programme.efforts) {
    const task = byId.get(ids.efforts.get(e.id)!);
    const domain = programme.domains.find((d) => d.id === e.domain)!;
    expect(task, `effort ${e.id}`).toBeDefined();
    expect({ id: e.id, start: task!.start, end: task!.end }).toEqual({ id: e.id, start: midnight(e.start), end: midnight(addDays(e.end, 1)) });
    expect(task!.title).toBe(shownName(e.name) || e.id);
    expect(task!.section).toBe(shownName(domain.name.toUpperCase()) || domain.id);
    expect(task!.milestone || task!.vert).toBe(false);
  }
  for (const m of programme.milestones) {
    const task = byId.get(ids.milestones.get(m.id)!);
    expect(task, `milestone ${m.id}`).toBeDefined();
    expect({ id: m.id, start: task!.start, end: task!.end, milestone: task!.milestone }).toEqual({ id: m.id, start: midnight(m.date), end: midnight(m.date), milestone: true });
    expect(task!.title).toBe(shownName(m.name) || m.id);
    expect(task!.section).toBe(milestoneSection);
  }
  const verts = chart.tasks.filter((t) => t.vert);
  expect(chart.tasks.length).toBe(programme.efforts.length + programme.milestones.length + verts.length);
  const domainsWithEfforts = programme.domains.filter((d) => programme.efforts.some((e) => e.domain === d.id));
  const expectedSections = [
    ...(programme.milestones.length > 0 || verts.length > 0 ? [milestoneSection] : []),
    ...domainsWithEfforts.map((d) => shownName(d.name.toUpperCase()) || d.id),
  ];
  expect(chart.sections).toEqual(expectedSections);
  return { text, chart, ids };
}

describe('writeMermaidGantt: Mermaid computes the model\'s dates', () => {
  test('Klant in Beeld: every effort and milestone', async () => {
    const { text } = await expectMermaidAgrees(example);
    expect(text).toContain('    title Roadmap Klant in Beeld (18 maanden)');
    expect(text).toContain('    section FASE 1: FUNDAMENT');
    expect(text).toMatch(/^ {4}MT-sessie GO\/NO-GO +:FUN-01, 2026-01-01, 2026-01-31$/m);
    expect(text).toMatch(/^ {4}Verankering klaar +:milestone, M18, 2027-06-30, 0d$/m);
    expect(text).not.toContain('koers-id');
  });

  test('English titles', async () => {
    const { text } = await expectMermaidAgrees(example, { lang: 'en' });
    expect(text).toContain('title Roadmap Klant in Beeld (18 months)');
  });

  test('states become tags, also for roadmap states', async () => {
    const states = new Map<string, 'done' | 'active' | 'crit' | 'active-crit' | 'done-crit' | 'running' | 'late'>([
      ['FUN-01', 'done'], ['FUN-02', 'done-crit'], ['PRJ-03', 'active'], ['PRJ-04', 'active-crit'], ['SYS-02', 'crit'],
      ['LRN-01', 'running'], ['LRN-02', 'late'], ['M1', 'done'],
    ]);
    const { chart } = await expectMermaidAgrees(example, { states });
    const tags = (id: string) => {
      const t = chart.tasks.find((x) => x.id === id)!;
      return [t.done && 'done', t.active && 'active', t.crit && 'crit'].filter(Boolean).join(',');
    };
    expect(['FUN-01', 'FUN-02', 'PRJ-03', 'PRJ-04', 'SYS-02', 'LRN-01', 'LRN-02', 'M1', 'PRC-01'].map(tags))
      .toEqual(['done', 'done,crit', 'active', 'active,crit', 'crit', 'active', 'crit', 'done', '']);
  });

  test('the as-of date is a vert line, and Mermaid\'s own today marker is off', async () => {
    const { text, chart } = await expectMermaidAgrees(example, { asOf: '2026-05-15' });
    expect(text).toMatch(/^\s*todayMarker off$/m);
    const line = chart.tasks.find((t) => t.vert)!;
    expect(line).toMatchObject({ id: AS_OF_ID, start: midnight('2026-05-15'), title: 'Peildatum 2026-05-15' });
    const outside = await expectMermaidAgrees(example, { asOf: '2030-01-01' });
    expect(outside.chart.tasks.some((t) => t.vert)).toBe(false);
  });
});

describe('writeMermaidGantt on random programmes', () => {
  test('Mermaid computes every date, title and section of the model', async () => {
    await fc.assert(
      fc.asyncProperty(randomProgramme(example), fc.constantFrom<'nl' | 'en'>('nl', 'en'), async (programme, lang) => {
        await expectMermaidAgrees(programme, { lang });
      }),
      { numRuns: 150 },
    );
  });
});
