// Hostile text is data: script and SQL payloads in every text field are stored and returned byte for
// byte (SQLite and PostgreSQL), and the dashboard shows them as text — no dialog, no injected
// element — under the server's CSP, which it must not violate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { createStatusCache } from '../src/app/compute-status.js';
import type { RecordKind } from '../src/app/record-kinds.js';
import { createApp } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { role, seedUser, signedIn, tokenApi } from './auth-harness.js';
import { exampleAs } from './server-harness.js';
import type { Api } from './server-harness.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { buildDashboard, listen } from './support/web-dashboard.js';
import { dialects, freshSqlite } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

/** Script, markup, SQL and control payloads; none of them may be interpreted anywhere. */
export const PAYLOADS = [
  '<script>alert("xss")</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE record; --",
  "' OR '1'='1",
  'Robert\'); DROP TABLE user_account;--',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7} %s %n \\x00 ☃ 𝄞',
  '<svg onload=alert(1)>',
];

/** Every free-text field of every record kind (references such as kpi must name real things). */
const TEXT_FIELDS: Partial<Record<RecordKind, { readonly base: Record<string, unknown>; readonly fields: readonly string[] }>> = {
  measurements: { base: { kpi: 'getraind', date: '2026-03-31', value: 1 }, fields: ['source', 'note', 'recordedBy'] },
  progress: { base: { effort: 'SYS-01', date: '2026-02-28', percentComplete: 10 }, fields: ['note', 'recordedBy'] },
  decisions: { base: { milestone: 'M3', date: '2026-03-31', outcome: 'go-met-voorwaarden', decidedBy: 'x', conditions: 'x' }, fields: ['conditions', 'decidedBy', 'note'] },
  checks: { base: { criterion: 'M1.2', date: '2026-01-31', met: true, evidence: 'x' }, fields: ['evidence', 'recordedBy'] },
  risks: { base: { id: 'R-X', subject: 'B1', description: 'x', likelihood: 'L', impact: 'L', date: '2026-02-01' }, fields: ['id', 'description', 'mitigation', 'recordedBy'] },
  overrides: { base: { parameter: 'tempo', date: '2026-06-30', rag: 'geel', rationale: 'x' }, fields: ['rationale', 'recordedBy'] },
  signals: { base: { rule: 'commitment', subject: 'B1', date: '2026-05-15', note: 'x' }, fields: ['note', 'recordedBy'] },
  acknowledgements: { base: { rule: 'commitment', subject: 'B1', date: '2026-05-20' }, fields: ['note', 'recordedBy'] },
};

describe.each(dialects)('hostile text through the API on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let api: Api;

  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    const app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
    await seedUser(store, 'inert', [role('beheerder')]);
    api = await tokenApi(store, app, 'inert');
    expect((await api('POST', '/api/programmes', { yaml: exampleAs('inert') })).status).toBe(201);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('stores and returns every payload verbatim in every text field of every record kind', async () => {
    let stored = 0;
    for (const [kind, { base, fields }] of Object.entries(TEXT_FIELDS)) {
      for (const field of fields) {
        for (const payload of PAYLOADS) {
          const record = { ...base, [field]: payload };
          const created = await api('POST', `/api/programmes/inert/${kind}`, { json: record });
          expect(created.status, `${kind}.${field} ${payload}: ${created.text}`).toBe(201);
          const read = await api('GET', `/api/programmes/inert/${kind}/${created.body.id}`);
          expect(read.body.record[field], `${kind}.${field}`).toBe(payload);
          expect(read.headers.get('content-type')).toBe('application/json');
          stored++;
        }
      }
    }
    expect(stored).toBe(Object.values(TEXT_FIELDS).reduce((n, t) => n + t.fields.length, 0) * PAYLOADS.length);
    // Nothing was executed as SQL: the tables the payloads name are all there, with their rows.
    expect((await api('GET', '/api/programmes/inert/measurements?limit=500')).body.items.length).toBe(3 * PAYLOADS.length);
    expect((await api('GET', '/api/users')).body.items.map((u: { username: string }) => u.username)).toContain('inert');
  });

  it('keeps payloads verbatim in account names, token names, filters and the programme file', async () => {
    const name = PAYLOADS[1]!;
    const user = await api('POST', '/api/users', { json: { username: 'payload-user', displayName: name } });
    expect(user.body.user.displayName).toBe(name);
    const token = await api('POST', '/api/auth/tokens', { json: { name: PAYLOADS[0] } });
    expect(token.body.name).toBe(PAYLOADS[0]);
    expect((await api('GET', `/api/programmes/inert/measurements?kpi=${encodeURIComponent("' OR '1'='1")}`)).body.items).toEqual([]);
    const yaml = exampleAs('inert-yaml').replace('name: Klant in Beeld', `name: ${JSON.stringify(PAYLOADS[0])}`);
    const created = await api('POST', '/api/programmes', { yaml });
    expect(created.status, created.text).toBe(201);
    expect(created.body.name).toBe(PAYLOADS[0]);
    expect((await api('GET', '/api/programmes/inert-yaml/export')).text).toBe(yaml);
    const users = await api('GET', '/api/users/payload-user');
    expect(users.body.displayName).toBe(name);
  });
});

