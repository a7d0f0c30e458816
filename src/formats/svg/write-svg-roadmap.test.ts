import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exampleProgramme } from '../../../test/support/programme-fixture.js';
import { layoutRoadmap } from '../../plan/index.js';
import { SIZE } from './svg-geometry.js';
import { PLANNED_FILL, STATE_COLOUR } from './svg-theme.js';
import { textWidth } from './svg-text.js';
import { writeSvgRoadmap } from './write-svg-roadmap.js';

const programme = exampleProgramme();
const { DOMParser } = new JSDOM('').window;

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** The row group of an effort: the `<g>` whose `<title>` starts with its id. */
const rowOf = (doc: Document, id: string) =>
  [...doc.querySelectorAll('g')].find((g) => g.querySelector(':scope > title')?.textContent?.startsWith(`${id} `))!;

describe('writeSvgRoadmap', () => {
  const states = { 'PRJ-01': 'done', 'PRJ-03': 'late', 'PRC-03': 'planned', 'LRN-04': 'at-risk' } as const;
  const doc = parse(writeSvgRoadmap(layoutRoadmap(programme, { asOf: '2026-04-10', states })));
  const svg = doc.documentElement;

  it('is an accessible image: title and description referenced by aria-labelledby, language set', () => {
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(doc.getElementById(titleId!)?.textContent).toBe('Roadmap Klant in Beeld');
    const desc = doc.getElementById(descId!)!.textContent!;
    expect(desc).toContain('28 inspanningen');
    expect(desc).toContain('M9 Implementatie klaar (30 sep 2026)');
    expect(svg.getAttribute('lang')).toBe('nl');
  });

  it('has a row with real text and a full-text tooltip for every effort', () => {
    for (const e of programme.efforts) {
      const row = rowOf(doc, e.id);
      expect(row, e.id).toBeDefined();
      expect(row.querySelector('title')!.textContent).toContain(`${e.id} ${e.name}: `);
      expect([...row.querySelectorAll('text')].map((t) => t.textContent)).toContain(e.id);
    }
    expect(rowOf(doc, 'PRJ-03').querySelector('title')!.textContent).toBe('PRJ-03 Klantreis Zakelijk: 1 mrt 2026 – 31 aug 2026 · Projectmatig · Te laat');
  });

  it('colours bars by state: solid, outlined when planned, striped when doorlopend', () => {
    const bar = (id: string) => rowOf(doc, id).querySelector('rect')!;
    expect(bar('PRJ-01').getAttribute('fill')).toBe(STATE_COLOUR.done);
    expect(bar('PRJ-03').getAttribute('fill')).toBe(STATE_COLOUR.late);
    expect(bar('PRC-03').getAttribute('fill')).toBe(PLANNED_FILL);
    expect(bar('PRC-03').getAttribute('stroke')).toBe(STATE_COLOUR.planned);
    expect(bar('LRN-04').getAttribute('fill')).toMatch(/^url\(#koers-klant-in-beeld-stripe-at-risk\)$/);
    expect(doc.getElementById('koers-klant-in-beeld-stripe-at-risk')).not.toBeNull();
  });

  it('spans bars over their months: PRJ-03 runs March to August', () => {
    const rect = rowOf(doc, 'PRJ-03').querySelector('rect')!;
    const x = Number(rect.getAttribute('x'));
    const w = Number(rect.getAttribute('width'));
    const monthWidth = 1100 / 18;
    expect(x - 1).toBeCloseTo(SIZE.left + 2 * monthWidth, 0);
    expect(w + 2).toBeCloseTo(6 * monthWidth, 0);
  });

  it('shortens long names to the label column, keeping the full name in the tooltip', () => {
    const long = { ...programme, efforts: programme.efforts.map((e) => (e.id === 'PRJ-04' ? { ...e, name: 'Quick wins implementeren in alle sectoren, kanalen en klantcontactmomenten tegelijk' } : e)) };
    const d = parse(writeSvgRoadmap(layoutRoadmap(long)));
    const row = rowOf(d, 'PRJ-04');
    const name = [...row.querySelectorAll('text')][1]!;
    expect(name.textContent).toMatch(/^Quick wins implementeren in .+…$/);
    expect(textWidth(name.textContent!, 12)).toBeLessThanOrEqual(SIZE.left - Number(name.getAttribute('x')) - 12);
    expect(row.querySelector('title')!.textContent).toContain('klantcontactmomenten tegelijk');
  });

  it('draws the as-of line only within the horizon, labelled in the chosen language', () => {
    expect(doc.documentElement.textContent).toContain('vandaag · 10 apr 2026');
    const en = parse(writeSvgRoadmap(layoutRoadmap(programme, { asOf: '2026-04-10' }), { lang: 'en' }));
    expect(en.documentElement.textContent).toContain('today · 10 Apr 2026');
    expect(en.documentElement.textContent).toContain('Phase 2 · Implementatie');
    const outside = parse(writeSvgRoadmap(layoutRoadmap(programme, { asOf: '2028-01-01' })));
    expect(outside.documentElement.textContent).not.toContain('vandaag ·');
  });

  it('shows state legend entries only when states are known', () => {
    const plain = parse(writeSvgRoadmap(layoutRoadmap(programme))).documentElement.textContent!;
    expect(plain).not.toContain('Te laat');
    expect(plain).toContain('Doorlopend');
    const legend = doc.querySelector('[aria-label="Legenda"]')!.textContent!;
    for (const word of ['Gereed', 'Te laat', 'Gepland', 'Risico', 'geen status']) expect(legend).toContain(word);
    expect(legend).not.toContain('Loopt');
  });

  it('escapes text from the programme', () => {
    const tricky = { ...programme, name: 'A & B <test>', efforts: programme.efforts.map((e, i) => (i === 0 ? { ...e, name: '"Q&A" <sessie>' } : e)) };
    const d = parse(writeSvgRoadmap(layoutRoadmap(tricky)));
    expect(d.querySelector('title')!.textContent).toBe('Roadmap A & B <test>');
    expect(rowOf(d, 'FUN-01').querySelector('title')!.textContent).toContain('"Q&A" <sessie>');
  });
});
