import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../src/app/read-records.js';
import { composeBenefitsPlan, composeDin, composeRoadmapFramework, composeSteeringReport } from '../src/formats/document/index.js';
import type { DocumentModel, Lang } from '../src/formats/document/index.js';
import { writeHtml } from '../src/formats/html/index.js';
import { emptyRecords } from '../src/model/index.js';
import type { Records } from '../src/model/index.js';
import { benefitsPlanReport, dinReport, reportOptions, roadmapFrameworkReport, steeringReport } from '../src/reports/index.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { EXAMPLE_PATH, exampleProgramme } from './support/programme-fixture.js';

/* Every HTML document, with and without a status, passes axe-core's checks in Chromium with zero violations. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const programme = exampleProgramme();

function documents(records: Records, asOf: string | undefined, lang: Lang): [string, DocumentModel][] {
  const options = reportOptions(programme, records, { generated: '2026-07-15', asOf });
  return [
    ['roadmap', composeRoadmapFramework(roadmapFrameworkReport(programme, records, options), lang)],
    ['batenrealisatieplan', composeBenefitsPlan(benefitsPlanReport(programme, records, options), lang)],
    ['stuurgroep', composeSteeringReport(steeringReport(programme, records, { asOf: asOf ?? '2026-07-15', status: options.status }), lang)],
    ['din', composeDin(dinReport(programme, options.generated), lang)],
  ];
}

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs the axe-core script injected into the page; only the violations, in a form that crosses the page boundary. */
function runAxe(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

describe.runIf(hasChromium())('HTML documents in Chromium', () => {
  let browser: Browser;
  let records: Records;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    records = await readRecords(programme, EXAMPLE_PATH);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function axeViolations(html: string): Promise<AxeViolation[]> {
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ path: AXE });
      return await runAxe(page);
    } finally {
      await page.close();
    }
  }

  it('finds violations where there are some (the check itself works)', async () => {
    const ids = (await axeViolations('<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="data:,"><p style="color:#bbb;background:#fff">faint</p></main></body></html>')).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
  });

  const cases = [
    ['nl', 'as of 2026-07-15', '2026-07-15'],
    ['en', 'plan only', undefined],
  ] as const;

  for (const [lang, label, asOf] of cases) {
    it(`have no axe-core violations (${lang}, ${label})`, async () => {
      const found: string[] = [];
      for (const [name, model] of documents(asOf ? records : emptyRecords, asOf, lang)) {
        const page = await browser.newPage();
        try {
          await page.setContent(writeHtml(model), { waitUntil: 'load' });
          await page.addScriptTag({ path: AXE });
          for (const media of ['screen', 'print'] as const) {
            await page.emulateMedia({ media });
            for (const v of await runAxe(page)) found.push(`${name} (${media}): ${v.id} — ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          }
          // Standalone: nothing was fetched besides the page itself.
          expect(await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => !n.startsWith('data:')))).toEqual([]);
        } finally {
          await page.close();
        }
      }
      expect(found).toEqual([]);
    });
  }
});
