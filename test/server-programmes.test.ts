// Programmes and plan versions over the API, on SQLite and PostgreSQL alike.
import { describe, expect, it } from 'vitest';
import { dialects } from './store-targets.js';
import { EXAMPLE_YAML, exampleAs, importExample, useApp } from './server-harness.js';

const moved = (yaml: string) => yaml.replace('start: 2026-01, duration: 3 maanden, owner: crm-productowner', 'start: 2026-02, duration: 3 maanden, owner: crm-productowner');

describe.each(dialects)('programmes API on $name', ({ fresh }) => {
  const ctx = useApp(fresh);

  it('imports a programme file and exports it byte for byte, comments and all', async () => {
    const created = await importExample(ctx.api, 'p-export', 'anna');
    expect(created.headers.get('etag')).toBe('"v1"');
    expect(created.headers.get('location')).toBe('/api/programmes/p-export');
    expect(created.body).toMatchObject({ id: 'p-export', name: 'Klant in Beeld', version: 1, createdBy: 'anna' });

    const exported = await ctx.api('GET', '/api/programmes/p-export/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(exported.text).toBe(exampleAs('p-export'));
  });

  it('keeps the file name of a multipart upload', async () => {
    const form = new FormData();
    form.append('file', new File([exampleAs('p-multipart')], 'programma.yaml', { type: 'application/yaml' }));
    const res = await ctx.api('POST', '/api/programmes', { body: form });
    expect(res.status).toBe(201);
    const version = await ctx.api('GET', '/api/programmes/p-multipart/versions/1');
    expect(version.body).toMatchObject({ version: 1, fileName: 'programma.yaml', yaml: exampleAs('p-multipart') });
    const exported = await ctx.api('GET', '/api/programmes/p-multipart/export');
    expect(exported.headers.get('content-disposition')).toContain('filename="programma.yaml"');
  });

  it('answers a programme with its plan, an ETag and 304 when unchanged', async () => {
    await importExample(ctx.api, 'p-get');
    const res = await ctx.api('GET', '/api/programmes/p-get');
    expect(res.status).toBe(200);
    expect(res.body.plan.efforts.find((e: { id: string }) => e.id === 'SYS-01')).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    const again = await ctx.api('GET', '/api/programmes/p-get', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('refuses a second import of the same id, and an invalid file with line and column', async () => {
    await importExample(ctx.api, 'p-twice');
    const twice = await ctx.api('POST', '/api/programmes', { yaml: exampleAs('p-twice') });
    expect(twice.status).toBe(409);
    expect(twice.headers.get('content-type')).toBe('application/problem+json');

    const broken = exampleAs('p-broken').replace('horizon: 18', 'horizon: achttien');
    const invalid = await ctx.api('POST', '/api/programmes', { yaml: broken });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('invalid-programme');
    const line = broken.split('\n').findIndex((l) => l.includes('horizon: achttien')) + 1;
    expect(invalid.body.errors).toContainEqual(expect.objectContaining({ path: 'programme.horizon', line }));
    expect((await ctx.api('GET', '/api/programmes/p-broken')).status).toBe(404);
  });

  it('keeps every import as a version, diffs any two, and exports each as imported', async () => {
    await importExample(ctx.api, 'p-versions');
    const v2 = await ctx.api('PUT', '/api/programmes/p-versions', { yaml: moved(exampleAs('p-versions')), headers: { 'if-match': '"v1"', 'x-koers-user': 'bert' } });
    expect(v2.status).toBe(200);
    expect(v2.headers.get('etag')).toBe('"v2"');
    const v3 = await ctx.api('PUT', '/api/programmes/p-versions', { yaml: exampleAs('p-versions'), headers: { 'if-match': '"v2"' } });
    expect(v3.status).toBe(200);

    const versions = await ctx.api('GET', '/api/programmes/p-versions/versions?limit=2');
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const rest = await ctx.api('GET', versions.body.next);
    expect(rest.body).toMatchObject({ items: [{ version: 3 }], next: null });

    const diff = await ctx.api('GET', '/api/programmes/p-versions/diff?from=1&to=2');
    expect(diff.body).toMatchObject({ from: 1, to: 2, diff: { kpiTargets: [], gateCriteria: [] } });
    expect(diff.body.diff.efforts).toEqual([
      { kind: 'effort-rescheduled', effort: 'SYS-01', name: 'CRM analyse en ontwerp', before: { start: '2026-01-01', end: '2026-03-31' }, after: { start: '2026-02-01', end: '2026-04-30' } },
    ]);
    const latest = await ctx.api('GET', '/api/programmes/p-versions/diff');
    expect(latest.body).toMatchObject({ from: 2, to: 3 });
    expect(latest.body.diff.efforts[0].after).toEqual({ start: '2026-01-01', end: '2026-03-31' });

    expect((await ctx.api('GET', '/api/programmes/p-versions/export?version=2')).text).toBe(moved(exampleAs('p-versions')));
    expect((await ctx.api('GET', '/api/programmes/p-versions/export')).text).toBe(exampleAs('p-versions'));

    const audit = await ctx.api('GET', '/api/programmes/p-versions/audit?order=asc');
    expect(audit.body.items.map((a: { action: string; actor: string; after: { version: number } }) => [a.action, a.actor, a.after.version])).toEqual([
      ['import', 'tester', 1], ['import', 'bert', 2], ['import', 'tester', 3],
    ]);
  });

  it('answers 412 to a stale If-Match and keeps the newer plan', async () => {
    await importExample(ctx.api, 'p-stale');
    expect((await ctx.api('PUT', '/api/programmes/p-stale', { yaml: moved(exampleAs('p-stale')), headers: { 'if-match': '"v1"' } })).status).toBe(200);
    const stale = await ctx.api('PUT', '/api/programmes/p-stale', { yaml: exampleAs('p-stale'), headers: { 'if-match': '"v1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, code: 'precondition-failed' });
    expect((await ctx.api('GET', '/api/programmes/p-stale/export')).text).toBe(moved(exampleAs('p-stale')));
    expect((await ctx.api('DELETE', '/api/programmes/p-stale', { headers: { 'if-match': '"v1"' } })).status).toBe(412);
    expect((await ctx.api('GET', '/api/programmes/p-stale')).status).toBe(200);
  });

  it('refuses a new version whose file names another programme', async () => {
    await importExample(ctx.api, 'p-other');
    const res = await ctx.api('PUT', '/api/programmes/p-other', { yaml: EXAMPLE_YAML });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'programme.id', code: 'invalid', message: 'expected "p-other", got "klant-in-beeld"' }]);
  });

  it('deletes a programme with its records; the audit log keeps the deletion', async () => {
    await importExample(ctx.api, 'p-delete');
    await ctx.api('POST', '/api/programmes/p-delete/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 15 } });
    const res = await ctx.api('DELETE', '/api/programmes/p-delete', { headers: { 'if-match': '"v1"', 'x-koers-user': 'carla' } });
    expect(res.status).toBe(204);
    expect((await ctx.api('GET', '/api/programmes/p-delete')).status).toBe(404);
    expect((await ctx.api('GET', '/api/programmes/p-delete/measurements')).status).toBe(404);
    const audit = await ctx.api('GET', '/api/audit?entityId=p-delete&order=asc');
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['import', 'delete']);
    expect(audit.body.items[1]).toMatchObject({ actor: 'carla', before: { name: 'Klant in Beeld', version: 1 }, after: null });
    // The id is free again.
    expect((await importExample(ctx.api, 'p-delete')).status).toBe(201);
  });

  it('lists programmes a page at a time', async () => {
    for (const id of ['list-a', 'list-b', 'list-c']) await importExample(ctx.api, id);
    const seen: string[] = [];
    let next: string | null = '/api/programmes?limit=2';
    while (next) {
      const page = await ctx.api('GET', next);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      next = page.body.next;
    }
    expect(seen.filter((id) => id.startsWith('list-'))).toEqual(['list-a', 'list-b', 'list-c']);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
