// "Who am I" (GET /api/auth/session) tells the dashboard what the user may change. Each answer is
// checked against what the server then does: every route it lists passes authorisation, every
// route it leaves out is refused with 403, and an "owned" route refuses records about someone
// else's benefit. The requests carry invalid bodies, so nothing is stored. Runs on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { PERMISSIONS } from '../src/server/auth/index.js';
import { createApp } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { role, seedUser, signedIn, tokenApi } from './auth-harness.js';
import type { BrowserClient } from './auth-harness.js';
import { exampleAs } from './server-harness.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

type Scope = 'all' | 'owned';
interface ProgrammeAccess {
  readonly programme: string;
  readonly roles: readonly string[];
  readonly actions: Readonly<Record<string, Scope>>;
  readonly owned: { readonly benefits: readonly string[]; readonly kpis: readonly string[] } | null;
}
interface Access {
  readonly global: Readonly<Record<string, Scope>>;
  readonly programmes: readonly ProgrammeAccess[];
}

const P = 'wa';
const USERS = {
  'wa-b': [role('beheerder')],
  'wa-p': [role('programmamanager', P)],
  'wa-o': [role('baateigenaar', P, { ownerRoles: ['manager-hr'] })],
  'wa-s': [role('stuurgroeplid', P)],
  'wa-l': [role('lezer', P)],
  // Lezer everywhere, programmamanager on the other programme only.
  'wa-mixed': [role('lezer'), role('programmamanager', 'wa-other')],
} as const;
type User = keyof typeof USERS;

/** The programme's change routes and the global routes, as in the table (whose rows this test does not trust for who). */
const PROGRAMME_CHANGES = PERMISSIONS.filter((p) => p.access.kind === 'programme' && p.method !== 'GET').map((p) => `${p.method} ${p.path}`);
const GLOBAL = PERMISSIONS.filter((p) => p.access.kind === 'global').map((p) => `${p.method} ${p.path}`);

/** A request for a route that stops at validation (or finds nothing) when allowed, so nothing changes. */
function probe(route: string, programme: string): { method: string; path: string; json?: unknown } {
  const [method, pattern] = route.split(' ') as [string, string];
  const path = pattern.replace(':id', programme).replace(':recordId', 'no-such-record').replace(':username', 'no-such-user');
  if (method === 'DELETE' || method === 'GET') return { method, path };
  return { method, path, json: { not: 'valid' } };
}

describe.each(dialects)('who am I, and what may I change, on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const clients = {} as Record<User, BrowserClient>;
  const access = {} as Record<User, Access>;

  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
    for (const [name, grants] of Object.entries(USERS)) await seedUser(store, name, grants);
    const admin = await tokenApi(store, app, 'wa-b');
    for (const p of [P, 'wa-other']) expect((await admin('POST', '/api/programmes', { yaml: exampleAs(p) })).status).toBe(201);
    for (const name of Object.keys(USERS) as User[]) {
      clients[name] = await signedIn(app, name);
      const session = await clients[name].api('GET', '/api/auth/session');
      expect(session.status).toBe(200);
      access[name] = session.body.access;
    }
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  const on = (user: User, programme = P) => access[user].programmes.find((p) => p.programme === programme);

  it('lists the programmes the user has a role on, with those roles', () => {
    expect(access['wa-b'].programmes.map((p) => p.programme)).toEqual([P, 'wa-other']);
    expect(access['wa-l'].programmes.map((p) => p.programme)).toEqual([P]);
    expect(on('wa-mixed', 'wa-other')?.roles).toEqual(['programmamanager', 'lezer']);
    expect(on('wa-mixed')?.roles).toEqual(['lezer']);
    expect(on('wa-o')?.roles).toEqual(['baateigenaar']);
  });

  it('gives each role the changes the matrix expects', () => {
    const keys = (u: User, programme = P) => Object.keys(on(u, programme)!.actions).sort();
    expect(keys('wa-l')).toEqual([]);
    expect(keys('wa-mixed')).toEqual([]);
    expect(keys('wa-mixed', 'wa-other')).toEqual([...PROGRAMME_CHANGES].filter((r) => r !== 'DELETE /api/programmes/:id').sort());
    expect(keys('wa-b')).toEqual([...PROGRAMME_CHANGES].sort());
    const kinds = (u: User) => [...new Set(keys(u).map((r) => /^\/api\/programmes\/:id\/(\w+)/.exec(r.split(' ')[1]!)?.[1] ?? 'programme'))].sort();
    expect(kinds('wa-s')).toEqual(['acknowledgements', 'decisions']);
    expect(kinds('wa-p')).toEqual(expect.arrayContaining(['measurements', 'progress', 'overrides', 'programme']));
    expect(kinds('wa-o')).toEqual(expect.arrayContaining(['measurements', 'risks', 'signals']));
    expect(kinds('wa-o')).not.toContain('progress');
    expect(Object.values(on('wa-o')!.actions).every((s) => s === 'owned')).toBe(true);
    expect(Object.values(on('wa-p')!.actions).every((s) => s === 'all')).toBe(true);
    expect(Object.keys(access['wa-b'].global).sort()).toEqual([...GLOBAL].sort());
    expect(access['wa-p'].global).toEqual({});
  });

  it('names what a baateigenaar owns in the current plan: benefits of their owner role and those benefits\' KPIs', () => {
    expect(on('wa-o')!.owned!.benefits).toEqual(['B6']);
    expect([...on('wa-o')!.owned!.kpis].sort()).toEqual(['eigenaarschap', 'gedragsobservatie', 'getraind', 'initiatieven']);
    expect(on('wa-p')!.owned).toBeNull();
  });

  it('lists exactly the routes the server lets through, for every user and programme', async () => {
    for (const user of Object.keys(USERS) as User[]) {
      for (const programme of [P, 'wa-other']) {
        const listed = on(user, programme)?.actions ?? {};
        for (const route of PROGRAMME_CHANGES.filter((r) => r !== 'DELETE /api/programmes/:id')) {
          const { method, path, json } = probe(route, programme);
          const res = await clients[user].api(method, path, json === undefined ? {} : { json });
          const line = `${user} ${route} on ${programme} → ${res.status} ${res.text.slice(0, 160)}`;
          if (route in listed) expect([401, 403], line).not.toContain(res.status);
          else expect(res.status, line).toBe(403);
        }
      }
      for (const route of GLOBAL) {
        const { method, path, json } = probe(route, P);
        const res = await clients[user].api(method, path, json === undefined ? {} : { json });
        const line = `${user} ${route} → ${res.status}`;
        if (route in access[user].global) expect([401, 403], line).not.toContain(res.status);
        else expect(res.status, line).toBe(403);
      }
    }
  });

  it('refuses an "owned" change about a benefit the baateigenaar does not own, and allows one they own', async () => {
    const api = clients['wa-o'].api;
    expect(on('wa-o')!.actions['POST /api/programmes/:id/measurements']).toBe('owned');
    const theirs = await api('POST', `/api/programmes/${P}/measurements`, { json: { kpi: 'getraind', date: '2026-03-31', value: 20 } });
    expect(theirs.status, theirs.text).toBe(201);
    const other = await api('POST', `/api/programmes/${P}/measurements`, { json: { kpi: 'crm-adoptie', date: '2026-03-31', value: 20 } });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('not-owner');
  });

  it('answers the same access at sign-in as on the session route', async () => {
    const login = await clients['wa-s'].login('wa-s');
    expect(login.body.access).toEqual(access['wa-s']);
  });
});
