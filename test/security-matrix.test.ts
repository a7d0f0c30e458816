// Every API route for every role: allowed (2xx, or a 4xx that is not 401/403) or refused (403);
// unauthenticated requests get 401. The expected matrix is written out here, independently of the
// permission table it checks. Runs on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import type { RecordKind } from '../src/app/record-kinds.js';
import { RECORD_KIND_NAMES } from '../src/app/record-kinds.js';
import { PERMISSIONS } from '../src/server/auth/index.js';
import { createApp } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { browserClient, passwordOf, role, seedUser, signedIn, tokenApi } from './auth-harness.js';
import type { BrowserClient } from './auth-harness.js';
import { exampleAs } from './server-harness.js';
import type { Api, RequestOptions } from './server-harness.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

/** B beheerder, P programmamanager, O baateigenaar (of B6), S stuurgroeplid, L lezer, N signed in without a role on the programme. */
const CLIENTS = ['B', 'P', 'O', 'S', 'L', 'N'] as const;
type Client = (typeof CLIENTS)[number];
const SIGNED_IN = 'BPOSLN';
const READERS = 'BPOSL';
const PUBLIC = 'public';

const RECORD_WRITERS: Record<RecordKind, string> = {
  measurements: 'BPO', progress: 'BP', decisions: 'BPS', checks: 'BP', risks: 'BPO', overrides: 'BPO', signals: 'BPO', acknowledgements: 'BPS', budget: 'BP',
};

/** Who may call each route: a string of client letters, or `public`. */
const EXPECTED: Record<string, string> = {
  'GET /healthz': PUBLIC,
  'GET /readyz': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /api/auth/providers': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'GET /api/auth/oidc/login': PUBLIC,
  'GET /api/auth/oidc/callback': PUBLIC,
  'GET /api/auth/session': SIGNED_IN,
  'GET /api/auth/tokens': SIGNED_IN,
  'POST /api/auth/tokens': SIGNED_IN,
  'DELETE /api/auth/tokens/:tokenId': SIGNED_IN,
  'PUT /api/auth/password': SIGNED_IN,
  'POST /api/auth/logout': SIGNED_IN,
  'GET /api/users': 'B',
  'POST /api/users': 'B',
  'GET /api/users/:username': 'B',
  'PUT /api/users/:username/grants': 'B',
  'POST /api/users/:username/password': 'B',
  'DELETE /api/users/:username': 'B',
  'POST /api/users/:username/enable': 'B',
  'GET /api/programmes': SIGNED_IN,
  'POST /api/programmes': 'B',
  'GET /api/programmes/:id': READERS,
  'PUT /api/programmes/:id': 'BP',
  'DELETE /api/programmes/:id': 'B',
  'GET /api/programmes/:id/export': READERS,
  'GET /api/programmes/:id/versions': READERS,
  'GET /api/programmes/:id/versions/:version': READERS,
  'GET /api/programmes/:id/diff': READERS,
  'GET /api/programmes/:id/status': READERS,
  'GET /api/programmes/:id/documents': READERS,
  'GET /api/programmes/:id/documents/:document/:format': READERS,
  'GET /api/programmes/:id/audit': READERS,
  'GET /api/programmes/:id/bundle': 'BP',
  'GET /api/audit': 'B',
  'POST /api/bundles': 'B',
  ...Object.fromEntries(RECORD_KIND_NAMES.flatMap((kind) => {
    const base = `/api/programmes/:id/${kind}`;
    const w = RECORD_WRITERS[kind];
    return [[`GET ${base}`, READERS], [`POST ${base}`, w], [`POST ${base}/bulk`, w], [`POST ${base}/upload`, w], [`GET ${base}/:recordId`, READERS], [`PUT ${base}/:recordId`, w], [`DELETE ${base}/:recordId`, w]];
  })),
};

