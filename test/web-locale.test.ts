// The dashboard in the chosen language, not the browser's: the server's messages beside the fields,
// the date field and its calendar (by keyboard alone, checked with axe), and the audit log newest
// first from the server. Real headless Chromium against the real app.
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
import { count, text, value, visible } from './support/browser-waits.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const PROGRAMME = 'klant-in-beeld';
const TODAY = '2026-11-20';
const TIMEOUT = 120_000;

const focusedDate = (page: Page) => expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-date') ?? null), { timeout: 10_000 });

describe.skipIf(!hasChromium())('the dashboard in the chosen language', () => {
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

  /** A page in a browser whose own language is English: what the dashboard shows comes from its own choice. */
  async function open(path: string, timezoneId?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', ...(timezoneId ? { timezoneId } : {}) });
    await context.addCookies([...server.cookies]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('close', () => expect(errors).toEqual([]));
    await page.goto(`${server.url}${path}`);
    await page.locator('#page-title').waitFor();
    await page.waitForFunction(() => !document.querySelector('.spinner'));
    return page;
  }

  it('shows the server\'s problem beside the field in Dutch, and in English after switching', async () => {
    const page = await open('/invoeren');
    await page.getByLabel('KPI').selectOption('getraind');
    const date = page.getByLabel('Datum', { exact: true });
    await date.fill('');
    await date.pressSequentially('16-11-2026');
    await page.getByLabel('Waarde').fill('31');
    // The form has no limit of its own on a note; the server allows 4000 characters.
    const note = page.getByLabel('Toelichting (optioneel)');
    await note.fill('x'.repeat(4001));
    await page.getByRole('button', { name: 'Meting opslaan' }).click();
    const noteError = page.locator('.field', { has: note }).locator('.field-error');
    await text(noteError).toBe('Mag hoogstens 4000 tekens hebben.');
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Save measurement' }).click();
    const noteEn = page.getByLabel('Note (optional)');
    await text(page.locator('.field', { has: noteEn }).locator('.field-error')).toBe('May have at most 4000 characters.');
    // The date field follows the dashboard's language, not the browser's (en-US would write 11/16/2026).
    await value(page.getByLabel('Date', { exact: true })).toBe('16/11/2026');
    await page.context().close();
  }, TIMEOUT);

  it('says an upload\'s row problems in the chosen language, and checks again after a switch', async () => {
    const page = await open('/invoeren?tab=upload');
    const csv = ['kpi;datum;waarde', 'getraind;30-04-2026;20', 'crm-adoptie;30-04-2026;veel'].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'metingen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const row = page.locator('tr[data-row="3"]');
    await text(row).toContain('"veel" is geen getal');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await text(row).toContain('"veel" is not a number');
    await page.context().close();
  }, TIMEOUT);

  it('writes dates as dd-mm-jjjj, says what is wrong while typing, and picks a date with the keyboard alone', async () => {
    const page = await open('/invoeren');
    const date = page.getByLabel('Datum', { exact: true });
    await expect.poll(() => date.inputValue()).toMatch(/^\d{2}-\d{2}-\d{4}$/u);
    expect(await date.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    const field = page.locator('.field', { has: date });
    await date.fill('');
    await date.pressSequentially('31-02-2026');
    await text(field.locator('.field-error')).toBe('31-02-2026 is geen bestaande dag.');
    await date.fill('');
    await date.pressSequentially('16-11-2026');
    await count(field.locator('.field-error')).toBe(0);
    // ISO is taken too, and shown as dd-mm-jjjj once the field is left.
    await date.fill('2026-11-17');
    await page.keyboard.press('Tab');
    await value(date).toBe('17-11-2026');

    // The calendar button follows the input; Enter opens the month grid on the field's date.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('dialog');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Kies een datum' });
    await visible(dialog);
    await focusedDate(page).toBe('2026-11-17');
    await text(dialog.getByRole('heading')).toBe('november 2026');
    // Dutch weekdays, Monday first.
    expect(await dialog.locator('th').allTextContents()).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    expect(await dialog.getByRole('grid').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-date-calendar.png') });

    await page.keyboard.press('ArrowRight');
    await focusedDate(page).toBe('2026-11-18');
    await page.keyboard.press('ArrowDown');
    await focusedDate(page).toBe('2026-11-25');
    await page.keyboard.press('PageDown');
    await focusedDate(page).toBe('2026-12-25');
    await text(dialog.getByRole('heading')).toBe('december 2026');
    await page.keyboard.press('Home');
    await focusedDate(page).toBe('2026-12-21');
    await page.keyboard.press('Enter');
    await count(dialog).toBe(0);
    await value(date).toBe('21-12-2026');
    // Focus is back on the calendar button; Escape closes without a change.
    await page.keyboard.press('Enter');
    await visible(dialog);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await count(dialog).toBe(0);
    await value(date).toBe('21-12-2026');

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const dateEn = page.getByLabel('Date', { exact: true });
    await value(dateEn).toBe('21/12/2026');
    await page.locator('.field', { has: dateEn }).getByRole('button', { name: 'Open calendar' }).click();
    await text(page.getByRole('dialog', { name: 'Choose a date' }).getByRole('heading')).toBe('December 2026');
    await page.context().close();
  }, TIMEOUT);

  it('lists the audit log newest first as the server serves it, a page at a time', async () => {
    const post = async (kpi: string, date: string, v: number) => {
      const res = await fetch(`${server.url}/api/programmes/${PROGRAMME}/measurements`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...server.headers }, body: JSON.stringify({ kpi, date, value: v }),
      });
      expect(res.status).toBe(201);
    };
    // More than a page of entries: 120 measurements in one request, one audit entry each.
    const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const bulk = await fetch(`${server.url}/api/programmes/${PROGRAMME}/measurements/bulk`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...server.headers },
      body: JSON.stringify({ records: days.map((date, i) => ({ kpi: 'procesnaleving', date, value: 50 + (i % 10) })) }),
    });
    expect(bulk.status, await bulk.clone().text()).toBe(201);
    await post('getraind', '2026-11-18', 41);
    await post('getraind', '2026-11-19', 42);
    const page = await open('/historie');
    const rows = page.getByTestId('audit-log').locator('tbody tr');
    await text(rows.nth(0)).toContain('getraind: 42');
    await text(rows.nth(1)).toContain('getraind: 41');

    const api = async (query: string) => (await (await fetch(`${server.url}/api/programmes/${PROGRAMME}/audit?${query}`, { headers: server.headers })).json()) as { items: { id: string }[]; next: string | null };
    const newest = await api('limit=500');
    expect(newest.items.map((e) => e.id)).toEqual([...newest.items.map((e) => e.id)].sort().reverse());
    expect(newest.items.length).toBeGreaterThan(122);
    await count(rows).toBe(100);
    // The next page comes from the server's `next` link and continues where the first page ended.
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await count(rows).toBe(Math.min(200, newest.items.length));
    const shownIds = await page.getByTestId('audit-log').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(shownIds).toEqual(newest.items.slice(0, shownIds.length).map((e) => e.id));
    await page.context().close();
  }, TIMEOUT);

  it('filters the audit log on the server and pages through the matches, with an exact count', async () => {
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json', ...server.headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
    };
    /** Every matching entry, through the server's `next` links. */
    const matching = async (query: string) => {
      const ids: string[] = [];
      for (let url: string | null = `/api/programmes/${PROGRAMME}/audit?limit=37&${query}`; url;) {
        const page = (await api('GET', url)).body as { items: { id: string }[]; next: string | null };
        ids.push(...page.items.map((e) => e.id));
        url = page.next;
      }
      return ids;
    };
    const created = await api('POST', `/api/programmes/${PROGRAMME}/measurements`, { kpi: 'getraind', date: '2026-11-17', value: 40 });
    expect((await api('DELETE', `/api/programmes/${PROGRAMME}/measurements/${created.body.id}`)).status).toBe(204);

    // In Amsterdam, a day starts at 23:00 or 22:00 UTC: the page asks for the browser's own days.
    const page = await open('/historie', 'Europe/Amsterdam');
    const table = page.getByTestId('audit-log');
    const rows = table.locator('tbody tr');
    const shownIds = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    const counted = page.getByTestId('audit-count');
    await count(rows).toBe(100);

    // More matches than a page: the first 100, then the rest from the server's `next` link, counted exactly.
    await page.getByLabel('Soort').selectOption({ label: 'Meting' });
    await page.getByLabel('Zoeken').fill('procesnaleving');
    const procesnaleving = await matching('entity=measurement&q=procesnaleving');
    expect(procesnaleving.length).toBeGreaterThan(100);
    expect(procesnaleving.length).toBeLessThanOrEqual(200);
    await text(counted).toBe('de nieuwste 100; er zijn er meer');
    await expect.poll(shownIds, { timeout: 10_000 }).toEqual(procesnaleving.slice(0, 100));
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await text(counted).toBe(`${procesnaleving.length} wijzigingen`);
    expect(await shownIds()).toEqual(procesnaleving);
    await count(page.getByRole('button', { name: 'Meer laden' })).toBe(0);

    // Action and user; a user who changed nothing finds nothing.
    await page.getByLabel('Zoeken').fill('');
    await page.getByLabel('Wijziging').selectOption({ label: 'verwijderd' });
    const deleted = await matching('entity=measurement&action=delete');
    expect(deleted).toContain((await matching(`entityId=${created.body.id}&action=delete`))[0]);
    await text(counted).toBe(deleted.length === 1 ? '1 wijziging' : `${deleted.length} wijzigingen`);
    expect(await shownIds()).toEqual(deleted);
    await page.getByLabel('Door').fill('dashboard');
    await text(counted).toBe(deleted.length === 1 ? '1 wijziging' : `${deleted.length} wijzigingen`);
    await page.getByLabel('Door').fill('niemand');
    await text(page.getByText('Geen wijzigingen gevonden')).toBe('Geen wijzigingen gevonden');
    await page.getByLabel('Door').fill('');

    // Dates: today in Amsterdam holds the deletion; up to yesterday holds nothing of today's.
    const amsterdam = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
    const dutch = (iso: string) => iso.split('-').reverse().join('-');
    const now = new Date();
    const from = page.getByLabel('Van', { exact: true });
    await from.fill('');
    await from.pressSequentially(dutch(amsterdam(now)));
    await text(counted).toBe(deleted.length === 1 ? '1 wijziging' : `${deleted.length} wijzigingen`);
    await from.fill('');
    const to = page.getByLabel('Tot en met', { exact: true });
    await to.fill('');
    await to.pressSequentially(dutch(amsterdam(new Date(now.getTime() - 86_400_000))));
    await text(page.getByText('Geen wijzigingen gevonden')).toBe('Geen wijzigingen gevonden');
    await page.context().close();
  }, TIMEOUT);
});
