import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSvgRoadmap } from '../src/formats/svg/index.js';
import { layoutRoadmap } from '../src/plan/index.js';
import type { RoadmapState } from '../src/plan/index.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { exampleProgramme } from './support/programme-fixture.js';
import { ROOT } from './support/run-cli.js';

/** States as a stuurgroep might see them mid-May 2026 (hand-written fixture data). */
export const MAY_STATES: Readonly<Record<string, RoadmapState>> = {
  'FUN-01': 'done', 'FUN-02': 'done', 'FUN-03': 'done', 'FUN-04': 'done',
  'PRJ-01': 'done', 'PRJ-02': 'done', 'PRJ-03': 'at-risk', 'PRJ-04': 'running', 'PRJ-05': 'running',
  'PRC-01': 'done', 'PRC-02': 'late', 'PRC-03': 'planned', 'PRC-04': 'planned',
  'LRN-01': 'running', 'LRN-02': 'planned', 'LRN-03': 'running', 'LRN-04': 'running', 'LRN-05': 'running', 'LRN-06': 'at-risk',
  'SYS-01': 'done', 'SYS-02': 'late', 'SYS-03': 'running', 'SYS-04': 'running', 'SYS-05': 'planned', 'SYS-06': 'planned',
  'CUL-01': 'done', 'CUL-02': 'running', 'CUL-03': 'running',
};

const run = hasChromium();

describe.runIf(run)('SVG roadmap in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());

  it('renders the example; screenshot in test-artifacts/roadmap.png', async () => {
    const svg = writeSvgRoadmap(layoutRoadmap(exampleProgramme(), { asOf: '2026-05-15', states: MAY_STATES }));
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    const box = await page.locator('svg').boundingBox();
    await page.setViewportSize({ width: Math.ceil(box!.width), height: Math.ceil(box!.height) });
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    writeFileSync(join(ROOT, 'test-artifacts', 'roadmap.png'), await page.locator('svg').screenshot());
    const problems = await page.evaluate(checkLayout);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps labels apart and inside their columns on a crowded 48-month roadmap, in English', async () => {
    const base = exampleProgramme();
    const months = [1, 2, 3, 4, 6, 7, 12, 13, 24, 36, 47, 48];
    const crowded = {
      ...base,
      horizon: 48,
      endDate: '2029-12-31',
      milestones: months.map((month, i) => ({ ...base.milestones[i % base.milestones.length]!, id: `M${month}`, month, name: i % 3 === 0 ? 'Besluit over de aanpak met alle sectoren en leveranciers' : 'Review' })),
      efforts: base.efforts.map((e, i) => (i % 4 === 0 ? { ...e, name: `${e.name} met een bijzonder lange omschrijving die niet past`, end: '2029-06-30' } : e)),
    };
    const svg = writeSvgRoadmap(layoutRoadmap(crowded, { asOf: '2027-02-10' }), { lang: 'en' });
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const box = await page.locator('svg').boundingBox();
    await page.setViewportSize({ width: Math.ceil(box!.width), height: Math.ceil(box!.height) });
    writeFileSync(join(ROOT, 'test-artifacts', 'roadmap-48.png'), await page.locator('svg').screenshot());
    expect(await page.evaluate(checkLayout)).toEqual([]);
    await page.close();
  });
});

/**
 * Runs in the page: measures the rendered text and reports labels that overflow the label column,
 * milestone labels that overlap, and texts wider than the writer estimated.
 */
function checkLayout(): string[] {
  const problems: string[] = [];
  const svg = document.querySelector('svg')!;
  const rows = [...svg.querySelectorAll('g')].filter((g) => /^\S+ .+: /.test(g.querySelector(':scope > title')?.textContent ?? '') && g.querySelector('text'));
  const chartLeft = Math.min(...rows.flatMap((g) => [...g.querySelectorAll('rect')].map((r) => Number(r.getAttribute('x')) - 1)));
  if (rows.length === 0) problems.push('no effort rows found');
  for (const t of rows.flatMap((g) => [...g.querySelectorAll('text')]) as SVGTextElement[]) {
    if (Number(t.getAttribute('x')) + t.getComputedTextLength() > chartLeft - 4) problems.push(`label overflows into the chart: ${t.textContent}`);
  }
  const width = svg.viewBox.baseVal.width;
  for (const t of [...svg.querySelectorAll('text')] as SVGTextElement[]) {
    const b = t.getBBox();
    if (b.x < 0 || b.x + b.width > width) problems.push(`text runs off the image: ${t.textContent}`);
  }
  const milestoneLabels = [...svg.querySelectorAll('g')].filter((g) => g.querySelector('path') && g.querySelector('text') && !g.closest('[aria-label]')).map((g) => g.querySelector('text')!.getBBox());
  milestoneLabels.forEach((a, i) => milestoneLabels.slice(i + 1).forEach((b) => {
    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    if (overlap) problems.push(`milestone labels overlap at x=${Math.round(a.x)} and x=${Math.round(b.x)}`);
  }));
  return problems;
}