describe('the dashboard source', () => {
  it('never turns a string into HTML or code: no dangerouslySetInnerHTML, innerHTML, document.write or eval', () => {
    const root = join(import.meta.dirname, '..', 'web', 'src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(tsx?|css)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(join(root, f), 'utf8')));
    expect(offending).toEqual([]);
  });
});

describe.skipIf(!hasChromium())('hostile text in the dashboard', () => {
  let db: TestDatabase;
  let store: Store;
  let browser: Browser;
  let url: string;
  let close: () => Promise<void>;
  let cookies: Map<string, string>;

  beforeAll(async () => {
    const webDir = await buildDashboard();
    db = await freshSqlite();
    store = await db.open();
    const app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-11-20', webDir });
    ({ url, close } = await listen(app));
    await seedUser(store, 'browser', [role('beheerder')]);
    const yaml = exampleAs('klant-in-beeld').replace('name: Klant in Beeld', `name: ${JSON.stringify(`Klant ${PAYLOADS[1]}`)}`);
    const admin = await tokenApi(store, app, 'browser');
    expect((await admin('POST', '/api/programmes', { yaml })).status).toBe(201);
    cookies = (await signedIn(url, 'browser')).cookies;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await close?.();
    await store?.close();
    await db?.drop();
  });

  /** A signed-in page that records dialogs, page errors and CSP violations. */
  async function open(path: string): Promise<{ page: Page; dialogs: string[]; violations: string[] }> {
    const context = await browser.newContext({ locale: 'nl-NL' });
    await context.addCookies([...cookies].map(([name, value]) => ({ name, value, url })));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { cspViolations: string[] }).cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${url}${path}`);
    await page.locator('#page-title').waitFor();
    await page.waitForFunction(() => !document.querySelector('.spinner'));
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    return { page, dialogs, violations };
  }

  const injected = (page: Page) => page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    images: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
  }));

  it('shows typed-in payloads as text: no dialog, no script or element created, no CSP violation', async () => {
    const { page, dialogs } = await open('/invoeren');
    await page.getByLabel('KPI').selectOption('getraind');
    await page.getByLabel('Datum').fill('2026-11-19');
    await page.getByLabel('Waarde').fill('42');
    await page.getByLabel('Bron (optioneel)').fill(PAYLOADS[7]!);
    await page.getByLabel('Ingevoerd door').fill(PAYLOADS[0]!);
    await page.getByLabel('Toelichting (optioneel)').fill(PAYLOADS[1]!);
    await page.getByRole('button', { name: /meting opslaan/i }).click();
    const row = page.getByTestId('recent-measurements').locator('tr', { hasText: PAYLOADS[0]! });
    await row.first().waitFor({ timeout: 15_000 });
    expect(await row.first().textContent()).toContain(PAYLOADS[0]);
    expect(await injected(page)).toEqual({ scripts: 0, images: 0 });
    expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows stored payloads on every page as text, under the CSP, without violating it', async () => {
    for (const path of ['/', '/kpis', '/baten', '/mijlpalen', '/historie', '/roadmap', '/rapporten']) {
      const { page, dialogs, violations } = await open(path);
      expect(await page.locator('.topbar-programme strong').textContent(), path).toBe(`Klant ${PAYLOADS[1]}`);
      expect(await injected(page), path).toEqual({ scripts: 0, images: 0 });
      expect(dialogs, path).toEqual([]);
      expect(violations, path).toEqual([]);
      await page.context().close();
    }
  }, 180_000);
});
