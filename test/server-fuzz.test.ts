// Bad payloads on every documented route: always a 4xx problem+json, never a 500, and the database unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_KIND_NAMES } from '../src/app/record-kinds.js';
import { ROUTE_DOCS } from '../src/server/index.js';
import { BODY_LIMITS } from '../src/server/request-limits.js';
import type { Store } from '../src/store/index.js';
import { dialects } from './store-targets.js';
import type { ApiResponse } from './server-harness.js';
import { importExample, useApp } from './server-harness.js';

async function fingerprint(store: Store): Promise<string> {
  const counts = await Promise.all(['programme', 'programme_revision', 'plan_version', 'record', 'idempotency_key', 'audit_entry'].map(async (table) => {
    const rows = await store.db.selectFrom(table as 'record').select((eb) => eb.fn.countAll().as('n')).execute();
    return `${table}=${Number(rows[0]!.n)}`;
  }));
  const programmes = await store.db.selectFrom('programme').selectAll().orderBy('id').execute();
  const revisions = await store.db.selectFrom('programme_revision').selectAll().orderBy('programme_id').orderBy('slot').execute();
  return JSON.stringify({ counts, programmes, revisions });
}

function expectProblem(res: ApiResponse, what: string): void {
  expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 300)}`).toBeLessThan(500);
  expect(res.headers.get('content-type'), what).toBe('application/problem+json');
  expect(res.body).toMatchObject({ type: expect.stringMatching(/^urn:koers:problem:/), status: res.status, title: expect.any(String), detail: expect.any(String) });
}

const badDates = ['2026-02-30', '2026-13-01', '26-01-01', '31-03-2026', '2026-1-1', '', 'gisteren', '2026-03-31T00:00:00Z', 20260331];
const wrongValues = [null, true, 'x', [], {}, 1e400, -0.0001, '15'];

describe.each(dialects)('bad payloads on $name', ({ fresh }) => {
  const ctx = useApp(fresh);
  const routes = ROUTE_DOCS.filter((r) => r.method !== 'get' || r.path.includes(':'));
  let recordIds: Record<string, string> = {};

  it('get the example and one record of each kind in place', async () => {
    await importExample(ctx.api, 'fz');
    recordIds = {};
    const res = await ctx.api('POST', '/api/programmes/fz/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 15 } });
    recordIds.measurements = res.body.id;
  });

  const fill = (path: string, unknown: boolean) => {
    const kind = RECORD_KIND_NAMES.find((k) => path.includes(`/${k}/`) || path.endsWith(`/${k}`));
    return path
      .replace(':id', unknown ? 'onbekend' : 'fz')
      .replace(':recordId', unknown ? '01NOSUCHRECORD00000000000' : (recordIds[kind ?? 'measurements'] ?? recordIds.measurements!))
      .replace(':version', unknown ? '999' : '1');
  };

  it('answers wrong types and bad dates in every JSON body with 422 and field paths', async () => {
    const before = await fingerprint(ctx.store);
    for (const route of routes.filter((r) => r.body?.schema)) {
      const path = fill(route.path, false);
      await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (json) => {
        const res = await ctx.api(route.method.toUpperCase(), path, { json });
        expectProblem(res, `${route.method} ${path} ${JSON.stringify(json).slice(0, 100)}`);
      }), { numRuns: 15 });
      if (route.path.includes('/measurements')) {
        const single = !route.path.endsWith('/bulk');
        const wrap = (r: object) => (single ? r : { records: [r] });
        for (const date of badDates) {
          const res = await ctx.api(route.method.toUpperCase(), path, { json: wrap({ kpi: 'getraind', date, value: 1 }) });
          expectProblem(res, `${path} date ${date}`);
          expect(res.body.errors[0].path).toBe(single ? 'date' : 'records[0].date');
        }
        for (const value of wrongValues) expectProblem(await ctx.api(route.method.toUpperCase(), path, { json: wrap({ kpi: 'getraind', date: '2026-03-31', value }) }), `${path} value ${JSON.stringify(value)}`);
      }
    }
    expect(await fingerprint(ctx.store)).toBe(before);
  });

  it('refuses malformed JSON, wrong media types and random programme files', async () => {
    const before = await fingerprint(ctx.store);
    for (const route of routes.filter((r) => r.body)) {
      const path = fill(route.path, false);
      const method = route.method.toUpperCase();
      if (route.body?.schema) {
        expectProblem(await ctx.api(method, path, { body: '{"kpi": ', headers: { 'content-type': 'application/json' } }), `${path} malformed`);
        expectProblem(await ctx.api(method, path, { body: 'kpi=getraind', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), `${path} form`);
      } else {
        expectProblem(await ctx.api(method, path, { json: { yaml: 'x' } }), `${path} json instead of a file`);
        await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
          expectProblem(await ctx.api(method, path, { body: text, headers: { 'content-type': 'text/plain' } }), `${path} text ${JSON.stringify(text).slice(0, 80)}`);
        }), { numRuns: 10 });
        expectProblem(await ctx.api(method, path, { body: new Uint8Array([0xff, 0xfe, 0x00, 0x41]), headers: { 'content-type': 'text/plain' } }), `${path} binary`);
      }
    }
    expect(await fingerprint(ctx.store)).toBe(before);
  });

  it('refuses bodies over the limit with 413 before reading them whole', async () => {
    const before = await fingerprint(ctx.store);
    const huge = new Uint8Array(BODY_LIMITS.bundle + 1).fill(0x20);
    for (const route of routes.filter((r) => r.body)) {
      const path = fill(route.path, false);
      const limit = path === '/api/bundles' ? BODY_LIMITS.bundle : path.endsWith('/upload') ? BODY_LIMITS.upload : path.endsWith('/bulk') ? BODY_LIMITS.bulk : route.body?.schema ? BODY_LIMITS.json : BODY_LIMITS.programme;
      const type = route.body?.schema ? 'application/json' : route.path.endsWith('/upload') ? 'text/csv' : 'application/yaml';
      const res = await ctx.api(route.method.toUpperCase(), path, { body: huge.subarray(0, limit + 1), headers: { 'content-type': type } });
      expectProblem(res, `${path} huge`);
      expect(res.status).toBe(413);
    }
    expect(await fingerprint(ctx.store)).toBe(before);
  });

  it('answers unknown programmes, records and versions with 404', async () => {
    const before = await fingerprint(ctx.store);
    for (const route of routes.filter((r) => r.path.includes(':') && r.path !== '/api/programmes/:id/versions/:version')) {
      const path = fill(route.path, true);
      const body = route.path.includes('/measurements') && route.body?.schema
        ? { json: route.path.endsWith('/bulk') ? { records: [{ kpi: 'getraind', date: '2026-03-31', value: 1 }] } : { kpi: 'getraind', date: '2026-03-31', value: 1 } }
        : route.body?.schema ? { json: {} } : route.body ? { body: 'x', headers: { 'content-type': route.path.endsWith('/upload') ? 'text/csv' : 'application/yaml' } } : {};
      const res = await ctx.api(route.method.toUpperCase(), path, body);
      expectProblem(res, `${route.method} ${path}`);
      if (route.path.includes('/measurements')) expect(res.status, `${route.method} ${path}`).toBe(404);
    }
    for (const path of ['/api/programmes/fz/versions/999', '/api/programmes/fz/versions/abc', '/api/programmes/fz/versions/0', '/api/nothing', '/api/programmes/fz/measurements/x/y']) {
      expect((await ctx.api('GET', path)).status, path).toBe(404);
    }
    expectProblem(await ctx.api('PATCH', '/api/programmes/fz'), 'PATCH');
    expect(await fingerprint(ctx.store)).toBe(before);
  });

  it('refuses bad query parameters and headers', async () => {
    const before = await fingerprint(ctx.store);
    for (const query of ['limit=0', 'limit=501', 'limit=abc', 'limit=1.5', 'cursor=%%%', 'cursor=abc', 'from=2026-02-30', 'to=x']) {
      expectProblem(await ctx.api('GET', `/api/programmes/fz/measurements?${query}`), query);
    }
    for (const query of ['asOf=2026-02-30', 'asOf=today', 'asOf=']) expectProblem(await ctx.api('GET', `/api/programmes/fz/status?${query}`), query);
    for (const query of ['from=0', 'to=abc', 'from=9&to=1']) expectProblem(await ctx.api('GET', `/api/programmes/fz/diff?${query}`), query);
    const json = { kpi: 'getraind', date: '2026-03-31', value: 1 };
    expectProblem(await ctx.api('POST', '/api/programmes/fz/measurements', { json, headers: { 'idempotency-key': 'a b' } }), 'idempotency key');
    expectProblem(await ctx.api('PUT', `/api/programmes/fz/measurements/${recordIds.measurements}`, { json, headers: { 'if-match': '"r1", "r2"' } }), 'two tags');
    expectProblem(await ctx.api('PUT', `/api/programmes/fz/measurements/${recordIds.measurements}`, { json, headers: { 'if-match': 'garbage' } }), 'garbage tag');
    expect(await fingerprint(ctx.store)).toBe(before);
  });
});
