// Status over the API: the steering engine's result, cached by plan version, records revision and date.
import { describe, expect, it } from 'vitest';
import { readProgramme } from '../src/formats/yaml/index.js';
import { emptyRecords } from '../src/model/index.js';
import type { Programme } from '../src/model/index.js';
import { programmeStatus } from '../src/steer/index.js';
import { dialects } from './store-targets.js';
import { exampleAs, importExample, useApp } from './server-harness.js';

const model = (id: string): Programme => {
  const read = readProgramme(exampleAs(id));
  if (!read.ok) throw new Error('example invalid');
  return read.programme;
};

describe.each(dialects)('status API on $name', ({ fresh }) => {
  const ctx = useApp(fresh, '2026-05-01');

  it('answers what the steering engine computes from the stored records', async () => {
    await importExample(ctx.api, 'st-engine');
    const measurement = { kpi: 'getraind', date: '2026-03-31', value: 12, recordedBy: 'anna', source: undefined, note: undefined };
    await ctx.api('POST', '/api/programmes/st-engine/measurements', { json: measurement });
    const res = await ctx.api('GET', '/api/programmes/st-engine/status?asOf=2026-07-15');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(programmeStatus(model('st-engine'), { ...emptyRecords, measurements: [measurement] }, '2026-07-15'))));
    expect(res.body.kpis.find((k: { kpi: string }) => k.kpi === 'getraind')).toBeDefined();
  });

  it('uses today when no date is given', async () => {
    await importExample(ctx.api, 'st-today');
    expect((await ctx.api('GET', '/api/programmes/st-today/status')).body.asOf).toBe('2026-05-01');
  });

  it('answers from the cache until a write, then recomputes', async () => {
    await importExample(ctx.api, 'st-cache');
    const url = '/api/programmes/st-cache/status?asOf=2026-07-15';
    const first = await ctx.api('GET', url);
    const etag = first.headers.get('etag')!;
    expect((await ctx.api('GET', url)).headers.get('etag')).toBe(etag);
    expect((await ctx.api('GET', url, { headers: { 'if-none-match': etag } })).status).toBe(304);

    await ctx.api('POST', '/api/programmes/st-cache/measurements', { json: { kpi: 'getraind', date: '2026-06-30', value: 5 } });
    const after = await ctx.api('GET', url, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(Number(after.headers.get('x-koers-revision'))).toBe(Number(first.headers.get('x-koers-revision')) + 1);
    const kpi = (body: { kpis: { kpi: string }[] }) => body.kpis.find((k) => k.kpi === 'getraind');
    expect(kpi(after.body)).not.toEqual(kpi(first.body));

    // A new plan version changes the status too.
    await ctx.api('PUT', '/api/programmes/st-cache', { yaml: exampleAs('st-cache') });
    const v2 = await ctx.api('GET', url);
    expect(v2.headers.get('x-koers-plan-version')).toBe('2');
    expect(v2.headers.get('etag')).not.toBe(after.headers.get('etag'));
  });

  it('keeps apart a deleted programme and its re-import under the same id', async () => {
    await importExample(ctx.api, 'st-reborn');
    await ctx.api('POST', '/api/programmes/st-reborn/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 90 } });
    const before = await ctx.api('GET', '/api/programmes/st-reborn/status?asOf=2026-07-15');
    await ctx.api('DELETE', '/api/programmes/st-reborn');
    await importExample(ctx.api, 'st-reborn');
    await ctx.api('POST', '/api/programmes/st-reborn/measurements', { json: { kpi: 'getraind', date: '2026-03-31', value: 1 } });
    const after = await ctx.api('GET', '/api/programmes/st-reborn/status?asOf=2026-07-15');
    expect(after.headers.get('x-koers-revision')).toBe(before.headers.get('x-koers-revision'));
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(after.body).toEqual(JSON.parse(JSON.stringify(programmeStatus(model('st-reborn'), { ...emptyRecords, measurements: [{ kpi: 'getraind', date: '2026-03-31', value: 1, source: undefined, note: undefined, recordedBy: 'tester' }] }, '2026-07-15'))));
  });

  it('refuses a bad date and an unknown programme as problems', async () => {
    await importExample(ctx.api, 'st-bad');
    const bad = await ctx.api('GET', '/api/programmes/st-bad/status?asOf=2026-02-30');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('asOf');
    const unknown = await ctx.api('GET', '/api/programmes/nope/status');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
  });
});
