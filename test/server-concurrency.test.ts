// Concurrent writers over real HTTP: every acknowledged write stored exactly once, conflicting edits refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRecords, listAudit, programmeRevision } from '../src/store/index.js';
import { startServer } from '../src/server/index.js';
import type { RunningServer } from '../src/server/index.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';
import { apiFor, exampleAs, importExample, testUsers } from './server-harness.js';
import type { Api } from './server-harness.js';

const CLIENTS = 20;
const PER_CLIENT = 200;

describe.each(dialects)('concurrent writers on $name', ({ fresh }) => {
  let db: TestDatabase;
  let server: RunningServer;
  let api: Api;
  beforeAll(async () => {
    db = await fresh();
    server = await startServer({
      port: 0, host: '127.0.0.1', database: db.database, databaseSchema: db.schema, poolSize: 10, webDir: undefined, timeZone: 'Europe/Amsterdam', seedExample: false,
    });
    api = apiFor(server.url, testUsers(server.store));
    await importExample(api, 'cc');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it(`stores ${CLIENTS} clients × ${PER_CLIENT} measurements exactly once, retries included`, async () => {
    const acknowledged: number[] = [];
    await Promise.all(Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; n < PER_CLIENT; n++) {
        const value = client * 1000 + n;
        const request = { json: { kpi: 'initiatieven', date: '2026-03-31', value }, headers: { 'idempotency-key': `c${client}-${n}`, 'x-koers-user': `client-${client}` } };
        const res = await api('POST', '/api/programmes/cc/measurements', request);
        expect(res.status, res.text).toBe(201);
        acknowledged.push(value);
        // Every tenth request is retried, as a client would after a lost response.
        if (n % 10 === 0) {
          const retry = await api('POST', '/api/programmes/cc/measurements', request);
          expect(retry.status).toBe(201);
          expect(retry.headers.get('idempotent-replayed')).toBe('true');
          expect(retry.body.id).toBe(res.body.id);
        }
      }
    }));
    const stored = (await allRecords(server.store.db, 'cc')).map((r) => (JSON.parse(r.data) as { value: number }).value);
    expect(stored).toHaveLength(CLIENTS * PER_CLIENT);
    expect(new Set(stored)).toEqual(new Set(acknowledged));
    expect(await programmeRevision(server.store.db, 'cc')).toBe(1 + CLIENTS * PER_CLIENT);
    const audit = await listAudit(server.store.db, { programmeId: 'cc' }, { limit: 10_000 });
    expect(audit.filter((a) => a.action === 'create')).toHaveLength(CLIENTS * PER_CLIENT);
  });

  it('stores ten racing requests with one Idempotency-Key once', async () => {
    const request = { json: { kpi: 'initiatieven', date: '2026-04-30', value: 777 }, headers: { 'idempotency-key': 'race-1' } };
    const results = await Promise.all(Array.from({ length: 10 }, () => api('POST', '/api/programmes/cc/measurements', request)));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const stored = (await allRecords(server.store.db, 'cc')).filter((r) => (JSON.parse(r.data) as { value: number }).value === 777);
    expect(stored).toHaveLength(1);
  });

  it('lets exactly one of ten conflicting plan edits through; the others get 412', async () => {
    const yaml = exampleAs('cc').replace('name: Klant in Beeld', 'name: Klant in Beeld (herzien)');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => api('PUT', '/api/programmes/cc', { yaml, headers: { 'if-match': '"v1"', 'x-koers-user': `editor-${i}` } })));
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(412)]);
    const versions = await api('GET', '/api/programmes/cc/versions');
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('lets exactly one of ten conflicting record edits through', async () => {
    const created = await api('POST', '/api/programmes/cc/risks', { json: { id: 'R-9', subject: 'cc', description: 'Risico', likelihood: 'L', impact: 'L', date: '2026-02-01' } });
    const url = `/api/programmes/cc/risks/${created.body.id}`;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      api('PUT', url, { json: { id: 'R-9', subject: 'cc', description: `Versie ${i}`, likelihood: 'H', impact: 'H', date: '2026-02-01' }, headers: { 'if-match': '"r1"' } })));
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(412)]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await api('GET', url)).body.record.description).toBe(winner.body.record.description);
  });
});
