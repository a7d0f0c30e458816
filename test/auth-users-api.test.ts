// The account API the Gebruikers page uses: enabling a disabled account again, and ETags so that
// two beheerders editing one account's roles never overwrite each other unseen (412).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { createApp } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { browserClient, role, seedUser, signedIn } from './auth-harness.js';
import type { BrowserClient } from './auth-harness.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

describe.each(dialects)('the users API on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let admin: BrowserClient;

  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
    await seedUser(store, 'ua-admin', [role('beheerder')]);
    admin = await signedIn(app, 'ua-admin');
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('enables a disabled account again, which then signs in with its old password', async () => {
    await seedUser(store, 'ua-fien', [role('lezer')]);
    expect((await admin.api('DELETE', '/api/users/ua-fien')).status).toBe(204);
    expect((await browserClient(app).login('ua-fien')).status).toBe(401);
    const enabled = await admin.api('POST', '/api/users/ua-fien/enable');
    expect(enabled.status, enabled.text).toBe(200);
    expect(enabled.body).toMatchObject({ username: 'ua-fien', disabled: false, grants: [{ programme: '*', role: 'lezer' }] });
    expect((await browserClient(app).login('ua-fien')).status).toBe(200);
    const audit = await admin.api('GET', '/api/audit?entityId=ua-fien&order=asc');
    expect(audit.body.items.map((a: { after: unknown }) => a.after).slice(-2)).toEqual([{ disabled: true }, { disabled: false }]);
    expect((await admin.api('POST', '/api/users/nobody-here/enable')).status).toBe(404);
  });

  it('refuses a change based on a stale read with 412, and changes nothing', async () => {
    await seedUser(store, 'ua-gijs', [role('lezer', 'p1')]);
    const read = await admin.api('GET', '/api/users/ua-gijs');
    const etag = read.headers.get('etag');
    expect(etag).toMatch(/^"u[0-9a-f]{20}"$/);
    // Another beheerder changes the roles meanwhile.
    const other = await admin.api('PUT', '/api/users/ua-gijs/grants', { json: { grants: [{ programme: 'p1', role: 'stuurgroeplid' }] }, headers: { 'if-match': etag! } });
    expect(other.status, other.text).toBe(200);
    const next = other.headers.get('etag');
    expect(next).not.toBe(etag);
    const stale = await admin.api('PUT', '/api/users/ua-gijs/grants', { json: { grants: [] }, headers: { 'if-match': etag! } });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('precondition-failed');
    expect((await admin.api('GET', '/api/users/ua-gijs')).body.grants).toEqual([{ programme: 'p1', role: 'stuurgroeplid', benefits: [], ownerRoles: [], source: 'local' }]);
    for (const [method, path] of [['DELETE', '/api/users/ua-gijs'], ['POST', '/api/users/ua-gijs/password'], ['POST', '/api/users/ua-gijs/enable']] as const) {
      expect((await admin.api(method, path, { headers: { 'if-match': etag! } })).status, `${method} ${path}`).toBe(412);
    }
    expect((await admin.api('GET', '/api/users/ua-gijs')).body.disabled).toBe(false);
    // With the current tag, or without If-Match, the change goes through.
    expect((await admin.api('PUT', '/api/users/ua-gijs/grants', { json: { grants: [] }, headers: { 'if-match': next! } })).status).toBe(200);
  });

  it('refuses a role listed twice for one programme, naming the row', async () => {
    await seedUser(store, 'ua-ivo', []);
    const twice = await admin.api('PUT', '/api/users/ua-ivo/grants', { json: { grants: [{ programme: 'p1', role: 'lezer' }, { programme: 'p2', role: 'lezer' }, { programme: 'p1', role: 'lezer' }] } });
    expect(twice.status).toBe(422);
    expect(twice.body.errors).toEqual([expect.objectContaining({ path: 'grants[2].role' })]);
    expect((await admin.api('GET', '/api/users/ua-ivo')).body.grants).toEqual([]);
  });

  it('says which field is wrong when an account cannot be created', async () => {
    const weak = await admin.api('POST', '/api/users', { json: { username: 'ua-hanna', password: 'kort' } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
    const name = await admin.api('POST', '/api/users', { json: { username: 'Hanna Smit' } });
    expect(name.status).toBe(422);
    expect(name.body.errors).toEqual([expect.objectContaining({ path: 'username' })]);
    const ok = await admin.api('POST', '/api/users', { json: { username: 'ua-hanna', displayName: 'Hanna Smit' } });
    expect(ok.status).toBe(201);
    expect(ok.body.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const taken = await admin.api('POST', '/api/users', { json: { username: 'ua-hanna' } });
    expect(taken.status).toBe(409);
  });
});
