import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleProgramme, EXAMPLE_PATH } from './support/programme-fixture.js';

const seed = readFileSync(new URL('../../shared/seeds/000_29ec04b83f4066a7.txt', import.meta.url), 'utf8');
const programme = exampleProgramme();

describe('the Klant in Beeld example', () => {
  it('has every effort of the Mermaid chart, with the chart\'s start month and duration', () => {
    const chart = [...seed.matchAll(/^ {4}(.+?)\s+:(?:active, )?(\w+), (\d{4}-\d{2}), (\d+)M$/gm)];
    expect(chart).toHaveLength(27);
    for (const [, name, , start, months] of chart) {
      const effort = programme.efforts.find((e) => e.name === name!.trim());
      expect(effort, name).toBeDefined();
      expect(effort!.start).toBe(`${start}-01`);
      const [y, m] = start!.split('-').map(Number) as [number, number];
      const endMonth = new Date(Date.UTC(y, m - 1 + Number(months), 0));
      expect(effort!.end, name).toBe(endMonth.toISOString().slice(0, 10));
    }
  });

  it('has every effort code of the ASCII roadmap, including Intervisie', () => {
    const codes = [...seed.matchAll(/│ {2}((?:PRJ|PRC|LRN|SYS)-\d\d) /g)].map((m) => m[1]);
    expect(codes).toHaveLength(21);
    for (const code of codes) expect(programme.efforts.some((e) => e.id === code), code).toBe(true);
    expect(programme.efforts.find((e) => e.id === 'LRN-06')).toMatchObject({ name: 'Intervisie', mode: 'doorlopend', illustrative: true });
  });

  it('has all six gates with the seed\'s criteria, at the end of their month', () => {
    expect(programme.milestones.map((m) => `${m.id} ${m.date} ${m.criteria.length}`)).toEqual([
      'M1 2026-01-31 4', 'M3 2026-03-31 5', 'M6 2026-06-30 4', 'M9 2026-09-30 5', 'M12 2026-12-31 4', 'M18 2027-06-30 5',
    ]);
  });

  it('has every KPI of the seed table with every measurement moment', () => {
    const table = seed.slice(seed.indexOf('## KPI MEETMOMENTEN'), seed.indexOf('Legenda: n.m.'));
    const rows = table.split('\n')
      .map((line) => line.split('│').slice(1, -1).map((c) => c.trim()))
      .filter((cells) => cells.length === 8 && cells[1] !== '' && cells[1] !== 'START');
    expect(rows).toHaveLength(12);
    const seeded = programme.kpis.filter((k) => !k.illustrative);
    expect(seeded).toHaveLength(12);
    for (const [i, row] of rows.entries()) {
      const kpi = seeded[i]!;
      const number = (text: string) => (/^-?\d+(\.\d+)?%?$/.test(text) ? String(Number(text.replace('%', ''))) : text);
      expect(kpi.targets.map((t) => number(t.label ?? String(t.value))), kpi.name).toEqual(row.slice(2, 7).map(number));
      expect(number(kpi.baseline.label ?? String(kpi.baseline.value)), kpi.name).toBe(number(row[1]!));
      expect(number(kpi.goal.label ?? String(kpi.goal.value)), kpi.name).toBe(number(row[7]!));
    }
  });

  it('fills B1–B6 as the template asks', () => {
    expect(programme.benefits.map((b) => b.id)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
    for (const b of programme.benefits) {
      expect(b.owner, b.id).toBeDefined();
      expect(b.indicators.length, b.id).toBeGreaterThan(0);
      expect(b.risks.length, b.id).toBeGreaterThan(0);
      expect(b.moments.length, b.id).toBeGreaterThan(0);
      expect(b.capabilities.length, b.id).toBeGreaterThan(0);
    }
    expect(programme.benefits[1]!.dependsOn).toEqual([{ benefit: 'B1', kind: 'inhoudelijk', threshold: 0.5, note: 'B1 moet eerst op 50% zijn' }]);
  });

  it('records each choice it makes in a comment', () => {
    const text = readFileSync(EXAMPLE_PATH, 'utf8');
    for (let i = 1; i <= 7; i++) expect(text).toContain(`KEUZE ${i}`);
  });
});
