// One contract suite for the store, run against SQLite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  allRecords, findProgramme, insertProgramme, programmeRevision, insertRecords, listAudit, listRecords, migrateToLatest, newId, updateRecord, writeProgramme,
} from '../src/store/index.js';
import type { ProgrammeRow, RecordRow, Store } from '../src/store/index.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

const at = '2026-03-01T09:00:00.000Z';
const programme = (id: string): ProgrammeRow => ({
  id, uid: newId(), name: id, organisation: 'Org', current_version: 1, created_at: at, created_by: 'a', updated_at: at, updated_by: 'a',
});
const record = (programmeId: string, subject: string, date: string): RecordRow => ({
  id: newId(), programme_id: programmeId, kind: 'measurements', subject, date, data: JSON.stringify({ kpi: subject, date, value: 1 }),
  row_version: 1, created_at: at, created_by: 'a', updated_at: at, updated_by: 'a',
});

describe.each(dialects)('store on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('migrates once: a second run (another instance starting) changes nothing', async () => {
    expect(await migrateToLatest(store.db, store.dialect)).toEqual([]);
    const second = await db.open();
    await second.close();
    expect(await store.dialect.integrityCheck(store.db)).toBe('ok');
  });

  it('inserts a programme once; a second insert with the same id reports the conflict', async () => {
    expect(await insertProgramme(store.db, programme('p1'))).toBe(true);
    expect(await insertProgramme(store.db, { ...programme('p1'), name: 'other' })).toBe(false);
    expect((await findProgramme(store.db, 'p1'))?.name).toBe('p1');
  });

  it('writes the audit entry and the revision in the same transaction as the change', async () => {
    await insertProgramme(store.db, programme('p2'));
    const row = record('p2', 'kpi-a', '2026-01-31');
    await writeProgramme(store, 'p2', 'anna', async ({ trx, audit }) => {
      await insertRecords(trx, [row]);
      audit({ entity: 'measurement', entityId: row.id, action: 'create', after: { value: 1 } });
    });
    expect(await programmeRevision(store.db, 'p2')).toBe(1);
    const entries = await listAudit(store.db, { programmeId: 'p2' }, { limit: 10 });
    expect(entries).toMatchObject([{ actor: 'anna', entity: 'measurement', entity_id: row.id, action: 'create', before: null, after: '{"value":1}' }]);

    // A failure after the write rolls back the record, its audit entry and the revision bump.
    const doomed = record('p2', 'kpi-b', '2026-02-28');
    await expect(writeProgramme(store, 'p2', 'anna', async ({ trx, audit }) => {
      await insertRecords(trx, [doomed]);
      audit({ entity: 'measurement', entityId: doomed.id, action: 'create', after: {} });
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect((await allRecords(store.db, 'p2')).map((r) => r.id)).toEqual([row.id]);
    expect(await listAudit(store.db, { programmeId: 'p2' }, { limit: 10 })).toHaveLength(1);
    expect(await programmeRevision(store.db, 'p2')).toBe(1);
  });

  it('updates a record only at the expected version', async () => {
    await insertProgramme(store.db, programme('p3'));
    const row = record('p3', 'kpi-a', '2026-01-31');
    await insertRecords(store.db, [row]);
    const change = { id: row.id, subject: 'kpi-a', date: '2026-01-31', data: '{"value":2}', updated_at: at, updated_by: 'b' };
    expect(await updateRecord(store.db, change, 1)).toBe(true);
    expect(await updateRecord(store.db, { ...change, data: '{"value":3}' }, 1)).toBe(false);
    expect((await allRecords(store.db, 'p3'))[0]).toMatchObject({ data: '{"value":2}', row_version: 2 });
  });

  it('lists records in creation order with filters and a cursor', async () => {
    await insertProgramme(store.db, programme('p4'));
    const rows = Array.from({ length: 30 }, (_, i) => record('p4', i % 2 ? 'odd' : 'even', `2026-01-${String(i + 1).padStart(2, '0')}`));
    await insertRecords(store.db, rows);
    const firstPage = await listRecords(store.db, 'p4', {}, { limit: 10 });
    const secondPage = await listRecords(store.db, 'p4', {}, { after: firstPage.at(-1)!.id, limit: 10 });
    expect([...firstPage, ...secondPage].map((r) => r.id)).toEqual(rows.slice(0, 20).map((r) => r.id));
    const odd = await listRecords(store.db, 'p4', { kind: 'measurements', subject: 'odd', from: '2026-01-10', to: '2026-01-20' }, { limit: 100 });
    expect(odd.map((r) => r.date)).toEqual(['2026-01-10', '2026-01-12', '2026-01-14', '2026-01-16', '2026-01-18', '2026-01-20']);
  });

  it('stores ISO dates and JSON as text, identical on both databases', async () => {
    const { rows } = await sql<{ date: string; data: string }>`select date, data from record where programme_id = 'p4' order by id limit 1`.execute(store.db);
    expect(rows[0]).toEqual({ date: '2026-01-01', data: '{"kpi":"even","date":"2026-01-01","value":1}' });
  });
});

describe('newId', () => {
  it('sorts in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => newId(1_700_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
    expect(newId(1_700_000_000_001) > ids.at(-1)!).toBe(true);
  });
});
