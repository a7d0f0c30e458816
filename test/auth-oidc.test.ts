// Single sign-on end to end: a real OpenID Connect provider (oidc-provider) on 127.0.0.1, Koers as
// the relying party through openid-client — authorization code with PKCE, state, nonce, ID token
// and userinfo — accounts made on first sign-on, roles from the claim.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { createApp } from '../src/server/index.js';
import type { AuthOptions } from '../src/server/auth/index.js';
import type { Store } from '../src/store/index.js';
import { browserClient, role, seedUser, tokenApi } from './auth-harness.js';
import type { BrowserClient } from './auth-harness.js';
import { exampleAs } from './server-harness.js';
import { freshSqlite } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

const REDIRECT = 'http://127.0.0.1:3999/api/auth/oidc/callback';

/** Who the provider signs in next, with which claims (as if they typed their name and password there). */
const people: Record<string, Record<string, unknown>> = {
  'u-anna': { preferred_username: 'anna.sso', name: 'Anna de Vries', email: 'anna@example.org', koers_roles: ['programmamanager:sso-prog', 'Domain Users'] },
  'u-bram': { preferred_username: 'bram', name: 'Bram', koers_roles: 'lezer' },
  'u-lokaal': { preferred_username: 'lokaal', name: 'Lokaal', koers_roles: ['beheerder'] },
};
let nextPerson = 'u-anna';

async function startProvider(): Promise<{ server: Server; issuer: string }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'koers', client_secret: 'koers-test-secret', redirect_uris: [REDIRECT], token_endpoint_auth_method: 'client_secret_post', grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'], koers: ['koers_roles'] },
    scopes: ['openid', 'profile', 'email', 'koers'],
    findAccount: async (_ctx: unknown, id: string) => ({ accountId: id, claims: async () => ({ sub: id, ...people[id] }) }),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['koers-test-cookie-key'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider:', error));
  const handle = provider.callback();
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    // The person signs in and consents; the provider then continues the authorization.
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') return provider.interactionFinished(req, res, { login: { accountId: nextPerson } }, { mergeWithLastSubmission: false });
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id! });
      grant.addOIDCScope(details.params.scope!);
      return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return { server, issuer };
}

/** Follows the provider's redirects with its own cookie jar until it sends the browser back to Koers. */
async function throughProvider(location: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(location);
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(REDIRECT.split('?')[0]!)) return url;
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const next = res.headers.get('location');
    if (!next) throw new Error(`the provider stopped at ${url.pathname} with ${res.status}: ${(await res.text()).slice(0, 300)}`);
    url = new URL(next, url);
  }
  throw new Error('too many redirects');
}

