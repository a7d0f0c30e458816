import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { seedExample } from '../src/app/seed-example.js';
import { createApp } from '../src/server/create-app.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import { problemOf } from '../web/src/api/api-error.js';
import { TEST_USER, testUsers } from './server-harness.js';

// The dashboard's reading of the server's problem+json answers, against the real app.
describe('web API client with the real server app', () => {
  let dir: string;
  let store: Store;
  /** The app, signed in as a beheerder with an API token (see server-harness). */
  let app: { request: (path: string, init?: RequestInit) => Promise<Response> };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'koers-web-api-'));
    store = await openStore({ database: join(dir, 'koers.db') });
    await seedExample(store);
    const inner = createApp({ store, statusCache: createStatusCache(), today: () => '2026-11-20', webDir: undefined });
    const authorization = `Bearer ${await testUsers(store).tokenFor(TEST_USER)}`;
    app = { request: async (path, init = {}) => inner.request(path, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), authorization } }) };
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown, headers: Record<string, string> = {}) => app.request('/api/programmes/klant-in-beeld/measurements', {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });

  it('puts a field error next to the field it names', async () => {
    const error = await problemOf(await post({ kpi: 'datakwaliteit', date: '2026-11-10', value: 12 }));
    expect(error.status).toBe(422);
    expect(error.fieldError('value')).toMatch(/more than 10/);
    expect(error.fieldError('kpi')).toBeUndefined();
    expect(error.conflict).toBe(false);
  });

  it('reads the row and column of an upload error from its path', async () => {
    const form = new FormData();
    form.append('file', new File(['kpi;datum;waarde\ngetraind;30-04-2026;20\ncrm-adoptie;30-04-2026;veel\n'], 'metingen.csv', { type: 'text/csv' }));
    const error = await problemOf(await app.request('/api/programmes/klant-in-beeld/measurements/upload', { method: 'POST', body: form }));
    expect(error.status).toBe(422);
    expect(error.errors.map((e) => e.path)).toEqual(['rows[3].waarde']);
  });

  it('recognises a stale write (412) as a conflict', async () => {
    const created = await post({ kpi: 'klantbeeld', date: '2026-11-12', value: 60 });
    const { id, version } = (await created.json()) as { id: string; version: number };
    const put = (value: number) => app.request(`/api/programmes/klant-in-beeld/measurements/${id}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': `"r${version}"` },
      body: JSON.stringify({ kpi: 'klantbeeld', date: '2026-11-12', value }),
    });
    expect((await put(61)).status).toBe(200);
    const error = await problemOf(await put(62));
    expect(error.status).toBe(412);
    expect(error.conflict).toBe(true);
  });
});
