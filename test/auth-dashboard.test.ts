// The dashboard's sign-in in Chromium: the sign-in page for strangers, a wrong and a right password,
// the password change a one-time password asks for, signing out, and a session that ends meanwhile.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { createApp } from '../src/server/index.js';
import { createUser, resetPassword } from '../src/server/auth/index.js';
import type { Store } from '../src/store/index.js';
import { role, seedUser, passwordOf, tokenApi } from './auth-harness.js';
import { exampleAs, ROOT } from './server-harness.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { buildDashboard, listen } from './support/web-dashboard.js';
import { freshSqlite } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = join(ROOT, 'test-artifacts');

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
  });
}

describe.skipIf(!hasChromium())('signing in to the dashboard', () => {
  let db: TestDatabase;
  let store: Store;
  let browser: Browser;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const webDir = await buildDashboard();
    db = await freshSqlite();
    store = await db.open();
    const app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-11-20', webDir });
    ({ url, close } = await listen(app));
    await seedUser(store, 'sanne', [role('lezer', 'klant-in-beeld')]);
    await seedUser(store, 'beheer', [role('beheerder')]);
    expect((await (await tokenApi(store, app, 'beheer'))('POST', '/api/programmes', { yaml: exampleAs('klant-in-beeld') })).status).toBe(201);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await store?.close();
    await db?.drop();
  });

  async function fresh(path = '/kpis'): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('close', () => expect(errors).toEqual([]));
    await page.goto(`${url}${path}`);
    return page;
  }

  const heading = (page: Page) => expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 });

  it('shows strangers the sign-in page, refuses a wrong password, and opens the page they asked for', async () => {
    const page = await fresh('/kpis');
    await heading(page).toBe('Inloggen');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-login.png') });
    await page.getByLabel('Gebruikersnaam').fill('sanne');
    await page.getByLabel('Wachtwoord').fill('niet mijn wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('De gebruikersnaam of het wachtwoord klopt niet.');
    await page.getByLabel('Wachtwoord').fill(passwordOf('sanne'));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await heading(page).toBe("KPI's");
    expect(await page.locator('.account-menu').textContent()).toContain('Ingelogd als sanne');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'koers-session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await heading(page).toBe('Inloggen');
    expect((await page.context().cookies()).some((c) => c.name === 'koers-session')).toBe(false);
    await page.context().close();
  }, 60_000);

  it('asks for a new password after a one-time password, then opens the dashboard', async () => {
    const { oneTimePassword } = await createUser(store, { username: 'nieuw' }, 'beheer');
    const page = await fresh('/');
    await page.getByLabel('Gebruikersnaam').fill('nieuw');
    await page.getByLabel('Wachtwoord').fill(oneTimePassword!);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await heading(page).toBe('Kies uw eigen wachtwoord');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Huidig (eenmalig) wachtwoord').fill(oneTimePassword!);
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBe(1);
    await page.getByLabel('Nieuw wachtwoord').fill('mijn eigen lange zin');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn eigen lange zin');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    // No role on any programme yet: the dashboard opens, with no programme to show.
    await heading(page).toBe('Nog geen programma');
    await page.context().close();
  }, 60_000);

  it('returns to the sign-in page when the session ends meanwhile', async () => {
    const page = await fresh('/');
    await page.getByLabel('Gebruikersnaam').fill('sanne');
    await page.getByLabel('Wachtwoord').fill(passwordOf('sanne'));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await heading(page).toBe('Overzicht');
    await resetPassword(store, 'sanne', 'beheer'); // ends her sessions
    await page.waitForTimeout(3500); // past the dashboard's few seconds of cached answers
    await page.getByRole('link', { name: 'Baten' }).click();
    await heading(page).toBe('Inloggen');
    await page.context().close();
  }, 60_000);
});
