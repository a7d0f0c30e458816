// A baateigenaar writes only about the benefits they own: by benefit id or by the plan's owner role,
// for single records, bulk lists, uploaded files, replacements and deletions. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { createApp } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { role, seedUser, signedIn, tokenApi } from './auth-harness.js';
import type { BrowserClient } from './auth-harness.js';
import { EXAMPLE_YAML, exampleAs } from './server-harness.js';
import type { Api } from './server-harness.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

const base = '/api/programmes/own';
const m = (kpi: string, value = 10) => ({ kpi, date: '2026-03-31', value });

describe.each(dialects)('ownership on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let admin: Api;
  let hr: BrowserClient; // owns B6 by benefit id: getraind, gedragsobservatie, eigenaarschap, initiatieven
  let processes: BrowserClient; // owns B1 and B3 through the owner role manager-klantprocessen
  let othersId: string;

  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
    await seedUser(store, 'own-admin', [role('beheerder')]);
    await seedUser(store, 'own-hr', [role('baateigenaar', 'own', { benefits: ['B6'] }), role('lezer', 'other')]);
    await seedUser(store, 'own-processes', [role('baateigenaar', 'own', { ownerRoles: ['manager-klantprocessen'] })]);
    admin = await tokenApi(store, app, 'own-admin');
    expect((await admin('POST', '/api/programmes', { yaml: exampleAs('own') })).status).toBe(201);
    othersId = (await admin('POST', `${base}/measurements`, { json: m('klanttevredenheid', 7) })).body.id;
    hr = await signedIn(app, 'own-hr');
    processes = await signedIn(app, 'own-processes');
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  const stored = async () => (await admin('GET', `${base}/measurements?limit=500`)).body.items.map((r: { record: { kpi: string; value: number } }) => `${r.record.kpi}=${r.record.value}`).sort();

  it('records a measurement of an owned KPI, and gets 403 for a KPI of someone else\'s benefit', async () => {
    const own = await hr.api('POST', `${base}/measurements`, { json: m('getraind', 31) });
    expect(own.status, own.text).toBe(201);
    expect(own.body.createdBy).toBe('own-hr');
    const before = await stored();
    const foreign = await hr.api('POST', `${base}/measurements`, { json: m('klanttevredenheid', 9) });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ code: 'not-owner' });
    expect(foreign.body.detail).toContain('KPI "klanttevredenheid"');
    expect(await stored()).toEqual(before);
  });

  it('owns through the plan\'s owner role: B1 and B3 and their KPIs, nothing else', async () => {
    expect((await processes.api('POST', `${base}/measurements`, { json: m('crm-adoptie', 40) })).status).toBe(201);
    expect((await processes.api('POST', `${base}/measurements`, { json: m('uniform-proces', 40) })).status).toBe(201);
    expect((await processes.api('POST', `${base}/measurements`, { json: m('getraind', 40) })).status).toBe(403);
  });

  it('follows the plan: a new version that gives B6 to manager-klantprocessen gives them its KPIs', async () => {
    expect((await processes.api('POST', `${base}/measurements`, { json: m('initiatieven', 3) })).status).toBe(403);
    const moved = exampleAs('own', EXAMPLE_YAML).replace(/(- id: B6\n(?:.*\n)*?\s+owner: )manager-hr/, '$1manager-klantprocessen');
    expect(moved).not.toBe(exampleAs('own'));
    expect((await admin('PUT', base, { yaml: moved })).status).toBe(200);
    expect((await processes.api('POST', `${base}/measurements`, { json: m('initiatieven', 3) })).status).toBe(201);
    expect((await admin('PUT', base, { yaml: exampleAs('own') })).status).toBe(200);
  });

  it('refuses a whole bulk list or upload when one record is not theirs, and stores nothing', async () => {
    const before = await stored();
    const bulk = await hr.api('POST', `${base}/measurements/bulk`, { json: { records: [m('getraind', 32), m('po-churn', 1)] } });
    expect(bulk.status).toBe(403);
    const csv = 'kpi,datum,waarde\ngetraind,2026-04-30,33\nklantbeeld,2026-04-30,2\n';
    const upload = await hr.api('POST', `${base}/measurements/upload`, { body: csv, headers: { 'content-type': 'text/csv' } });
    expect(upload.status, upload.text).toBe(403);
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'metingen.csv');
    expect((await hr.api('POST', `${base}/measurements/upload`, { body: form })).status).toBe(403);
    expect(await stored()).toEqual(before);
    const mine = await hr.api('POST', `${base}/measurements/upload`, { body: 'kpi,datum,waarde\ngetraind,2026-04-30,33\neigenaarschap,2026-04-30,6\n', headers: { 'content-type': 'text/csv' } });
    expect(mine.status, mine.text).toBe(201);
    expect((await hr.api('POST', `${base}/measurements/bulk`, { json: { records: [m('getraind', 34), m('initiatieven', 2)] } })).status).toBe(201);
  });

  it('may not change or delete someone else\'s measurement, nor move one of theirs to another KPI', async () => {
    const self = `${base}/measurements/${othersId}`;
    expect((await hr.api('PUT', self, { json: m('getraind', 1) })).status).toBe(403);
    expect((await hr.api('DELETE', self)).status).toBe(403);
    expect((await admin('GET', self)).body.record).toMatchObject({ kpi: 'klanttevredenheid', value: 7 });
    const mine = (await hr.api('POST', `${base}/measurements`, { json: m('getraind', 50) })).body;
    const mySelf = `${base}/measurements/${mine.id}`;
    expect((await hr.api('PUT', mySelf, { json: m('klanttevredenheid', 8) })).status).toBe(403);
    expect((await hr.api('PUT', mySelf, { json: m('getraind', 51) })).status).toBe(200);
    expect((await hr.api('DELETE', mySelf)).status).toBe(204);
  });

  it('records risks and signals about owned benefits only, and no stuurparameter overrides or gate decisions', async () => {
    const risk = { id: 'R-HR', description: 'Trainers vertrekken', likelihood: 'M', impact: 'H', date: '2026-04-01' };
    expect((await hr.api('POST', `${base}/risks`, { json: { ...risk, subject: 'B6' } })).status).toBe(201);
    expect((await hr.api('POST', `${base}/risks`, { json: { ...risk, subject: 'B2' } })).status).toBe(403);
    expect((await hr.api('POST', `${base}/signals`, { json: { rule: 'commitment', subject: 'B6', date: '2026-05-01', note: 'Te weinig tijd' } })).status).toBe(201);
    expect((await hr.api('POST', `${base}/signals`, { json: { rule: 'commitment', subject: 'B4', date: '2026-05-01', note: 'Te weinig tijd' } })).status).toBe(403);
    expect((await hr.api('POST', `${base}/overrides`, { json: { parameter: 'tempo', date: '2026-06-30', rag: 'rood', rationale: 'Mijn oordeel' } })).status).toBe(403);
    expect((await hr.api('POST', `${base}/decisions`, { json: { milestone: 'M3', date: '2026-03-31', outcome: 'go', decidedBy: 'HR' } })).status).toBe(403);
  });

  it('overrides the RAG of an owned KPI with a rationale; another\'s KPI and stuurparameters are refused', async () => {
    const judge = (kpi: string, rag = 'groen') => ({ subject: { kind: 'kpi', kpi }, date: '2026-07-10', rag, rationale: 'Training in juli ingehaald' });
    const own = await hr.api('POST', `${base}/overrides`, { json: judge('getraind') });
    expect(own.status, own.text).toBe(201);
    expect(own.body.record).toEqual({ ...judge('getraind'), recordedBy: 'own-hr' });
    const foreign = await hr.api('POST', `${base}/overrides`, { json: judge('klanttevredenheid') });
    expect([foreign.status, foreign.body.code]).toEqual([403, 'not-owner']);
    expect(foreign.body.detail).toContain('KPI "klanttevredenheid"');
    for (const parameter of [{ subject: { kind: 'parameter', parameter: 'doeltreffendheid' } }, { parameter: 'doeltreffendheid' }]) {
      const refused = await hr.api('POST', `${base}/overrides`, { json: { ...parameter, date: '2026-07-10', rag: 'groen', rationale: 'Mijn oordeel' } });
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toMatch(/^a stuurparameter override judges the whole programme, which only a beheerder or programmamanager may do; as baateigenaar you may override the RAG of the KPIs of your own benefits \(getraind, /);
    }
    // Moving their judgement to another's KPI, or uploading one about it, is refused too.
    expect((await hr.api('PUT', `${base}/overrides/${own.body.id}`, { json: judge('klanttevredenheid') })).status).toBe(403);
    const csv = 'onderwerp;datum;rag;onderbouwing;door\ngetraind;31-07-2026;geel;Uitval trainers;HR\nKlanttevredenheid;31-07-2026;groen;Niet van mij;HR\n';
    expect((await hr.api('POST', `${base}/overrides/upload`, { body: csv, headers: { 'content-type': 'text/csv' } })).status).toBe(403);
    expect((await hr.api('POST', `${base}/overrides/upload`, { body: csv.split('\n').slice(0, 2).join('\n'), headers: { 'content-type': 'text/csv' } })).status).toBe(201);
    // The status shows the judgement beside the derived RAG.
    const status = (await admin('GET', `${base}/status?asOf=2026-08-01`)).body;
    const getraind = status.kpis.find((k: { kpi: string }) => k.kpi === 'getraind');
    expect(getraind).toMatchObject({ rag: 'geel', override: { rag: 'geel', rationale: 'Uitval trainers', recordedBy: 'HR', date: '2026-07-31' }, derived: { basis: expect.any(String) } });
    // A manager may still judge any KPI and any stuurparameter.
    expect((await admin('POST', `${base}/overrides`, { json: judge('klanttevredenheid') })).status).toBe(201);
    expect((await admin('POST', `${base}/overrides`, { json: { parameter: 'tempo', date: '2026-07-10', rag: 'geel', rationale: 'CRM vertraagd' } })).status).toBe(201);
  });

  it('has no rights on a programme where they are only lezer', async () => {
    expect((await admin('POST', '/api/programmes', { yaml: exampleAs('other') })).status).toBe(201);
    expect((await hr.api('GET', '/api/programmes/other/status?asOf=2026-07-15')).status).toBe(200);
    expect((await hr.api('POST', '/api/programmes/other/measurements', { json: m('getraind', 1) })).status).toBe(403);
  });
});
