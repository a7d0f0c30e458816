// A baateigenaar judges the RAG of a KPI of their own benefit in the dashboard (Chromium): only their
// own KPIs are offered, the judgement needs a rationale, and the KPI page and Overzicht show it beside
// the derived RAG.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordOf, role, seedUser } from './auth-harness.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { ROOT } from './support/run-cli.js';
import { startDashboard } from './support/web-dashboard.js';
import type { DashboardServer } from './support/web-dashboard.js';
import { attribute, text, visible } from './support/browser-waits.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const PROGRAMME = 'klant-in-beeld';
const TIMEOUT = 120_000;
/** B6 Outside-in cultuur, of the Manager HR, and its indicators. */
const OWN_KPIS = ['% Getraind outside-in', 'Gedragsobservatie score', 'Eigenaarschap score', 'Proactieve initiatieven per kwartaal'];


async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
  });
}

describe.skipIf(!hasChromium())('a baateigenaar\'s KPI judgement in the dashboard', () => {
  let server: DashboardServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDashboard({ today: '2026-11-20' });
    await seedUser(server.store, 'manager-hr', [role('baateigenaar', PROGRAMME, { benefits: ['B6'] })]);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers only their own KPIs, stores the judgement, and shows it beside the derived RAG', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 1000 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/invoeren?tab=override`);
    await page.getByLabel('Gebruikersnaam').fill('manager-hr');
    await page.getByLabel('Wachtwoord').fill(passwordOf('manager-hr'));
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const subject = page.getByLabel('Onderwerp');
    await visible(subject);
    await text(page.locator('form[aria-label="Oordeel"] p').first()).toContain('Als baateigenaar');
    // Only B6's KPIs; no stuurparameter, no KPI of another benefit.
    await expect.poll(async () => (await subject.locator('option').allTextContents()).slice(1), { timeout: 10_000 }).toEqual(OWN_KPIS);
    expect(await subject.locator('optgroup').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await subject.selectOption({ label: '% Getraind outside-in' });
    // 65% on 20 November against about 61% planned: derived green.
    await attribute(page.getByTestId('override-current').locator('.rag'), 'data-rag').toBe('groen');
    await page.getByLabel('Geel').check();
    await page.getByLabel('Onderbouwing').fill('kort');
    await page.getByRole('textbox', { name: 'Datum', exact: true }).fill('19-11-2026');
    await page.getByLabel('Ingevoerd door').fill('Manager HR');
    await page.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await visible(page.getByText('Een oordeel heeft een onderbouwing nodig (minstens 10 tekens).'));
    await page.getByLabel('Onderbouwing').fill('Na de reorganisatie vallen 40 nieuwe medewerkers nog buiten de training.');
    await page.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }));

    await page.getByRole('link', { name: "KPI's" }).click();
    const card = page.locator('[data-kpi="getraind"]');
    await attribute(card.locator('.rag'), 'data-rag').toBe('geel');
    const judgement = card.getByTestId('kpi-judgement');
    await text(judgement).toContain('Na de reorganisatie vallen 40 nieuwe medewerkers nog buiten de training.');
    await text(judgement).toContain('Manager HR');
    await attribute(judgement.locator('.rag'), 'data-rag').toBe('groen');
    // The example's own judgement of Zakelijk ARR (B5), by its baateigenaar.
    await attribute(page.locator('[data-kpi="zakelijk-arr"]').getByTestId('kpi-judgement').locator('.rag'), 'data-rag').toBe('groen');
    await page.screenshot({ path: join(ARTIFACTS, 'web-kpi-judgement.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Overzicht' }).click();
    const judged = page.locator('section[aria-labelledby="judged-kpis"]');
    await text(judged.locator('tr[data-kpi="getraind"]')).toContain('Na de reorganisatie');
    await attribute(judged.locator('tr[data-kpi="getraind"] .rag'), 'data-rag').toBe('geel');
    expect(await judged.locator('tr[data-kpi="getraind"] .rag').nth(1).getAttribute('data-rag')).toBe('groen');

    const status = await (await fetch(`${server.url}/api/programmes/${PROGRAMME}/status`, { headers: server.headers })).json() as { kpis: { kpi: string; rag: string; derived: { rag: string }; override?: { recordedBy: string } }[] };
    expect(status.kpis.find((k) => k.kpi === 'getraind')).toMatchObject({ rag: 'geel', derived: { rag: 'groen' }, override: { recordedBy: 'Manager HR' } });
    expect(errors).toEqual([]);
    await page.context().close();
  }, TIMEOUT);
});