/** A valid record of each kind, about what the baateigenaar owns (B6 and its KPI getraind). */
const RECORDS: Record<RecordKind, Record<string, unknown>> = {
  measurements: { kpi: 'getraind', date: '2026-03-31', value: 15 },
  progress: { effort: 'SYS-01', date: '2026-02-28', percentComplete: 60 },
  decisions: { milestone: 'M3', date: '2026-03-31', outcome: 'go', decidedBy: 'Stuurgroep' },
  checks: { criterion: 'M1.2', date: '2026-01-31', met: true, evidence: 'MT-besluit' },
  risks: { id: 'R-MX', subject: 'B6', description: 'Te weinig trainers', likelihood: 'M', impact: 'H', date: '2026-02-01' },
  overrides: { subject: { kind: 'kpi', kpi: 'getraind' }, date: '2026-06-30', rag: 'geel', rationale: 'Training loopt in juli in' },
  signals: { rule: 'commitment', subject: 'B6', date: '2026-05-15', note: 'Geen tijd' },
  acknowledgements: { rule: 'commitment', subject: 'B6', date: '2026-05-20' },
  budget: { date: '2026-03-31', planned: 1000, spent: 900 },
};

/** The order routes are called in: account routes that end or change the session last. */
const LAST = ['PUT /api/auth/password', 'POST /api/auth/logout'];

