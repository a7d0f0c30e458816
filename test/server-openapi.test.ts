// The API's description, health probes, the dashboard hook, and configuration.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { ConfigError, createApp, readConfig, ROUTE_DOCS } from '../src/server/index.js';
import { freshSqlite } from './store-targets.js';
import { apiFor, useApp } from './server-harness.js';

describe('the API description', () => {
  const ctx = useApp(freshSqlite);

  it('is an OpenAPI 3.1 document of exactly the routes the app serves', async () => {
    const res = await ctx.api('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    const served = [...new Set(ctx.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api') || r.path === '/healthz' || r.path === '/readyz')
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`))].sort();
    expect(documented).toEqual(served);
    expect(documented).toHaveLength(ROUTE_DOCS.length);
  });

  it('describes bodies, parameters and problems from the zod schemas', async () => {
    const { body } = await ctx.api('GET', '/api/openapi.json');
    const post = body.paths['/api/programmes/{id}/measurements'].post;
    expect(post.requestBody.content['application/json'].schema).toMatchObject({ type: 'object', required: ['kpi', 'date', 'value'], additionalProperties: false });
    expect(post.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['path:id', 'header:Idempotency-Key', 'header:X-CSRF-Token']);
    const list = body.paths['/api/programmes/{id}/measurements'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'limit', 'cursor', 'kpi', 'from', 'to']);
    expect(list.responses['4XX']).toEqual({ $ref: '#/components/responses/Problem' });
    expect(body.components.schemas.Problem.properties.errors.type).toBe('array');
    expect(new Set(Object.values(body.paths).flatMap((ops) => Object.values(ops as Record<string, { operationId: string }>).map((o) => o.operationId))).size).toBe(ROUTE_DOCS.length);
  });

  it('answers liveness and readiness', async () => {
    expect((await ctx.api('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await ctx.api('GET', '/readyz')).body).toEqual({ status: 'ready', database: 'sqlite' });
  });

  it('serves a page that points at the API until the dashboard is built', async () => {
    const res = await ctx.api('GET', '/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('/api/openapi.json');
  });

  it('serves the built dashboard from web/dist, with index.html for client-side routes', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'koers-web-'));
    try {
      mkdirSync(join(webDir, 'assets'));
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Koers dashboard</title>');
      writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
      const api = apiFor(createApp({ store: ctx.store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir }), ctx.users);
      expect((await api('GET', '/')).text).toContain('Koers dashboard');
      expect((await api('GET', '/assets/app.js')).text).toBe('console.log(1)');
      expect((await api('GET', '/programmes/klant-in-beeld/roadmap')).text).toContain('Koers dashboard');
      const missing = await api('GET', '/api/nothing');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
    } finally {
      rmSync(webDir, { recursive: true, force: true });
    }
  });
});

describe('readConfig', () => {
  it('defaults to SQLite in data/koers.db on 127.0.0.1:3000', () => {
    expect(readConfig({})).toMatchObject({ port: 3000, host: '127.0.0.1', database: 'data/koers.db', databaseSchema: undefined, poolSize: 20, timeZone: 'Europe/Amsterdam', seedExample: false });
  });

  it('reads the environment, and flags win over it', () => {
    const env = { PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'postgres://k@db/koers', KOERS_DB_SCHEMA: 'koers', KOERS_DB_POOL_SIZE: '20', KOERS_SEED_EXAMPLE: 'true' };
    expect(readConfig(env)).toMatchObject({ port: 8080, host: '0.0.0.0', database: 'postgres://k@db/koers', databaseSchema: 'koers', poolSize: 20, seedExample: true });
    expect(readConfig(env, { port: '9000', database: 'local.db' })).toMatchObject({ port: 9000, database: 'local.db' });
    expect(readConfig({ KOERS_DB_PATH: '/srv/koers.db' }).database).toBe('/srv/koers.db');
  });

  it('names the variable and what would be valid', () => {
    expect(() => readConfig({ PORT: 'tachtig' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: '70000' })).toThrow('invalid environment variable PORT: a port number from 0 to 65535');
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow('invalid environment variable DATABASE_URL: a postgres:// or postgresql:// URL');
    expect(() => readConfig({ KOERS_TIME_ZONE: 'Mars/Olympus' })).toThrow('KOERS_TIME_ZONE');
    expect(() => readConfig({}, { port: '-1' })).toThrow('invalid --port "-1"');
  });
});
