// Protection: CSRF on every change, sign-in throttling shared by instances (429 + Retry-After),
// security headers with a strict CSP, and no secrets in the server's output.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { CONTENT_SECURITY_POLICY } from '../src/server/auth/index.js';
import { createApp } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import { browserClient, passwordOf, role, seedUser, serveCapturing, signedIn, tokenApi } from './auth-harness.js';
import { apiFor, exampleAs, killed, ROOT } from './server-harness.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

const measurement = { kpi: 'getraind', date: '2026-03-31', value: 21 };

describe.each(dialects)('protection on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let other: Store;
  let now = new Date('2026-07-15T09:00:00Z');
  const appOn = (s: Store, auth = {}) => createApp({ store: s, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined, auth: { now: () => now, ...auth } });
  let app: ReturnType<typeof appOn>;

  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    other = await db.open(); // a second instance's connection to the same database
    app = appOn(store);
    await seedUser(store, 'pm', [role('programmamanager')]);
    await seedUser(store, 'beheer', [role('beheerder')]);
    expect((await (await tokenApi(store, app, 'beheer'))('POST', '/api/programmes', { yaml: exampleAs('prot') })).status).toBe(201);
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
    await db?.drop();
  });

  const countMeasurements = async () => (await (await tokenApi(store, app, 'pm'))('GET', '/api/programmes/prot/measurements?limit=500')).body.items.length as number;

  it('refuses a change from a session without the CSRF token (403), with a wrong one, or with another session\'s', async () => {
    const before = await countMeasurements();
    const noToken = browserClient(app, { sendCsrf: false });
    expect((await noToken.login('pm')).status).toBe(200);
    const missing = await noToken.api('POST', '/api/programmes/prot/measurements', { json: measurement });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf-token-missing');
    const wrong = await noToken.api('POST', '/api/programmes/prot/measurements', { json: measurement, headers: { 'x-csrf-token': 'raden' } });
    expect(wrong.body.code).toBe('csrf-token-invalid');
    const otherSession = await signedIn(app, 'pm');
    const borrowed = await noToken.api('POST', '/api/programmes/prot/measurements', { json: measurement, headers: { 'x-csrf-token': otherSession.cookies.get('koers-csrf')! } });
    expect(borrowed.status).toBe(403);
    for (const [method, path] of [['PUT', '/api/programmes/prot'], ['DELETE', '/api/programmes/prot'], ['POST', '/api/auth/logout'], ['POST', '/api/auth/tokens']] as const) {
      expect((await noToken.api(method, path, { json: {} })).status, `${method} ${path}`).toBe(403);
    }
    expect(await countMeasurements()).toBe(before);
    expect((await otherSession.api('POST', '/api/programmes/prot/measurements', { json: measurement })).status).toBe(201);
    expect(await countMeasurements()).toBe(before + 1);
  });

  it('refuses changes that a browser says come from another site, the sign-in form included', async () => {
    const pm = await signedIn(app, 'pm');
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }] as Record<string, string>[]) {
      const res = await pm.api('POST', '/api/programmes/prot/measurements', { json: measurement, headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.body.code).toBe('cross-site-request');
      expect((await browserClient(app, { headers }).login('pm')).status).toBe(403);
    }
    const sameOrigin = await pm.api('POST', '/api/programmes/prot/measurements', { json: measurement, headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' } });
    expect(sameOrigin.status).toBe(201);
    // An API token is no ambient credential: no CSRF token needed.
    expect((await (await tokenApi(store, app, 'pm'))('POST', '/api/programmes/prot/measurements', { json: measurement })).status).toBe(201);
  });

  it('blocks an account after 5 failed sign-ins with 429 and Retry-After, on every instance, until the block ends', async () => {
    await seedUser(store, 'doelwit', [role('lezer')]);
    const second = appOn(other);
    for (let i = 0; i < 5; i++) {
      const res = await browserClient(i % 2 ? second : app).login('doelwit', `gok-${i}-abcdefgh`);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    for (const instance of [app, second]) {
      const blocked = await browserClient(instance).login('doelwit'); // even the right password
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('too-many-sign-in-attempts');
      expect(Number(blocked.headers.get('retry-after'))).toBe(900);
    }
    const start = now;
    try {
      now = new Date(start.getTime() + 10 * 60_000);
      expect(Number((await browserClient(app).login('doelwit')).headers.get('retry-after'))).toBe(300);
      now = new Date(start.getTime() + 15 * 60_000 + 1000);
      expect((await browserClient(second).login('doelwit')).status).toBe(200);
      // A success clears the account's count.
      for (let i = 0; i < 4; i++) expect((await browserClient(app).login('doelwit', 'nog-een-gok-x')).status).toBe(401);
      expect((await browserClient(app).login('doelwit')).status).toBe(200);
    } finally {
      now = start;
    }
  });

  it('blocks an address that tries many accounts (behind a trusted proxy, by X-Forwarded-For)', async () => {
    const proxied = appOn(store, { trustProxy: true, addressFailures: 6 });
    const from = (ip: string) => browserClient(proxied, { headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } });
    for (let i = 0; i < 6; i++) expect((await from('203.0.113.7').login(`spray-${i}`, 'Welkom01!x')).status).toBe(401);
    const blocked = await from('203.0.113.7').login('pm');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('900');
    expect((await from('198.51.100.2').login('pm')).status).toBe(200);
  });

  it('sends security headers with a CSP without unsafe-inline on every answer, errors included', async () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    const pm = await signedIn(app, 'pm');
    for (const res of [await apiFor(app)('GET', '/api/programmes'), await pm.api('GET', '/api/programmes/prot'), await apiFor(app)('GET', '/healthz'), await pm.api('GET', '/api/nothing')]) {
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await pm.api('GET', '/api/auth/session')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('the server\'s output', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/koers.js'))) execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'koers-logs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds no password, session id, CSRF token or API token, through sign-ins, failures and a password change', async () => {
    const database = join(dir, 'koers.db');
    const store = await openStore({ database });
    await seedUser(store, 'loguser', [role('programmamanager')]);
    await store.close();
    const { child, url, output } = await serveCapturing(database, [], { KOERS_DEBUG: '1' });
    const secrets: string[] = [passwordOf('loguser'), 'een-fout-wachtwoord-42', 'mijn nieuwe wachtwoord 2026'];
    try {
      const client = browserClient(url);
      expect((await client.login('loguser', 'een-fout-wachtwoord-42')).status).toBe(401);
      expect((await client.login('loguser')).status).toBe(200);
      secrets.push(client.cookies.get('koers-session')!, client.cookies.get('koers-csrf')!);
      const token = await client.api('POST', '/api/auth/tokens', { json: { name: 'logtest' } });
      secrets.push(token.body.token);
      expect((await client.api('PUT', '/api/auth/password', { json: { currentPassword: passwordOf('loguser'), newPassword: 'mijn nieuwe wachtwoord 2026' } })).status).toBe(200);
      secrets.push(client.cookies.get('koers-session')!);
      // Malformed requests that the server answers with problems.
      await apiFor(url)('POST', '/api/auth/login', { body: '{"username": "loguser", "password": "een-fout-wachtwoord-42"', headers: { 'content-type': 'application/json' } });
      await apiFor(url)('GET', '/api/programmes', { headers: { authorization: `Bearer ${token.body.token}x` } });
    } finally {
      await killed(child);
    }
    expect(output()).toContain('serving');
    expect(secrets).toHaveLength(7);
    for (const secret of secrets) expect(output(), 'a secret in the output').not.toContain(secret);
  });
});
