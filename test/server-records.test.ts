// Records over the API — every kind, bulk, upload, idempotency, ETags and paging — on SQLite and PostgreSQL.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../src/app/record-kinds.js';
import { dialects } from './store-targets.js';
import { importExample, useApp } from './server-harness.js';

/** A valid record of each kind for the example, and a change to it for PUT. */
const SAMPLES: { readonly [K in RecordKind]: { readonly record: Record<string, unknown>; readonly change: Record<string, unknown>; readonly filter?: string } } = {
  measurements: { record: { kpi: 'getraind', date: '2026-03-31', value: 15 }, change: { value: 17 }, filter: 'kpi=getraind' },
  progress: { record: { effort: 'SYS-01', date: '2026-02-28', percentComplete: 60, actualStart: '2026-01-05' }, change: { percentComplete: 70 }, filter: 'effort=SYS-01' },
  decisions: { record: { milestone: 'M3', date: '2026-03-31', outcome: 'go', decidedBy: 'Stuurgroep' }, change: { outcome: 'aangehouden' }, filter: 'milestone=M3' },
  checks: { record: { criterion: 'M1.2', date: '2026-01-31', met: true, evidence: 'MT-besluit 2026-01-15' }, change: { met: false }, filter: 'criterion=M1.2' },
  risks: { record: { id: 'R-01', subject: 'B1', description: 'Te weinig capaciteit', likelihood: 'M', impact: 'H', mitigation: 'Inhuur', status: 'open', date: '2026-02-01' }, change: { status: 'closed' }, filter: 'id=R-01' },
  overrides: { record: { subject: { kind: 'kpi', kpi: 'getraind' }, date: '2026-06-30', rag: 'geel', rationale: 'Trainers ziek; inhaalslag gepland', recordedBy: 'Manager HR' }, change: { rag: 'rood' }, filter: 'subject=getraind' },
  signals: { record: { rule: 'commitment', subject: 'B1', date: '2026-05-15', note: 'Baateigenaar heeft geen tijd' }, change: { note: 'Opgelost' }, filter: 'rule=commitment' },
  acknowledgements: { record: { rule: 'commitment', subject: 'B1', date: '2026-05-20', recordedBy: 'Sponsorgroep' }, change: { note: 'Besproken' }, filter: 'rule=commitment' },
  budget: { record: { date: '2026-03-31', planned: 250000, spent: 230000 }, change: { spent: 240000 } },
};

