// The dashboard shows each user only what they may do, as the server's "who am I" says: a lezer
// sees no form anywhere, a stuurgroeplid decides gates and acknowledges escalations but enters no
// measurements, a baateigenaar measures only their own KPIs. In Chromium, on the real bundle.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordOf, role, seedUser } from './auth-harness.js';
import { axeViolations } from './support/axe.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { ROOT } from './support/run-cli.js';
import { startDashboard } from './support/web-dashboard.js';
import type { DashboardServer } from './support/web-dashboard.js';
import { count, text, visible } from './support/browser-waits.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const PROGRAMME = 'klant-in-beeld';
const TIMEOUT = 120_000;
const PAGES = ['/', '/roadmap', '/kpis', '/baten', '/mijlpalen', '/invoeren', '/historie', '/rapporten', '/gebruikers'];


describe.skipIf(!hasChromium())('what each role sees in the dashboard', () => {
  let server: DashboardServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDashboard({ today: '2026-11-20' });
    await seedUser(server.store, 'lisa', [role('lezer', PROGRAMME)]);
    await seedUser(server.store, 'sam', [role('stuurgroeplid', PROGRAMME)]);
    await seedUser(server.store, 'olga', [role('baateigenaar', PROGRAMME, { ownerRoles: ['manager-hr'] })]);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A signed-in browser page of `username` (default: the beheerder of `startDashboard`), opened at `path`. */
  async function open(path: string, username?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'nl-NL' });
    if (username === undefined) await context.addCookies([...server.cookies]);
    else {
      const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: passwordOf(username) }) });
      expect(res.status).toBe(200);
      await context.addCookies(res.headers.getSetCookie().map((c) => c.split(';')[0]!).map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: server.url })));
    }
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('close', () => expect(errors).toEqual([]));
    await page.goto(`${server.url}${path}`);
    await settled(page);
    return page;
  }

  async function settled(page: Page): Promise<void> {
    await page.locator('#page-title').waitFor();
    await page.waitForFunction(() => !document.querySelector('.spinner'));
  }

  const menu = (page: Page) => page.locator('nav a').allTextContents();

  it('shows a lezer no form, upload or change button anywhere, and says so on Invoeren', async () => {
    const page = await open('/', 'lisa');
    expect(await menu(page)).toEqual(['Overzicht', 'Roadmap', "KPI's", 'Baten', 'Mijlpalen', 'Historie', 'Rapporten']);
    for (const path of PAGES) {
      await page.goto(`${server.url}${path}`);
      await settled(page);
      expect(await page.locator('form, input[type=file], details.check-form').count(), path).toBe(0);
      expect(await page.getByRole('button', { name: /Besluit vastleggen|Markeren als gezien|Corrigeren|opslaan|Importeren|Gebruiker toevoegen/i }).count(), path).toBe(0);
    }
    await page.goto(`${server.url}/invoeren`);
    await settled(page);
    await text(page.getByTestId('read-only')).toBe('U kunt hier niets invoeren met de rol lezer.');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-lezer-invoeren.png'), fullPage: true });
    await page.goto(`${server.url}/gebruikers`);
    await text(page.locator('.state h2')).toBe('Alleen voor beheerders');
    await page.context().close();
  }, TIMEOUT);

  it('shows a stuurgroeplid the gate decision and the acknowledge buttons, but no measurement form', async () => {
    const page = await open('/mijlpalen', 'sam');
    expect(await menu(page)).not.toContain('Gebruikers');
    const gate = page.locator('[data-gate="M12"]');
    await visible(gate.getByRole('button', { name: 'Besluit vastleggen…' }));
    expect(await page.locator('details.check-form').count()).toBe(0);
    await gate.getByRole('button', { name: 'Besluit vastleggen…' }).click();
    await visible(gate.locator('form.decision-form'));
    await page.screenshot({ path: join(ARTIFACTS, 'web-stuurgroeplid-mijlpalen.png'), fullPage: true });

    // Invoeren offers only what a stuurgroeplid may read in from a file: decisions.
    await page.getByRole('link', { name: 'Invoeren' }).click();
    await settled(page);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Bestand inlezen']);
    expect(await page.getByLabel('Soort gegevens').locator('option').allTextContents()).toEqual(['Besluiten']);
    expect(await page.locator('form[aria-label="Meting"]').count()).toBe(0);
    expect(await page.getByLabel('KPI', { exact: true }).count()).toBe(0);

    await page.getByRole('link', { name: 'Overzicht' }).click();
    await settled(page);
    await count(page.getByRole('button', { name: /^Escalatie .* markeren als gezien$/ })).toBe(3);
    await page.getByRole('button', { name: /^Escalatie B1 .* markeren als gezien$/ }).click();
    await count(page.getByRole('button', { name: /^Escalatie .* markeren als gezien$/ })).toBe(2);
    const status = (await (await fetch(`${server.url}/api/programmes/${PROGRAMME}/status`, { headers: server.headers })).json()) as { escalations: { subject: string; acknowledged: boolean; acknowledgement?: { recordedBy: string } }[] };
    expect(status.escalations.find((e) => e.subject === 'B1')).toMatchObject({ acknowledged: true, acknowledgement: { recordedBy: 'sam' } });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, TIMEOUT);

  it('lets a baateigenaar measure only the KPIs of their own benefits', async () => {
    const page = await open('/invoeren', 'olga');
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['Meting', 'Bestand inlezen']));
    expect(tabs).not.toContain('Voortgang');
    const kpis = await page.getByLabel('KPI', { exact: true }).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(kpis.sort()).toEqual(['eigenaarschap', 'gedragsobservatie', 'getraind', 'initiatieven']);
    await visible(page.getByTestId('owned-only'));
    // A correction button only on measurements of their own KPIs.
    const plan = (await (await fetch(`${server.url}/api/programmes/${PROGRAMME}`, { headers: server.headers })).json()) as { plan: { kpis: { id: string; name: string }[] } };
    const ownNames = plan.plan.kpis.filter((k) => kpis.includes(k.id)).map((k) => k.name);
    await page.getByLabel('KPI', { exact: true }).selectOption('getraind');
    await page.getByLabel('Waarde').fill('55');
    await page.getByRole('button', { name: 'Meting opslaan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }));
    const rows = page.locator('[data-testid="recent-measurements"] tbody tr');
    await visible(rows.filter({ hasText: ownNames.find((n) => n.length > 0)! }).first());
    await expect.poll(async () => {
      const seen = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('td')!.textContent ?? '', !!tr.querySelector('button')] as const));
      return seen.length > 0 && seen.every(([name, button]) => button === ownNames.includes(name)) && seen.some(([, button]) => button);
    }, { timeout: 10_000 }).toBe(true);
    await page.getByRole('tab', { name: 'Bestand inlezen' }).click();
    expect(await page.getByLabel('Soort gegevens').locator('option').allTextContents()).toEqual(['Metingen', 'Risico’s']);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-baateigenaar-invoeren.png'), fullPage: true });
    await page.context().close();
  }, TIMEOUT);
});
