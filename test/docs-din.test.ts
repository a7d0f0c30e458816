// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDinMermaid, writeDinSvg } from '../src/formats/document/index.js';
import { dinReport, VISION_NODE } from '../src/reports/index.js';
import { programmeFrom } from './support/programme-fixture.js';

interface FlowDb {
  getVertices(): Map<string, { readonly text?: string; readonly classes?: readonly string[] }>;
  getEdges(): readonly { readonly start: string; readonly end: string }[];
  getSubGraphs(): readonly { readonly title: string; readonly nodes: readonly string[] }[];
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
}

async function parseFlowchart(text: string): Promise<FlowDb> {
  const api = ((await import('mermaid')) as unknown as { default: MermaidApi }).default;
  api.initialize({ startOnLoad: false, logLevel: 'fatal' });
  const diagram = await api.mermaidAPI.getDiagramFromText(text);
  expect(diagram.type).toBe('flowchart-v2');
  return diagram.db as FlowDb;
}

describe('DIN (doelen-inspanningennetwerk) of Klant in Beeld', () => {
  // import.meta.url is not a file URL under jsdom, so the example is found from this file's directory.
  const programme = programmeFrom(readFileSync(join(import.meta.dirname, '..', 'examples', 'klant-in-beeld', 'programme.yaml'), 'utf8'));
  const report = dinReport(programme, '2026-01-10');

  it('links every goal to its benefits, every capability to its benefits and every effort to what it serves', () => {
    const [goals, benefits, capabilities, efforts] = report.columns;
    expect(goals!.map((n) => [n.id, n.kind])).toEqual([['D1', 'goal'], ['D2', 'goal'], ['D3', 'goal']]);
    // Benefits follow their goals, so no goal link crosses another.
    expect(benefits!.map((n) => n.id)).toEqual(['B1', 'B3', 'B2', 'B4', 'B5', 'B6']);
    for (const g of programme.goals) for (const b of g.benefits) expect(report.edges).toContainEqual({ from: g.id, to: b });
    expect(report.edges.filter((e) => e.from === VISION_NODE)).toEqual([]);
    expect(new Set(capabilities!.map((n) => n.id))).toEqual(new Set(programme.capabilities.map((c) => c.id)));
    const working = programme.efforts.filter((e) => !e.management);
    expect(new Set(efforts!.map((n) => n.id))).toEqual(new Set(working.map((e) => e.id)));
    expect(report.management.map((n) => n.id)).toEqual(programme.efforts.filter((e) => e.management).map((e) => e.id));
    for (const c of programme.capabilities) for (const b of c.benefits) expect(report.edges).toContainEqual({ from: b, to: c.id });
    for (const e of working) for (const s of e.serves) expect(report.edges).toContainEqual({ from: s, to: e.id });
  });

  it('orders capabilities and efforts to cross fewer links than the model order', () => {
    const crossings = (left: readonly string[], right: readonly string[]) => {
      const links = report.edges.filter((e) => left.includes(e.from) && right.includes(e.to)).map((e) => [left.indexOf(e.from), right.indexOf(e.to)] as const);
      let count = 0;
      for (const [i, a] of links.entries()) for (const b of links.slice(i + 1)) if ((a[0] - b[0]) * (a[1] - b[1]) < 0) count++;
      return count;
    };
    const ids = (i: number) => report.columns[i]!.map((n) => n.id);
    const benefits = ids(1);
    const modelCapabilities = programme.capabilities.map((c) => c.id);
    const modelEfforts = programme.efforts.filter((e) => !e.management).map((e) => e.id);
    expect(crossings(benefits, ids(2))).toBeLessThan(crossings(benefits, modelCapabilities));
    expect(crossings(ids(2), ids(3))).toBeLessThan(crossings(modelCapabilities, modelEfforts));
  });

  it('is a flowchart Mermaid parses, with every node and edge', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const db = await parseFlowchart(writeDinMermaid(report, lang));
      const nodes = report.columns.flat();
      expect(db.getVertices().size).toBe(nodes.length);
      expect(db.getEdges()).toHaveLength(report.edges.length);
      expect(db.getSubGraphs().map((s) => s.title)).toEqual(lang === 'nl' ? ['Doelen', 'Baten', 'Vermogens', 'Inspanningen'] : ['Goals', 'Benefits', 'Capabilities', 'Efforts']);
      expect(db.getVertices().get('n_D2')?.text).toBe('D2 Klantrelaties die langer duren en meer waarde opleveren');
      expect(db.getEdges().filter((e) => e.start === 'n_D2').map((e) => e.end)).toEqual(['n_B2', 'n_B4', 'n_B5']);
      expect(db.getVertices().get('n_PRC_01')?.text).toBe('PRC-01 Uniform klantproces ontwerp');
    }
  });

  it('is an accessible SVG with a box per node, a path per edge and the full name in each tooltip', () => {
    const svg = writeDinSvg(report, 'nl');
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.querySelector('parsererror')).toBeNull();
    const root = document.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(document.getElementById(root.getAttribute('aria-labelledby')!.split(' ')[0]!)?.textContent).toBe('Doelen-inspanningennetwerk Klant in Beeld');
    expect(document.querySelectorAll('rect[rx]')).toHaveLength(report.columns.flat().length);
    expect(document.querySelectorAll('path')).toHaveLength(report.edges.length);
    const titles = [...document.querySelectorAll('g > title')].map((t) => t.textContent);
    expect(titles).toContain('V4 Outside-in vakmanschap van medewerkers');
    // Illustrative efforts are drawn dashed.
    expect(document.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(programme.efforts.filter((e) => e.illustrative && !e.management).length + programme.benefits.filter((b) => b.illustrative).length);
  });

  it('hangs every benefit from the one vision node while no goal names its benefits', () => {
    const unlinked = { ...programme, goals: programme.goals.map((g) => ({ ...g, benefits: [] })) };
    const plain = dinReport(unlinked, '2026-01-10');
    expect(plain.columns[0]!.map((n) => [n.id, n.kind])).toEqual([[VISION_NODE, 'vision']]);
    expect(plain.columns[1]!.map((n) => n.id)).toEqual(programme.benefits.map((b) => b.id));
    expect(plain.edges.filter((e) => e.from === VISION_NODE).map((e) => e.to)).toEqual(programme.benefits.map((b) => b.id));
    const svg = new DOMParser().parseFromString(writeDinSvg(plain, 'en'), 'image/svg+xml');
    expect([...svg.querySelectorAll('svg > text')].map((t) => t.textContent)).toEqual(['Vision & goals', 'Benefits', 'Capabilities', 'Efforts']);
  });
});
