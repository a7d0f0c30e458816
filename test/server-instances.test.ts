// Two server instances on one PostgreSQL database: what one writes, the other serves — status cache included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server/index.js';
import type { RunningServer, ServerConfig } from '../src/server/index.js';
import { freshPostgres } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';
import { apiFor, exampleAs, importExample, testUsers } from './server-harness.js';
import type { Api } from './server-harness.js';
import { hasPostgres } from './support/environment.js';

describe.runIf(hasPostgres())('two instances on one PostgreSQL database', () => {
  let db: TestDatabase;
  let one: RunningServer;
  let two: RunningServer;
  let a: Api;
  let b: Api;
  beforeAll(async () => {
    db = await freshPostgres();
    const config: ServerConfig = { port: 0, host: '127.0.0.1', database: db.database, databaseSchema: db.schema, poolSize: 5, webDir: undefined, timeZone: 'Europe/Amsterdam', seedExample: false };
    // Started together, as a deployment would: both run the migrations, which take a lock.
    [one, two] = await Promise.all([startServer(config), startServer(config)]);
    const users = testUsers(one.store);
    a = apiFor(one.url, users);
    b = apiFor(two.url, users);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    await db?.drop();
  });

  it('serves on one instance what was written through the other', async () => {
    await importExample(a, 'duo');
    expect((await b('GET', '/api/programmes/duo')).status).toBe(200);
    const created = await b('POST', '/api/programmes/duo/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 15 } });
    expect((await a('GET', `/api/programmes/duo/measurements/${created.body.id}`)).body).toEqual(created.body);
  });

  it('recomputes a cached status on one instance after a write through the other', async () => {
    const url = '/api/programmes/duo/status?asOf=2026-07-15';
    const before = await b('GET', url);
    expect((await b('GET', url)).headers.get('etag')).toBe(before.headers.get('etag'));
    await a('POST', '/api/programmes/duo/measurements', { json: { kpi: 'getraind', date: '2026-06-30', value: 45 } });
    const after = await b('GET', url);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const kpi = (body: { kpis: { kpi: string; measured?: unknown }[] }) => body.kpis.find((k) => k.kpi === 'getraind');
    expect(kpi(after.body)).not.toEqual(kpi(before.body));
    expect(await a('GET', url).then((r) => r.body)).toEqual(after.body);

    await b('PUT', '/api/programmes/duo', { yaml: exampleAs('duo').replace('name: Klant in Beeld', 'name: Klant in Beeld 2') });
    expect((await a('GET', url)).body.programme.name).toBe('Klant in Beeld 2');
  });

  it('keeps If-Match and idempotency across instances', async () => {
    const json = { kpi: 'getraind', date: '2026-09-30', value: 50 };
    const first = await a('POST', '/api/programmes/duo/measurements', { json, headers: { 'idempotency-key': 'duo-1' } });
    const repeat = await b('POST', '/api/programmes/duo/measurements', { json, headers: { 'idempotency-key': 'duo-1' } });
    expect(repeat.body.id).toBe(first.body.id);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');

    const self = `/api/programmes/duo/measurements/${first.body.id}`;
    expect((await b('PUT', self, { json: { ...json, value: 51 }, headers: { 'if-match': '"r1"' } })).status).toBe(200);
    expect((await a('PUT', self, { json: { ...json, value: 52 }, headers: { 'if-match': '"r1"' } })).status).toBe(412);
    expect((await a('GET', self)).body.record.value).toBe(51);
  });
});
