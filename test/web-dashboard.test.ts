import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { ROOT } from './support/run-cli.js';
import { startDashboard } from './support/web-dashboard.js';
import type { DashboardServer } from './support/web-dashboard.js';
import { attribute, count, focused, text, visible } from './support/browser-waits.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const PROGRAMME = 'klant-in-beeld';
/** The server's "today": month 11 of Klant in Beeld, the date of the example's latest records. */
const TODAY = '2026-11-20';
/** Generous: the suite runs beside other test files on a small machine. */
const TIMEOUT = 120_000;

const PAGES = [
  { path: '/', name: 'overzicht', heading: 'Overzicht' },
  { path: '/roadmap', name: 'roadmap', heading: 'Roadmap' },
  { path: '/kpis', name: 'kpis', heading: "KPI's" },
  { path: '/baten', name: 'baten', heading: 'Baten' },
  { path: '/mijlpalen', name: 'mijlpalen', heading: 'Mijlpalen' },
  { path: '/invoeren', name: 'invoeren', heading: 'Invoeren' },
  { path: '/historie', name: 'historie', heading: 'Historie' },
  { path: '/rapporten', name: 'rapporten', heading: 'Rapporten' },
] as const;

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** WCAG 2.1 A and AA rules of axe-core, run on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the server's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const report = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ passes: unknown[]; violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { passes: result.passes.length, violations: result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })) };
  });
  // A run that checked nothing would also report no violations.
  expect(report.passes).toBeGreaterThan(10);
  const violations = report.violations;
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}


// playwright-core has no test runner assertions; these poll like Playwright's web-first assertions.

const api = async <T>(server: DashboardServer, path: string): Promise<T> => (await fetch(`${server.url}${path}`, { headers: server.headers })).json() as Promise<T>;

