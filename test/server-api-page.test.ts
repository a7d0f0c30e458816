// The plain page a server without a built dashboard shows: its styles must pass the server's own
// Content Security Policy (no 'unsafe-inline'), so Chromium applies them and reports no violation.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { CONTENT_SECURITY_POLICY } from '../src/server/auth/index.js';
import { createApp } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { ROOT } from './server-harness.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium } from './support/environment.js';
import { listen } from './support/web-dashboard.js';
import { freshSqlite } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');

describe('the API page without a dashboard', () => {
  let db: TestDatabase;
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    db = await freshSqlite();
    store = await db.open();
    app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('has no inline style or script, and serves its stylesheet under the strict policy', async () => {
    const page = await app.request('/');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).not.toMatch(/<style|<script|style=/i);
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1];
    expect(href).toBeDefined();
    const css = await app.request(href!);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('max-width:40rem');
  });

  describe.skipIf(!hasChromium())('in Chromium', () => {
    let browser: Browser;
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      ({ url, close } = await listen(app));
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await close?.();
    });

    it('applies the styles with no CSP violation', async () => {
      const page = await browser.newPage();
      const console: string[] = [];
      page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
      // Violations are also reported as events, which catches those Chromium does not log.
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(`${url}/`, { waitUntil: 'load' });
      const styles = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { maxWidth: body.maxWidth, fontFamily: body.fontFamily, code: getComputedStyle(document.querySelector('code')!).backgroundColor };
      });
      expect(styles.maxWidth).toBe('640px');
      expect(styles.fontFamily).toContain('system-ui');
      expect(styles.code).toBe('rgb(243, 243, 243)');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'server-api-page.png') });
      await page.close();
    }, 60_000);
  });
});
