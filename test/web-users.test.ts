// The Gebruikers page in Chromium: a beheerder creates an account, assigns a role, resets the
// password, and the new user signs in with the one-time password; a stale role edit meets 412; axe
// finds nothing in Dutch or English, with the form, the roles editor and a confirmation open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { ROOT } from './support/run-cli.js';
import { startDashboard } from './support/web-dashboard.js';
import type { DashboardServer } from './support/web-dashboard.js';
import { hidden, text, visible } from './support/browser-waits.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const TIMEOUT = 120_000;


describe.skipIf(!hasChromium())('the Gebruikers page', () => {
  let server: DashboardServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDashboard({ today: '2026-11-20' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(path: string, signedIn = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'nl-NL' });
    if (signedIn) await context.addCookies([...server.cookies]);
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('close', () => expect(errors).toEqual([]));
    await p.goto(`${server.url}${path}`);
    await p.locator('#page-title').waitFor();
    await p.waitForFunction(() => !document.querySelector('.spinner'));
    return p;
  }

  const row = (p: Page, username: string) => p.locator(`tr[data-user="${username}"]`);
  const api = (method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, { method, headers: { ...server.headers, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });

  it('creates a user, assigns a role, resets the password, and the new user signs in with it', async () => {
    const p = await page('/');
    await p.getByRole('link', { name: 'Gebruikers' }).click();
    await text(p.locator('h1')).toBe('Gebruikers');
    await visible(row(p, 'dashboard'));
    // No one disables their own account.
    expect(await row(p, 'dashboard').getByRole('button', { name: /uitschakelen/ }).count()).toBe(0);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: join(ARTIFACTS, 'web-users.png'), fullPage: true });

    await p.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const form = p.locator('form[aria-labelledby="new-user-title"]');
    // The server's answers land beside their fields: an invalid username, then a weak password.
    await form.getByLabel('Gebruikersnaam', { exact: true }).fill('Fleur de Vries');
    await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await visible(form.locator('[aria-invalid="true"][name="username"]'));
    await form.getByLabel('Gebruikersnaam', { exact: true }).fill('fleur');
    await form.getByLabel('Naam', { exact: true }).fill('Fleur de Vries');
    await form.getByLabel('Eerste wachtwoord (optioneel)').fill('kort');
    await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await visible(form.locator('[aria-invalid="true"][name="new-password"]'));
    expect(await form.locator('[aria-invalid="true"]').count()).toBe(1);
    expect(await axeViolations(p)).toEqual([]);
    await form.getByLabel('Eerste wachtwoord (optioneel)').fill('');
    await form.getByRole('button', { name: 'Gebruiker aanmaken' }).click();

    // Without a password Koers makes a one-time password, shown once.
    const otp = p.getByTestId('one-time-password');
    await visible(otp);
    const first = await otp.getByRole('textbox').inputValue();
    expect(first).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await text(p.getByRole('status').filter({ hasText: 'aangemaakt' })).toContain('Gebruiker fleur is aangemaakt');

    // The roles editor opens for the new user: a baateigenaar picks benefits from the plan.
    const editor = p.locator('form.roles-editor');
    await visible(editor);
    await editor.getByRole('button', { name: 'Rol toevoegen' }).click();
    await editor.getByLabel('Rol', { exact: true }).selectOption('baateigenaar');
    await editor.getByLabel(/^B6 · /).check();
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: join(ARTIFACTS, 'web-users-roles.png'), fullPage: true });
    await editor.getByLabel('Rol', { exact: true }).selectOption('stuurgroeplid');
    await editor.getByRole('button', { name: 'Rollen opslaan' }).click();
    await text(p.getByRole('status').filter({ hasText: 'opgeslagen' })).toContain('De rollen van fleur zijn opgeslagen.');
    await text(row(p, 'fleur').locator('td').nth(1)).toBe('stuurgroeplid · Klant in Beeld');
    await p.getByRole('button', { name: 'Doorgegeven, verbergen' }).click();
    await hidden(otp);

    // A reset asks first, in a dialog, and then shows a new one-time password.
    await row(p, 'fleur').getByRole('button', { name: 'Wachtwoord van Fleur de Vries resetten' }).click();
    const dialog = p.getByRole('dialog', { name: 'Wachtwoord van Fleur de Vries resetten?' });
    await visible(dialog);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: join(ARTIFACTS, 'web-users-reset-dialog.png') });
    await dialog.getByRole('button', { name: 'Resetten' }).click();
    await visible(otp);
    const second = await otp.getByRole('textbox').inputValue();
    expect(second).not.toBe(first);
    const old = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'fleur', password: first }) });
    expect(old.status).toBe(401);
    await p.context().close();

    // Fleur signs in with the one-time password, chooses her own, and sees what a stuurgroeplid sees.
    const fleur = await page('/mijlpalen', false);
    await fleur.getByLabel('Gebruikersnaam').fill('fleur');
    await fleur.getByLabel('Wachtwoord').fill(second);
    await fleur.getByRole('button', { name: 'Inloggen' }).click();
    await text(fleur.locator('h1')).toBe('Kies uw eigen wachtwoord');
    await fleur.getByLabel('Huidig (eenmalig) wachtwoord').fill(second);
    await fleur.getByLabel('Nieuw wachtwoord').fill('de stuurgroep beslist 2026');
    await fleur.getByLabel('Herhaal het nieuwe wachtwoord').fill('de stuurgroep beslist 2026');
    await fleur.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await text(fleur.locator('h1')).toBe('Mijlpalen');
    await visible(fleur.getByRole('button', { name: 'Besluit vastleggen…' }));
    expect(await fleur.locator('nav a').allTextContents()).not.toContain('Gebruikers');
    await fleur.context().close();
  }, TIMEOUT);

  it('disables and enables an account after confirmation', async () => {
    expect((await api('POST', '/api/users', { username: 'gert', password: 'een lang wachtwoord 2026' })).status).toBe(201);
    const p = await page('/gebruikers');
    // Accounts are not about a day of the programme: the top bar has no "Stand per" date here.
    await visible(row(p, 'gert'));
    expect(await p.locator('header.topbar').getByLabel('Stand per').count()).toBe(0);
    await row(p, 'gert').getByRole('button', { name: 'Account van gert uitschakelen' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
    await hidden(p.getByRole('dialog'));
    await text(row(p, 'gert').locator('.tag')).toBe('Actief');
    await row(p, 'gert').getByRole('button', { name: 'Account van gert uitschakelen' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Uitschakelen' }).click();
    await text(row(p, 'gert').locator('.tag')).toBe('Uitgeschakeld');
    expect((await (await api('GET', '/api/users/gert')).json() as { disabled: boolean }).disabled).toBe(true);
    await row(p, 'gert').getByRole('button', { name: 'Account van gert weer inschakelen' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Inschakelen' }).click();
    await text(row(p, 'gert').locator('.tag')).toBe('Actief');
    // The programme's pages keep it.
    await p.locator('nav').getByRole('link', { name: 'Historie' }).click();
    await visible(p.locator('header.topbar').getByLabel('Stand per'));
    await p.context().close();
  }, TIMEOUT);

  it('keeps a role change another beheerder made meanwhile (412) and offers the latest roles', async () => {
    expect((await api('POST', '/api/users', { username: 'hanna' })).status).toBe(201);
    expect((await api('PUT', '/api/users/hanna/grants', { grants: [{ programme: 'klant-in-beeld', role: 'lezer' }] })).status).toBe(200);
    const p = await page('/gebruikers');
    await row(p, 'hanna').getByRole('button', { name: 'Rollen van hanna bewerken' }).click();
    const editor = p.locator('form.roles-editor');
    await visible(editor.getByLabel('Rol', { exact: true }));
    // Meanwhile another beheerder makes her programmamanager.
    expect((await api('PUT', '/api/users/hanna/grants', { grants: [{ programme: 'klant-in-beeld', role: 'programmamanager' }] })).status).toBe(200);
    await editor.getByLabel('Rol', { exact: true }).selectOption('stuurgroeplid');
    await editor.getByRole('button', { name: 'Rollen opslaan' }).click();
    // Changing her role takes the old one away, so the editor asks first.
    await text(p.getByRole('dialog')).toContain('lezer · Klant in Beeld');
    await p.getByRole('dialog').getByRole('button', { name: 'Intrekken en opslaan' }).click();
    await text(editor.getByRole('alert')).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(await axeViolations(p)).toEqual([]);
    await editor.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect.poll(() => editor.getByLabel('Rol', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('programmamanager');
    const stored = (await (await api('GET', '/api/users/hanna')).json()) as { grants: { role: string }[] };
    expect(stored.grants.map((g) => g.role)).toEqual(['programmamanager']);
    // Revoking asks first and names the role.
    await editor.getByRole('button', { name: 'Rol programmamanager op Klant in Beeld intrekken' }).click();
    await editor.getByRole('button', { name: 'Rollen opslaan' }).click();
    await text(p.getByRole('dialog')).toContain('programmamanager · Klant in Beeld');
    await p.getByRole('dialog').getByRole('button', { name: 'Intrekken en opslaan' }).click();
    await text(row(p, 'hanna').locator('td').nth(1)).toBe('Nog geen rol');
    await p.context().close();
  }, TIMEOUT);

  it('reads well in English with zero axe violations, and the keyboard reaches every control', async () => {
    const p = await page('/gebruikers');
    await p.getByRole('button', { name: 'EN', exact: true }).click();
    await text(p.locator('h1')).toBe('Users');
    await p.getByRole('button', { name: 'Add user' }).click();
    // The form takes focus; Tab walks through its fields to its buttons.
    await expect.poll(() => p.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
    const names: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await p.keyboard.press('Tab');
      names.push(await p.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent ?? ''));
    }
    expect(names).toEqual(['displayName', 'new-password', '', 'Create user', 'Cancel', expect.any(String)]);
    expect(await axeViolations(p)).toEqual([]);
    await p.screenshot({ path: join(ARTIFACTS, 'web-users-en.png'), fullPage: true });
    await p.context().close();
  }, TIMEOUT);
});