describe.skipIf(!hasChromium())('web dashboard in Chromium', () => {
  let server: DashboardServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDashboard({ today: TODAY });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, lang: 'nl' | 'en' = 'nl'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
    await context.addCookies([...server.cookies]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('close', () => expect(errors).toEqual([]));
    await page.goto(`${server.url}${path}`);
    return page;
  }

  /** Waits until the page has loaded its data: no spinner left. */
  async function settled(page: Page): Promise<void> {
    await page.locator('#page-title').waitFor();
    await page.waitForFunction(() => !document.querySelector('.spinner'));
  }

  it('serves every page, with zero axe violations, and saves a screenshot of each', async () => {
    for (const p of PAGES) {
      const page = await open(p.path);
      await settled(page);
      await text(page.locator('h1')).toBe(p.heading);
      await text(page.locator('nav a[aria-current="page"]')).toBe(p.heading);
      expect(await axeViolations(page), `axe on ${p.path}`).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `web-${p.name}.png`), fullPage: true });
      await page.context().close();
    }
  }, TIMEOUT);

  it('has zero axe violations in English, with the interactive states open', async () => {
    const page = await open('/roadmap', 'en');
    await settled(page);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.locator('.gantt-bar').first().focus();
    await visible(page.getByRole('tooltip'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Quarter' }).click();
    await page.screenshot({ path: join(ARTIFACTS, 'web-roadmap-quarter-en.png'), fullPage: true });
    await page.getByRole('link', { name: 'Milestones' }).click();
    await page.getByRole('button', { name: 'Record the decision…' }).first().click();
    await page.getByRole('button', { name: 'Record decision' }).click();
    await visible(page.getByText('Choose a decision.'));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, TIMEOUT);

  it('shows a new measurement in the KPI chart and updates its RAG', async () => {
    const page = await open('/kpis');
    await settled(page);
    const card = page.locator('[data-kpi="vo-relatieduur"]');
    // Before: +7% on 30 September against about +20% planned, so red.
    await attribute(card.locator('.rag'), 'data-rag').toBe('rood');
    await text(card.getByTestId('kpi-actual')).toBe('+7%');

    await page.getByRole('link', { name: 'Invoeren' }).click();
    await page.getByLabel('KPI').selectOption('getraind');
    const value = page.getByLabel('Waarde');
    await value.fill('150');
    await visible(page.getByText('Mag hoogstens 100 zijn.'));
    await page.getByLabel('KPI').selectOption('vo-relatieduur');
    await page.getByLabel('Datum').fill('2026-11-16');
    await value.fill('abc');
    await visible(page.getByText('Dit is geen getal'));
    await value.fill('21,5');
    await count(page.locator('.field-error')).toBe(0);
    await page.getByLabel('Ingevoerd door').fill('Programmacontroller');
    await page.getByRole('button', { name: 'Meting opslaan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }));

    await page.getByRole('link', { name: "KPI's" }).click();
    await text(card.getByTestId('kpi-actual')).toBe('+21,5%');
    await count(card.locator('circle[data-measurement="2026-11-16"]')).toBe(1);
    // +21.5% against about +20% planned on 20 November: green, as the server's status says too.
    await attribute(card.locator('.rag'), 'data-rag').toBe('groen');
    const status = await api<{ kpis: { kpi: string; rag: string }[] }>(server, `/api/programmes/${PROGRAMME}/status`);
    expect(status.kpis.find((k) => k.kpi === 'vo-relatieduur')?.rag).toBe('groen');
    await page.screenshot({ path: join(ARTIFACTS, 'web-kpis-after-measurement.png'), fullPage: true });
    await page.context().close();
  }, TIMEOUT);

  it('records a gate decision and shows it in Historie', async () => {
    const page = await open('/mijlpalen');
    await settled(page);
    const gate = page.locator('[data-gate="M12"]');
    await gate.getByRole('button', { name: 'Besluit vastleggen…' }).click();
    await gate.getByLabel('GO met voorwaarden').check();
    await gate.getByLabel('Besloten door').fill('Stuurgroep');
    await gate.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await visible(gate.getByText('Een GO met voorwaarden heeft voorwaarden nodig.'));
    await gate.getByLabel(/Voorwaarden/).fill('Rollout VO en Zakelijk pas na livegang CRM');
    await gate.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await text(gate.locator('[data-decision="go-met-voorwaarden"]')).toContain('GO met voorwaarden');

    await page.getByRole('link', { name: 'Historie' }).click();
    const log = page.getByTestId('audit-log');
    // Newest first: the decision just recorded heads the log.
    await text(log.locator('tbody tr')).toContain('M12: GO met voorwaarden · 20 nov 2026 — Rollout VO en Zakelijk pas na livegang CRM');
    await page.getByLabel('Soort').selectOption('decision');
    const decisions = (await api<{ items: unknown[] }>(server, `/api/programmes/${PROGRAMME}/decisions?limit=500`)).items.length;
    await count(log.locator('tbody tr')).toBe(decisions);
    await count(log.locator('tbody tr:not([data-entity="decision"])')).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'web-historie-after-decision.png'), fullPage: true });
    await page.context().close();
  }, TIMEOUT);

  it('shows the row error of an uploaded CSV and stores nothing', async () => {
    type List = { items: unknown[] };
    const before = (await api<List>(server, `/api/programmes/${PROGRAMME}/measurements?limit=500`)).items.length;
    const page = await open('/invoeren?tab=upload');
    await settled(page);
    const csv = ['kpi;datum;waarde', 'getraind;2026-04-30;20', 'crm-adoptie;2026-04-30;veel', 'procesnaleving;2026-04-30;61'].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'metingen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await text(page.locator('tr[data-row="3"]')).toContain('veel');
    // A server with a dry run checks the file on choosing it and keeps Importeren disabled; without
    // one, Importeren sends it and the server refuses it whole. Either way the row error shows.
    const importButton = page.getByRole('button', { name: 'Importeren' });
    if (await importButton.isEnabled()) await importButton.click();
    const problems = page.getByTestId('upload-problems');
    await text(problems).toContain('Rij 3');
    await attribute(page.locator('tr[data-row="3"]'), 'class').toMatch(/row-error/);
    await count(page.locator('tr.row-error')).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-upload-error.png'), fullPage: true });
    const after = (await api<List>(server, `/api/programmes/${PROGRAMME}/measurements?limit=500`)).items.length;
    expect(after).toBe(before);
    await page.context().close();
  }, TIMEOUT);

  it('says when someone else changed a measurement meanwhile (412) and offers the latest version', async () => {
    const post = await fetch(`${server.url}/api/programmes/${PROGRAMME}/measurements`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...server.headers },
      body: JSON.stringify({ kpi: 'datakwaliteit', date: '2026-11-19', value: 7.1 }),
    });
    expect(post.status).toBe(201);
    const { id } = (await post.json()) as { id: string };
    const page = await open('/invoeren');
    await settled(page);
    const row = page.locator(`tr[data-record="${id}"]`);
    await row.getByRole('button', { name: /corrigeren/ }).click();
    // Meanwhile someone else corrects the same measurement.
    const put = await fetch(`${server.url}/api/programmes/${PROGRAMME}/measurements/${id}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', ...server.headers },
      body: JSON.stringify({ kpi: 'datakwaliteit', date: '2026-11-19', value: 7.4 }),
    });
    expect(put.status).toBe(200);
    await row.getByRole('textbox').fill('7,2');
    await row.getByRole('button', { name: 'Opslaan' }).click();
    await text(row.getByRole('alert')).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-conflict.png'), fullPage: true });
    await row.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await text(row.locator('td.num')).toBe('7,4 / 10');
    const stored = (await (await fetch(`${server.url}/api/programmes/${PROGRAMME}/measurements/${id}`, { headers: server.headers })).json()) as { record: { value: number } };
    expect(stored.record.value).toBe(7.4);
    await page.context().close();
  }, TIMEOUT);

  it('switches between Dutch and English, with numbers and dates in the locale', async () => {
    const page = await open('/');
    await settled(page);
    await attribute(page.locator('html'), 'lang').toBe('nl');
    await text(page.locator('.page-head p')).toContain('20 november 2026');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await text(page.locator('h1')).toBe('Overview');
    await attribute(page.locator('html'), 'lang').toBe('en');
    await text(page.locator('.page-head p')).toContain('20 November 2026');
    await page.reload();
    await text(page.locator('h1')).toBe('Overview');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await text(page.locator('h1')).toBe('Overzicht');
    await page.context().close();
  }, TIMEOUT);

  it('replays the programme on a past date from the roadmap', async () => {
    const page = await open('/roadmap');
    await settled(page);
    await page.getByLabel('Stand per').last().fill('2026-02-15');
    await visible(page.getByText('Afgespeeld op 15 februari 2026'));
    await expect.poll(() => page.url()).toMatch(/asOf=2026-02-15/);
    // On 15 February FUN-02 (January–February) still runs.
    await visible(page.getByRole('button', { name: /^FUN-02 .*Loopt$/ }));
    await page.getByLabel('Domein').selectOption('mens');
    await count(page.locator('.gantt-band')).toBe(1);
    await page.context().close();
  }, TIMEOUT);

  it('shows the server\'s explanation when a page cannot load, with a retry', async () => {
    // 30 February passes the address check but not the server's date check (422).
    const page = await open('/?asOf=2026-02-30');
    await page.locator('#page-title').waitFor();
    const alert = page.getByRole('alert');
    await text(alert).toContain('Dit kon niet worden geladen');
    // The server's problem, in the dashboard's language.
    await text(alert).toContain('JJJJ-MM-DD');
    await visible(alert.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-error-state.png'), fullPage: true });
    await page.context().close();
  }, TIMEOUT);

  it('is keyboard-navigable from the skip link, and prints the Overzicht without the menu', async () => {
    const page = await open('/');
    await settled(page);
    await page.keyboard.press('Tab');
    await focused(page.getByRole('link', { name: 'Naar de inhoud' })).toBe(true);
    await page.keyboard.press('Enter');
    await focused(page.locator('main')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.sidebar').waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(ARTIFACTS, 'web-overzicht-print.png'), fullPage: true });
    await page.context().close();
  }, TIMEOUT);
});