describe('single sign-on with OpenID Connect', () => {
  let provider: { server: Server; issuer: string };
  let db: TestDatabase;
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    provider = await startProvider();
    db = await freshSqlite();
    store = await db.open();
    const oidc: AuthOptions['oidc'] = {
      issuer: provider.issuer, clientId: 'koers', clientSecret: 'koers-test-secret', redirectUrl: REDIRECT, scopes: 'openid profile email koers',
      roleClaim: 'koers_roles', usernameClaim: 'preferred_username', allowInsecureIssuer: true,
    };
    app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined, auth: { oidc } });
    await seedUser(store, 'beheer', [role('beheerder')]);
    await seedUser(store, 'lokaal', [role('lezer')]);
    const admin = await tokenApi(store, app, 'beheer');
    expect((await admin('POST', '/api/programmes', { yaml: exampleAs('sso-prog') })).status).toBe(201);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
    await new Promise((resolve) => provider?.server.close(resolve));
  });

  /** A whole sign-on in a fresh browser: Koers → provider → Koers. */
  async function signOn(person: string, returnTo = '/kpis'): Promise<{ client: BrowserClient; landed: string | null; status: number; body: unknown }> {
    nextPerson = person;
    const client = browserClient(app);
    const start = await client.api('GET', `/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const back = await throughProvider(start.headers.get('location')!);
    const done = await client.api('GET', `${back.pathname}${back.search}`);
    return { client, landed: done.headers.get('location'), status: done.status, body: done.body };
  }

  it('says that single sign-on is available', async () => {
    expect((await browserClient(app).api('GET', '/api/auth/providers')).body).toEqual({ password: true, oidc: { loginUrl: '/api/auth/oidc/login' } });
  });

  it('signs a new person on: an account from the claims, roles from the role claim, a session back on the page they came from', async () => {
    const { client, landed, status } = await signOn('u-anna');
    expect(status).toBe(302);
    expect(landed).toBe('/kpis');
    expect(client.cookies.get('koers-session')).toMatch(/^[\w-]{43}$/);
    const session = await client.api('GET', '/api/auth/session');
    expect(session.body).toMatchObject({ user: { username: 'anna.sso', displayName: 'Anna de Vries' }, via: 'session', mustChangePassword: false });
    expect(session.body.grants).toEqual([{ programme: 'sso-prog', role: 'programmamanager', benefits: [], ownerRoles: [], source: 'oidc' }]);
    const write = await client.api('POST', '/api/programmes/sso-prog/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 20 } });
    expect(write.status).toBe(201);
    expect(write.body.createdBy).toBe('anna.sso');
  });

  it('replaces sign-on roles at every sign-on, and keeps roles assigned in Koers', async () => {
    await signOn('u-bram');
    const admin = await tokenApi(store, app, 'beheer');
    expect((await admin('PUT', '/api/users/bram/grants', { json: { grants: [{ programme: 'sso-prog', role: 'stuurgroeplid' }] } })).status).toBe(200);
    people['u-bram'] = { ...people['u-bram'], koers_roles: ['lezer:sso-prog'] };
    const { client } = await signOn('u-bram');
    const grants = (await client.api('GET', '/api/auth/session')).body.grants.map((g: { programme: string; role: string; source: string }) => `${g.role}@${g.programme}/${g.source}`).sort();
    expect(grants).toEqual(['lezer@sso-prog/oidc', 'stuurgroeplid@sso-prog/local']);
    expect((await admin('GET', '/api/users')).body.items.filter((u: { username: string }) => u.username === 'bram')).toHaveLength(1);
  });

  it('never takes over a password account that merely has the same name', async () => {
    const { status, body } = await signOn('u-lokaal');
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'conflict' });
    expect((await tokenApi(store, app, 'lokaal'))).toBeDefined();
    const admin = await tokenApi(store, app, 'beheer');
    expect((await admin('GET', '/api/users/lokaal')).body).toMatchObject({ singleSignOn: false, grants: [{ role: 'lezer', source: 'local' }] });
  });

  it('refuses a callback that was not started in this browser, a replayed one, and foreign return addresses', async () => {
    nextPerson = 'u-anna';
    const victim = browserClient(app);
    const attacker = browserClient(app);
    const start = await attacker.api('GET', '/api/auth/oidc/login');
    const back = await throughProvider(start.headers.get('location')!);
    // The attacker's callback URL opened in someone else's browser (login CSRF):
    expect((await victim.api('GET', `${back.pathname}${back.search}`)).status).toBe(400);
    expect(victim.cookies.has('koers-session')).toBe(false);

    const own = browserClient(app);
    const s = await own.api('GET', '/api/auth/oidc/login?returnTo=//evil.example/x');
    const b = await throughProvider(s.headers.get('location')!);
    const first = await own.api('GET', `${b.pathname}${b.search}`);
    expect(first.headers.get('location')).toBe('/');
    const stateCookie = s.headers.getSetCookie().find((c) => c.startsWith('koers-oidc-state='))!.split(';')[0]!;
    const replay = await browserClient(app, { headers: { cookie: stateCookie } }).api('GET', `${b.pathname}${b.search}`);
    expect(replay.status).toBe(400);
  });

  it('answers 404 for single sign-on when it is not configured', async () => {
    const plain = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
    const res = await browserClient(plain).api('GET', '/api/auth/oidc/login');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('sso-not-configured');
  });
});