describe.each(dialects)('records API on $name', ({ fresh }) => {
  const ctx = useApp(fresh);

  describe.each(Object.keys(SAMPLES) as RecordKind[])('%s', (kind) => {
    const { record, change, filter } = SAMPLES[kind];
    const programme = `rec-${kind}`;
    const base = `/api/programmes/${programme}/${kind}`;

    it('creates, reads, lists, replaces under If-Match, and deletes', async () => {
      await importExample(ctx.api, programme);
      const created = await ctx.api('POST', base, { json: record, headers: { 'x-koers-user': 'anna' } });
      expect(created.status, created.text).toBe(201);
      expect(created.headers.get('etag')).toBe('"r1"');
      expect(created.body).toMatchObject({ kind, programmeId: programme, version: 1, createdBy: 'anna', record });
      const self = created.headers.get('location')!;
      expect(self).toBe(`${base}/${created.body.id}`);

      expect((await ctx.api('GET', self)).body).toEqual(created.body);
      const list = await ctx.api('GET', filter ? `${base}?${filter}` : base);
      expect(list.body).toEqual({ items: [created.body], next: null });

      const replaced = await ctx.api('PUT', self, { json: { ...record, ...change }, headers: { 'if-match': '"r1"', 'x-koers-user': 'bert' } });
      expect(replaced.status, replaced.text).toBe(200);
      expect(replaced.headers.get('etag')).toBe('"r2"');
      expect(replaced.body).toMatchObject({ version: 2, updatedBy: 'bert', createdBy: 'anna', record: { ...record, ...change } });

      const stale = await ctx.api('PUT', self, { json: record, headers: { 'if-match': '"r1"' } });
      expect(stale.status).toBe(412);
      expect((await ctx.api('GET', self)).body.record).toMatchObject(change);
      expect((await ctx.api('DELETE', self, { headers: { 'if-match': '"r1"' } })).status).toBe(412);

      expect((await ctx.api('DELETE', self, { headers: { 'if-match': '"r2"' } })).status).toBe(204);
      expect((await ctx.api('GET', self)).status).toBe(404);

      const audit = await ctx.api('GET', `/api/programmes/${programme}/audit?entityId=${created.body.id}&order=asc`);
      expect(audit.body.items.map((a: { action: string; actor: string }) => [a.action, a.actor])).toEqual([['create', 'anna'], ['update', 'bert'], ['delete', 'tester']]);
      expect(audit.body.items[1].before).toMatchObject(record);
      expect(audit.body.items[1].after).toMatchObject(change);
    });
  });

  it('names the field of every problem and stores nothing', async () => {
    await importExample(ctx.api, 'rec-errors');
    const base = '/api/programmes/rec-errors';
    const wrongType = await ctx.api('POST', `${base}/measurements`, { json: { kpi: 'getraind', date: '2026-02-30', value: '15', extra: 1 } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['date', 'extra', 'value']);
    const reference = await ctx.api('POST', `${base}/measurements`, { json: { kpi: 'getrained', date: '2026-03-31', value: 15 } });
    expect(reference.body.errors).toEqual([expect.objectContaining({ path: 'kpi', message: expect.stringContaining('did you mean "getraind"') })]);
    const range = await ctx.api('POST', `${base}/measurements`, { json: { kpi: 'getraind', date: '2026-03-31', value: 150 } });
    expect(range.body.errors).toEqual([expect.objectContaining({ path: 'value', message: '"150" is more than 100' })]);
    const automatic = await ctx.api('POST', `${base}/checks`, { json: { criterion: 'M1.1', date: '2026-01-31', met: true, evidence: 'x' } });
    expect(automatic.body.errors[0].message).toContain('is checked by Koers itself');
    const conditions = await ctx.api('POST', `${base}/decisions`, { json: { milestone: 'M3', date: '2026-03-31', outcome: 'go-met-voorwaarden', decidedBy: 'Stuurgroep' } });
    expect(conditions.body.errors).toEqual([expect.objectContaining({ path: 'conditions' })]);
    expect((await ctx.api('GET', `${base}/audit`)).body.items).toHaveLength(1);
  });

  it('takes an override in the form from before KPI overrides and answers it in today\'s form', async () => {
    await importExample(ctx.api, 'rec-legacy');
    const base = '/api/programmes/rec-legacy/overrides';
    const legacy = await ctx.api('POST', base, { json: { parameter: 'tempo', date: '2026-06-30', rag: 'geel', rationale: 'Vertraging CRM verwacht' } });
    expect(legacy.status, legacy.text).toBe(201);
    expect(legacy.body.record).toEqual({ subject: { kind: 'parameter', parameter: 'tempo' }, date: '2026-06-30', rag: 'geel', rationale: 'Vertraging CRM verwacht', recordedBy: 'tester' });
    expect((await ctx.api('GET', `${base}?subject=tempo`)).body.items).toHaveLength(1);
    expect((await ctx.api('GET', `${base}?parameter=tempo`)).body.items).toHaveLength(1);
    expect((await ctx.api('GET', `${base}?parameter=haalbaarheid`)).body.items).toHaveLength(0);
    const status = await ctx.api('GET', '/api/programmes/rec-legacy/status?asOf=2026-07-01');
    expect(status.body.steering.find((x: { parameter: string }) => x.parameter === 'tempo').override).toMatchObject({ rag: 'geel', rationale: 'Vertraging CRM verwacht' });
    const both = await ctx.api('POST', base, { json: { parameter: 'tempo', subject: { kind: 'parameter', parameter: 'tempo' }, date: '2026-06-30', rag: 'geel', rationale: 'x' } });
    expect(both.body.errors).toEqual([expect.objectContaining({ path: 'subject' })]);
    const unknown = await ctx.api('POST', base, { json: { subject: { kind: 'kpi', kpi: 'getrained' }, date: '2026-06-30', rag: 'geel', rationale: 'x' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'subject', message: expect.stringContaining('"getrained" is not a KPI of') })]);
  });

  it('adds a bulk list all or nothing, with the index of each bad record', async () => {
    await importExample(ctx.api, 'rec-bulk');
    const base = '/api/programmes/rec-bulk/measurements';
    const good = { kpi: 'getraind', date: '2026-03-31', value: 15 };
    const bad = await ctx.api('POST', `${base}/bulk`, { json: { records: [good, { ...good, date: '2026-06-30', kpi: 'nope' }, { ...good, date: '2026-09-30', value: -1 }] } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['[1].kpi', '[2].value']);
    expect((await ctx.api('GET', base)).body.items).toEqual([]);

    const ok = await ctx.api('POST', `${base}/bulk`, { json: { records: [good, { ...good, kpi: '% Getraind outside-in', date: '2026-06-30', value: 31 }] } });
    expect(ok.status).toBe(201);
    expect(ok.body.items.map((r: { record: { kpi: string; value: number } }) => [r.record.kpi, r.record.value])).toEqual([['getraind', 15], ['getraind', 31]]);
  });

  it('stores a request with an Idempotency-Key once, and refuses the key for another body', async () => {
    await importExample(ctx.api, 'rec-idem');
    const base = '/api/programmes/rec-idem/measurements';
    const json = { kpi: 'getraind', date: '2026-03-31', value: 15 };
    const first = await ctx.api('POST', base, { json, headers: { 'idempotency-key': 'meting-1' } });
    const again = await ctx.api('POST', base, { json, headers: { 'idempotency-key': 'meting-1' } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await ctx.api('POST', base, { json: { ...json, value: 16 }, headers: { 'idempotency-key': 'meting-1' } });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].path).toBe('Idempotency-Key');
    expect((await ctx.api('GET', base)).body.items).toHaveLength(1);
    const status = await ctx.api('GET', '/api/programmes/rec-idem/status?asOf=2026-04-01');
    expect(status.headers.get('x-koers-revision')).toBe('2');
  });

  it('pages through records with a next link until the end', async () => {
    await importExample(ctx.api, 'rec-pages');
    const base = '/api/programmes/rec-pages/measurements';
    const records = Array.from({ length: 120 }, (_, i) => ({ kpi: 'initiatieven', date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-01`, value: i }));
    for (let i = 0; i < records.length; i += 40) {
      // The same KPI and date may be recorded again (a correction); within one list they may not.
      expect((await ctx.api('POST', `${base}/bulk`, { json: { records: records.slice(i, i + 12) } })).status).toBe(201);
      for (const r of records.slice(i + 12, i + 40)) expect((await ctx.api('POST', base, { json: r })).status).toBe(201);
    }
    const values: number[] = [];
    let next: string | null = `${base}?limit=50`;
    let pages = 0;
    while (next) {
      const page = await ctx.api('GET', next);
      values.push(...page.body.items.map((r: { record: { value: number } }) => r.record.value));
      next = page.body.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(values).toEqual(records.map((r) => r.value));
    const quarter = await ctx.api('GET', `${base}?from=2026-01-01&to=2026-03-01&limit=500`);
    expect(quarter.body.items).toHaveLength(30);
    expect((await ctx.api('GET', `${base}?cursor=not-a-cursor`)).status).toBe(400);
  });

  it('uploads CSV all or nothing, with row and column of every problem', async () => {
    await importExample(ctx.api, 'rec-csv');
    const base = '/api/programmes/rec-csv/measurements';
    const bad = 'kpi;datum;waarde\ngetraind;31-03-2026;16\nonbekend;30-06-2026;12\ngetraind;31-13-2026;40\n';
    const refused = await ctx.api('POST', `${base}/upload`, { body: bad, headers: { 'content-type': 'text/csv' } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string; row: number }) => [e.path, e.row])).toEqual([['rows[3].kpi', 3], ['rows[4].datum', 4]]);
    expect((await ctx.api('GET', base)).body.items).toEqual([]);

    const form = new FormData();
    form.append('file', new File(['kpi;datum;waarde\ngetraind;31-03-2026;16\nPO churn;31-03-2026;11,5\n'], 'metingen.csv', { type: 'text/csv' }));
    const stored = await ctx.api('POST', `${base}/upload`, { body: form, headers: { 'x-koers-user': 'dirk' } });
    expect(stored.status, stored.text).toBe(201);
    expect(stored.body.items.map((r: { record: object }) => r.record)).toEqual([
      { kpi: 'getraind', date: '2026-03-31', value: 16, recordedBy: undefined, source: undefined, note: undefined },
      { kpi: 'po-churn', date: '2026-03-31', value: 11.5, recordedBy: undefined, source: undefined, note: undefined },
    ].map((r) => JSON.parse(JSON.stringify(r))));
  });

  it('checks an upload with dryRun=true without storing it', async () => {
    await importExample(ctx.api, 'rec-dry');
    const base = '/api/programmes/rec-dry/measurements';
    const good = 'kpi;datum;waarde\ngetraind;31-03-2026;16\nPO churn;31-03-2026;11,5\n';
    const checked = await ctx.api('POST', `${base}/upload?dryRun=true`, { body: good, headers: { 'content-type': 'text/csv' } });
    expect(checked.status, checked.text).toBe(200);
    expect(checked.body.items.map((r: { kpi: string; value: number }) => [r.kpi, r.value])).toEqual([['getraind', 16], ['po-churn', 11.5]]);
    const bad = await ctx.api('POST', `${base}/upload?dryRun=true`, { body: 'kpi;datum;waarde\nonbekend;30-06-2026;12\n', headers: { 'content-type': 'text/csv' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: 'rows[2].kpi', row: 2 });
    expect((await ctx.api('POST', `${base}/upload?dryRun=maybe`, { body: good, headers: { 'content-type': 'text/csv' } })).status).toBe(422);
    expect((await ctx.api('GET', base)).body.items).toEqual([]);
  });

  it('uploads an XLSX workbook', async () => {
    await importExample(ctx.api, 'rec-xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('voortgang');
    sheet.addRow(['inspanning', 'datum', '% gereed']);
    sheet.addRow(['SYS-01', new Date(Date.UTC(2026, 1, 28)), 0.6]).getCell(3).numFmt = '0%';
    const bytes = await workbook.xlsx.writeBuffer();
    const res = await ctx.api('POST', '/api/programmes/rec-xlsx/progress/upload', {
      body: new Uint8Array(bytes as ArrayBuffer),
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.items[0].record).toMatchObject({ effort: 'SYS-01', date: '2026-02-28', percentComplete: 60 });
  });
});
