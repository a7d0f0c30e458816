// Backup and restore: a programme with all its versions, records and audit trail as one bundle,
// restored into an empty database — across dialects too — identical.
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from './store-targets.js';
import type { Api } from './server-harness.js';
import { exampleAs, importExample, useApp } from './server-harness.js';

async function populate(api: Api, id: string): Promise<void> {
  await importExample(api, id, 'anna');
  await api('PUT', `/api/programmes/${id}`, { yaml: exampleAs(id).replace('name: Klant in Beeld', 'name: Klant in Beeld (v2)'), headers: { 'x-koers-user': 'bert' } });
  const base = `/api/programmes/${id}`;
  await api('POST', `${base}/measurements/bulk`, { json: { records: [{ kpi: 'getraind', date: '2026-03-31', value: 16 }, { kpi: 'po-churn', date: '2026-03-31', value: 11.5, note: 'één' }] } });
  await api('POST', `${base}/progress`, { json: { effort: 'SYS-01', date: '2026-03-31', percentComplete: 100, actualStart: '2026-01-05', actualEnd: '2026-03-30' } });
  await api('POST', `${base}/decisions`, { json: { milestone: 'M3', date: '2026-03-31', outcome: 'go-met-voorwaarden', conditions: 'Budget Q3', decidedBy: 'Stuurgroep' } });
  await api('POST', `${base}/checks`, { json: { criterion: 'M1.2', date: '2026-01-31', met: true, evidence: 'Besluit' } });
  const risk = await api('POST', `${base}/risks`, { json: { id: 'R-1', subject: 'B1', description: 'Capaciteit', likelihood: 'H', impact: 'M', date: '2026-02-01' } });
  await api('PUT', `${base}/risks/${risk.body.id}`, { json: { id: 'R-1', subject: 'B1', description: 'Capaciteit', likelihood: 'L', impact: 'M', status: 'closed', date: '2026-02-01' }, headers: { 'if-match': '"r1"' } });
  await api('POST', `${base}/overrides`, { json: { parameter: 'tempo', date: '2026-03-31', rag: 'geel', rationale: 'Vertraging' } });
  await api('POST', `${base}/signals`, { json: { rule: 'commitment', subject: 'B1', date: '2026-03-15', note: 'Geen tijd' } });
  await api('POST', `${base}/acknowledgements`, { json: { rule: 'commitment', subject: 'B1', date: '2026-03-20', recordedBy: 'Sponsorgroep' } });
  const budget = await api('POST', `${base}/budget`, { json: { date: '2026-03-31', planned: 100, spent: 90 } });
  await api('DELETE', `${base}/budget/${budget.body.id}`);
}

const withoutExportTime = (bundle: { exportedAt: string }) => ({ ...bundle, exportedAt: undefined });

describe.each(dialects)('backup from $name', ({ fresh: freshSource }) => {
  const source = useApp(freshSource);
  beforeAll(() => populate(source.api, 'bk'));

  describe.each(dialects)('restored into $name', ({ fresh: freshTarget }) => {
    const target = useApp(freshTarget);

    it('restores every version, record and audit entry identically', async () => {
      const exported = await source.api('GET', '/api/programmes/bk/bundle');
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toContain('bk.koers.json');
      const bundle = exported.body;
      expect(bundle.versions).toHaveLength(2);
      expect(bundle.records).toHaveLength(9);

      const restored = await target.api('POST', '/api/bundles', { json: bundle, headers: { 'x-koers-user': 'beheer' } });
      expect(restored.status, restored.text).toBe(201);
      expect(restored.body).toMatchObject({ programmeId: 'bk', versions: 2, records: 9 });

      const again = (await target.api('GET', '/api/programmes/bk/bundle')).body;
      expect(again.audit.at(-1)).toMatchObject({ action: 'restore', actor: 'beheer' });
      expect(withoutExportTime({ ...again, audit: again.audit.slice(0, -1) })).toEqual(withoutExportTime(bundle));

      for (const version of [1, 2]) {
        expect((await target.api('GET', `/api/programmes/bk/export?version=${version}`)).text).toBe((await source.api('GET', `/api/programmes/bk/export?version=${version}`)).text);
      }
      const status = (api: Api) => api('GET', '/api/programmes/bk/status?asOf=2026-04-15').then((r) => r.body);
      expect(await status(target.api)).toEqual(await status(source.api));
    });

    it('refuses a bundle whose programme exists, or that was altered, and writes nothing', async () => {
      const bundle = (await source.api('GET', '/api/programmes/bk/bundle')).body;
      expect((await target.api('POST', '/api/bundles', { json: bundle })).status).toBe(409);

      const altered = { ...bundle, programme: { ...bundle.programme, id: 'bk-2' }, versions: bundle.versions.map((v: { yaml: string }) => ({ ...v, yaml: v.yaml.replace('id: bk', 'id: bk-2') })) };
      const tampered = await target.api('POST', '/api/bundles', { json: altered });
      expect(tampered.status).toBe(422);
      expect(tampered.body.errors.map((e: { path: string }) => e.path)).toEqual(['versions[0].sha256', 'versions[1].sha256']);

      const badRecord = { ...bundle, programme: { ...bundle.programme, id: 'bk-3' }, records: [{ ...bundle.records[0], record: { kpi: 'getraind', date: 'gisteren', value: '1' } }] };
      const refused = await target.api('POST', '/api/bundles', { json: badRecord });
      expect(refused.status).toBe(422);
      expect(refused.body.errors.map((e: { path: string }) => e.path)).toContain('records[0].record.date');
      expect((await target.api('GET', '/api/programmes?limit=500')).body.items.map((p: { id: string }) => p.id)).toEqual(['bk']);
    });

    it('restores a deleted programme into the database it came from', async () => {
      const bundle = (await target.api('GET', '/api/programmes/bk/bundle')).body;
      expect((await target.api('DELETE', '/api/programmes/bk')).status).toBe(204);
      expect((await target.api('POST', '/api/bundles', { json: bundle })).status).toBe(201);
      expect((await target.api('GET', '/api/programmes/bk/measurements')).body.items).toHaveLength(2);
      // The log keeps the deletion and both restores; the restored entries are not duplicated.
      const audit = (await target.api('GET', '/api/audit?entityId=bk&limit=500&order=asc')).body.items.map((a: { action: string }) => a.action);
      expect(audit).toEqual(['import', 'import', 'restore', 'delete', 'restore']);
    });
  });
});
