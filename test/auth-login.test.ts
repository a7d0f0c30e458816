// Signing in and out: password check, cookies, session rotation, idle and absolute expiry, password
// change and reset, disabled accounts, personal API tokens — against the real app on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { createApp } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { browserClient, passwordOf, role, seedUser, signedIn, tokenApi } from './auth-harness.js';
import { apiFor, exampleAs } from './server-harness.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

describe.each(dialects)('signing in on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let now = new Date('2026-07-15T09:00:00Z');
  const appWith = (auth = {}) => createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined, auth: { now: () => now, ...auth } });
  let app: ReturnType<typeof appWith>;

  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    app = appWith();
    await seedUser(store, 'anna', [role('beheerder')]);
    await seedUser(store, 'bert', [role('lezer')]);
    const admin = await tokenApi(store, app, 'anna');
    expect((await admin('POST', '/api/programmes', { yaml: exampleAs('login') })).status).toBe(201);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('signs in with the right password only, with the same answer for an unknown user', async () => {
    const wrong = await browserClient(app).login('bert', 'niet-het-wachtwoord');
    const unknown = await browserClient(app).login('niemand', 'niet-het-wachtwoord');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const client = browserClient(app);
    const ok = await client.login('Bert ', passwordOf('bert'));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ user: { username: 'bert' }, via: 'session', mustChangePassword: false, grants: [{ programme: '*', role: 'lezer' }] });
    expect((await client.api('GET', '/api/programmes/login')).status).toBe(200);
    expect((await client.api('GET', '/api/auth/session')).body.csrfToken).toBe(ok.body.csrfToken);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure (and __Host-) over https or behind a trusted https proxy', async () => {
    const plain = await browserClient(app).login('bert');
    const [session, csrf] = plain.headers.getSetCookie();
    expect(session).toMatch(/^koers-session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(csrf).toMatch(/^koers-csrf=[\w-]{43}; Max-Age=43200; Path=\/; SameSite=Lax$/);

    const https = await browserClient({ request: (path: string, init: RequestInit) => app.request(`https://koers.example.org${path}`, init) }).login('bert');
    expect(https.headers.getSetCookie()[0]).toMatch(/^__Host-koers-session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');

    const proxied = appWith({ trustProxy: true });
    const behind = await browserClient(proxied, { headers: { 'x-forwarded-proto': 'https' } }).login('bert');
    expect(behind.headers.getSetCookie()[0]).toContain('; Secure');
    // Without trusting the proxy, the header is just a header.
    const untrusted = await browserClient(app, { headers: { 'x-forwarded-proto': 'https' } }).login('bert');
    expect(untrusted.headers.getSetCookie()[0]).not.toContain('Secure');
  });

  it('gives a new session id at sign-in and ends the one the browser had', async () => {
    const client = await signedIn(app, 'bert');
    const before = client.cookies.get('koers-session')!;
    // A session id planted before sign-in (fixation) is worthless afterwards.
    const relogin = await client.login('bert');
    expect(relogin.status).toBe(200);
    const after = client.cookies.get('koers-session')!;
    expect(after).not.toBe(before);
    const stale = apiFor(app);
    expect((await stale('GET', '/api/auth/session', { headers: { cookie: `koers-session=${before}` } })).status).toBe(401);
    expect((await stale('GET', '/api/auth/session', { headers: { cookie: `koers-session=${after}` } })).status).toBe(200);
  });

  it('ends a session on sign-out, and the cookie no longer works', async () => {
    const client = await signedIn(app, 'bert');
    const cookie = client.cookies.get('koers-session')!;
    const out = await client.api('POST', '/api/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().some((c) => /^koers-session=; Max-Age=0/.test(c))).toBe(true);
    expect((await apiFor(app)('GET', '/api/programmes', { headers: { cookie: `koers-session=${cookie}` } })).status).toBe(401);
  });

  it('ends a signed-out session on another instance within a second (its short cache), on this one at once', async () => {
    const other = appWith();
    const client = await signedIn(app, 'bert');
    const cookie = `koers-session=${client.cookies.get('koers-session')}`;
    expect((await apiFor(other)('GET', '/api/auth/session', { headers: { cookie } })).status).toBe(200);
    expect((await client.api('POST', '/api/auth/logout')).status).toBe(204);
    expect((await apiFor(app)('GET', '/api/auth/session', { headers: { cookie } })).status).toBe(401);
    const start = now;
    try {
      now = new Date(start.getTime() + 1001);
      expect((await apiFor(other)('GET', '/api/auth/session', { headers: { cookie } })).status).toBe(401);
    } finally {
      now = start;
    }
  });

  it('ends a session after the idle timeout, and after the absolute lifetime however busy it is', async () => {
    const start = now;
    try {
      const idle = await signedIn(app, 'bert');
      now = new Date(start.getTime() + 119 * 60_000);
      expect((await idle.api('GET', '/api/auth/session')).status).toBe(200);
      now = new Date(now.getTime() + 119 * 60_000); // active 119 minutes ago: still alive
      expect((await idle.api('GET', '/api/auth/session')).status).toBe(200);
      now = new Date(now.getTime() + 121 * 60_000);
      expect((await idle.api('GET', '/api/auth/session')).status).toBe(401);

      now = start;
      const busy = await signedIn(app, 'bert');
      for (let hour = 1; hour < 12; hour++) {
        now = new Date(start.getTime() + hour * 3_600_000);
        expect((await busy.api('GET', '/api/auth/session')).status, `hour ${hour}`).toBe(200);
      }
      now = new Date(start.getTime() + 12 * 3_600_000);
      expect((await busy.api('GET', '/api/auth/session')).status).toBe(401);
    } finally {
      now = start;
    }
  });

  it('lets a user change their password, which rotates the session and ends their other sessions', async () => {
    await seedUser(store, 'carla', [role('lezer')]);
    const laptop = await signedIn(app, 'carla');
    const phone = await signedIn(app, 'carla');
    const before = laptop.cookies.get('koers-session');
    const wrong = await laptop.api('PUT', '/api/auth/password', { json: { currentPassword: 'fout-wachtwoord', newPassword: 'een nieuw lang wachtwoord' } });
    expect(wrong.status).toBe(422);
    const weak = await laptop.api('PUT', '/api/auth/password', { json: { currentPassword: passwordOf('carla'), newPassword: 'kort' } });
    expect(weak.status).toBe(422);
    const changed = await laptop.api('PUT', '/api/auth/password', { json: { currentPassword: passwordOf('carla'), newPassword: 'een nieuw lang wachtwoord' } });
    expect(changed.status, changed.text).toBe(200);
    expect(laptop.cookies.get('koers-session')).not.toBe(before);
    expect((await laptop.api('GET', '/api/auth/session')).status).toBe(200);
    expect((await phone.api('GET', '/api/auth/session')).status).toBe(401);
    expect((await browserClient(app).login('carla')).status).toBe(401);
    expect((await browserClient(app).login('carla', 'een nieuw lang wachtwoord')).status).toBe(200);
  });

  it('lets a beheerder reset a password to a one-time password that must be changed before anything else', async () => {
    await seedUser(store, 'dirk', [role('programmamanager', 'login')]);
    const dirk = await signedIn(app, 'dirk');
    const admin = await signedIn(app, 'anna');
    const reset = await admin.api('POST', '/api/users/dirk/password');
    expect(reset.status).toBe(200);
    const oneTime: string = reset.body.oneTimePassword;
    expect(oneTime).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect((await dirk.api('GET', '/api/auth/session')).status).toBe(401);
    expect((await browserClient(app).login('dirk')).status).toBe(401);

    const again = browserClient(app);
    const signIn = await again.login('dirk', oneTime);
    expect(signIn.body.mustChangePassword).toBe(true);
    const blocked = await again.api('GET', '/api/programmes/login');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('password-change-required');
    expect((await again.api('PUT', '/api/auth/password', { json: { currentPassword: oneTime, newPassword: 'zelf gekozen zin 2026' } })).status).toBe(200);
    expect((await again.api('GET', '/api/programmes/login')).status).toBe(200);
    const audit = await admin.api('GET', '/api/audit?entityId=dirk&order=asc');
    expect(audit.body.items.map((a: { actor: string; after: unknown }) => [a.actor, a.after])).toEqual([
      ['test-setup', { username: 'dirk', displayName: 'dirk', admin: false, ssoOnly: false }],
      ['test-setup', { grants: [{ programme: 'login', role: 'programmamanager' }] }],
      ['anna', { passwordReset: true }],
      ['dirk', { passwordChanged: true }],
    ]);
    expect(audit.text).not.toContain(oneTime);
    expect(audit.text).not.toContain('argon2');
  });

  it('refuses a disabled account at once: its session, its tokens and its password', async () => {
    await seedUser(store, 'eva', [role('lezer')]);
    const eva = await signedIn(app, 'eva');
    const token = await tokenApi(store, app, 'eva');
    expect((await token('GET', '/api/programmes')).status).toBe(200);
    const admin = await signedIn(app, 'anna');
    expect((await admin.api('DELETE', '/api/users/eva')).status).toBe(204);
    expect((await eva.api('GET', '/api/programmes')).status).toBe(401);
    expect((await token('GET', '/api/programmes')).status).toBe(401);
    expect((await browserClient(app).login('eva')).status).toBe(401);
    expect((await admin.api('DELETE', '/api/users/anna')).status).toBe(409);
  });

  it('creates personal API tokens that act with the user\'s roles, need no CSRF token, and can be revoked', async () => {
    const bert = await signedIn(app, 'bert');
    const created = await bert.api('POST', '/api/auth/tokens', { json: { name: 'rapportage', expiresInDays: 30 } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^koers_[\w-]{43}$/);
    expect(created.body.expiresAt).toBe(new Date(now.getTime() + 30 * 86_400_000).toISOString());
    const api = apiFor(app);
    const auth = { authorization: `Bearer ${created.body.token}` };
    expect((await api('GET', '/api/programmes/login/status?asOf=2026-07-15', { headers: auth })).status).toBe(200);
    // A lezer's token is a lezer: it may not write.
    expect((await api('POST', '/api/programmes/login/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 1 }, headers: auth })).status).toBe(403);
    const listed = await bert.api('GET', '/api/auth/tokens');
    expect(listed.body.items.map((t: { name: string }) => t.name)).toContain('rapportage');
    expect(listed.text).not.toContain(created.body.token);
    expect((await bert.api('DELETE', `/api/auth/tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await api('GET', '/api/programmes', { headers: auth });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toBe('Bearer realm="koers"');
    expect((await api('GET', '/api/programmes', { headers: { authorization: 'Basic YW5uYTp4' } })).status).toBe(401);
  });

  it('records changes under the signed-in user, whatever X-Koers-User says', async () => {
    const admin = await signedIn(app, 'anna');
    const res = await admin.api('POST', '/api/programmes/login/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 12 }, headers: { 'x-koers-user': 'someone-else' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ createdBy: 'anna', record: { recordedBy: 'anna' } });
  });
});