describe.each(dialects)('role × route matrix on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const clients = {} as Record<Client, BrowserClient>;
  const recordIds = {} as Record<RecordKind, string>;

  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
    const programmes = ['mx', 'mx-del'];
    const on = (r: Parameters<typeof role>[0], scope = {}) => programmes.map((p) => role(r, p, scope));
    await seedUser(store, 'mx-b', [role('beheerder')]);
    await seedUser(store, 'mx-p', on('programmamanager'));
    await seedUser(store, 'mx-o', on('baateigenaar', { benefits: ['B6'] }));
    await seedUser(store, 'mx-s', on('stuurgroeplid'));
    await seedUser(store, 'mx-l', on('lezer'));
    await seedUser(store, 'mx-n', [role('lezer', 'another-programme')]);
    await seedUser(store, 'mx-target', []);
    await seedUser(store, 'mx-login', []);
    const admin = await tokenApi(store, app, 'mx-b');
    for (const p of programmes) expect((await admin('POST', '/api/programmes', { yaml: exampleAs(p) })).status).toBe(201);
    for (const kind of RECORD_KIND_NAMES) {
      const res = await admin('POST', `/api/programmes/mx/${kind}`, { json: RECORDS[kind] });
      expect(res.status, `${kind}: ${res.text}`).toBe(201);
      recordIds[kind] = res.body.id;
    }
    for (const c of CLIENTS) clients[c] = await signedIn(app, `mx-${c.toLowerCase()}`);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  /** The concrete request for a route, for client `who`. */
  function request(route: string, who: Client | 'anonymous'): { path: string; options: RequestOptions; fresh?: boolean } {
    const [method, pattern] = route.split(' ') as [string, string];
    const kind = RECORD_KIND_NAMES.find((k) => pattern.includes(`/${k}`));
    const programme = method === 'DELETE' && pattern === '/api/programmes/:id' ? 'mx-del' : 'mx';
    const path = pattern
      .replace(':id', programme)
      .replace(':recordId', kind ? recordIds[kind] : '')
      .replace(':version', '1')
      .replace(':username', 'mx-target')
      .replace(':tokenId', 'no-such-token')
      .replace(':document', 'din')
      .replace(':format', 'md');
    const record = kind ? RECORDS[kind] : undefined;
    if (route === 'POST /api/auth/login') return { path, options: { json: { username: 'mx-login', password: passwordOf('mx-login') } }, fresh: true };
    if (route === 'PUT /api/auth/password') return { path, options: { json: { currentPassword: passwordOf(`mx-${who.toLowerCase()}`), newPassword: `nieuw-wachtwoord-${who}-2026` } } };
    if (route === 'POST /api/auth/tokens') return { path, options: { json: { name: 'matrix' } } };
    if (route === 'POST /api/users') return { path, options: { json: { username: `mx-new-${who.toLowerCase()}` } } };
    if (route === 'PUT /api/users/:username/grants') return { path, options: { json: { grants: [] } } };
    if (route === 'POST /api/programmes') return { path, options: { yaml: exampleAs(`mx-new-${who.toLowerCase()}`) } };
    if (route === 'PUT /api/programmes/:id') return { path, options: { yaml: exampleAs('mx') } };
    if (route === 'POST /api/bundles') return { path, options: { json: {} } };
    if (record && pattern.endsWith('/bulk')) return { path, options: { json: { records: [record] } } };
    if (record && pattern.endsWith('/upload')) return { path, options: { body: '', headers: { 'content-type': 'text/csv' } } };
    if (record && (method === 'POST' || method === 'PUT')) return { path, options: { json: record } };
    return { path, options: {} };
  }

  it('lists every route the app serves', () => {
    const served = [...new Set(app.routes.filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api') || r.path === '/healthz' || r.path === '/readyz')).map((r) => `${r.method} ${r.path}`))];
    expect(Object.keys(EXPECTED).sort()).toEqual(served.sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(PERMISSIONS.map((p) => `${p.method} ${p.path}`).sort());
  });

  it('answers 401 to every request without a session or token, except on public routes', async () => {
    for (const route of Object.keys(EXPECTED)) {
      const { path, options } = request(route, 'anonymous');
      const res = await browserClient(app).api(route.split(' ')[0]!, path, options);
      if (EXPECTED[route] === PUBLIC) expect([401, 403], `${route} → ${res.status} ${res.text}`).not.toContain(res.status);
      else {
        expect(res.status, `${route} → ${res.text}`).toBe(401);
        expect(res.body.code).toBe('unauthenticated');
      }
    }
  });

  it('allows each role exactly its routes and answers 403 to the rest', async () => {
    const routes = [...Object.keys(EXPECTED).filter((r) => !LAST.includes(r)), ...LAST];
    const seen: string[] = [];
    for (const route of routes) {
      for (const who of CLIENTS) {
        const { path, options, fresh: own } = request(route, who);
        const api: Api = own ? browserClient(app).api : clients[who].api;
        const res = await api(route.split(' ')[0]!, path, options);
        const allowed = EXPECTED[route] === PUBLIC || EXPECTED[route]!.includes(who);
        const line = `${route} as ${who} → ${res.status} ${res.text.slice(0, 200)}`;
        if (allowed) expect([401, 403], line).not.toContain(res.status);
        else expect(res.status, line).toBe(403);
        expect(res.status, line).toBeLessThan(500);
        seen.push(`${who} ${route} ${allowed ? 'allowed' : 'refused'}`);
      }
    }
    expect(seen).toHaveLength(Object.keys(EXPECTED).length * CLIENTS.length);
    // Lists hold only the programmes a user has a role on.
    const lists = await Promise.all(['mx-b', 'mx-l', 'mx-n'].map(async (u) => (await tokenApi(store, app, u))('GET', '/api/programmes')));
    expect(lists.map((l) => l.body.items.map((p: { id: string }) => p.id).sort())).toEqual([['mx', 'mx-new-b'], ['mx'], []]);
    // The writes that were allowed happened under the signed-in user's name.
    const audit = await (await tokenApi(store, app, 'mx-b'))('GET', '/api/programmes/mx/audit?limit=500');
    expect(new Set(audit.body.items.map((a: { actor: string }) => a.actor))).toEqual(new Set(['mx-b', 'mx-p', 'mx-o', 'mx-s']));
  });

  it('lets the baateigenaar override only their own KPIs; a stuurparameter override stays the managers\'', async () => {
    const base = '/api/programmes/mx/overrides';
    const judge = (subject: object) => ({ json: { subject, date: '2026-07-01', rag: 'groen', rationale: 'Oordeel na overleg' } });
    const tempo = judge({ kind: 'parameter', parameter: 'tempo' });
    // The matrix above signed every client out; API tokens act as the same users.
    const as = (who: Client) => tokenApi(store, app, `mx-${who.toLowerCase()}`);
    const owner = await as('O');
    expect((await owner('POST', base, judge({ kind: 'kpi', kpi: 'getraind' }))).status).toBe(201);
    const foreign = await owner('POST', base, judge({ kind: 'kpi', kpi: 'klanttevredenheid' }));
    expect([foreign.status, foreign.body.code]).toEqual([403, 'not-owner']);
    const parameter = await owner('POST', base, tempo);
    expect([parameter.status, parameter.body.code]).toEqual([403, 'not-owner']);
    expect(parameter.body.detail).toContain('a stuurparameter override judges the whole programme, which only a beheerder or programmamanager may do');
    expect((await owner('POST', `${base}/bulk`, { json: { records: [judge({ kind: 'kpi', kpi: 'getraind' }).json, tempo.json] } })).status).toBe(403);
    for (const who of ['B', 'P'] as const) expect((await (await as(who))('POST', base, tempo)).status, who).toBe(201);
    for (const who of ['S', 'L', 'N'] as const) expect((await (await as(who))('POST', base, judge({ kind: 'kpi', kpi: 'getraind' }))).status, who).toBe(403);
  });
});
