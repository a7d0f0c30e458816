// Appending records: all or nothing, concurrent appends stored together yet each on its own, and
// idempotency keys that expire after IDEMPOTENCY_KEY_HOURS — on SQLite and PostgreSQL alike.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRecords } from '../src/app/add-records.js';
import { AppError } from '../src/app/app-error.js';
import { importProgramme } from '../src/app/import-programme.js';
import {
  allRecords, appendRecords, claimIdempotencyKey, findIdempotencyKey, IDEMPOTENCY_KEY_HOURS, listAudit, newId, programmeRevision, purgeIdempotencyKeys,
} from '../src/store/index.js';
import type { IdempotencyRow, RecordRow, Store } from '../src/store/index.js';
import { dialects } from './store-targets.js';
import type { TestDatabase } from './store-targets.js';

const YAML = readFileSync(new URL('../examples/klant-in-beeld/programme.yaml', import.meta.url), 'utf8');
const HOUR = 3_600_000;
const ago = (hours: number, from = Date.now()) => new Date(from - hours * HOUR).toISOString();

describe.each(dialects)('idempotency keys and appended records on $name', ({ fresh }) => {
  let db: TestDatabase;
  let store: Store;
  let programmeId: string;
  beforeAll(async () => {
    db = await fresh();
    store = await db.open();
    programmeId = (await importProgramme(store, { yaml: YAML, actor: 'anna', mode: 'create' })).model.id;
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  const keyRow = (key: string, createdAt: string, hash = 'h1'): IdempotencyRow => ({ programme_id: programmeId, key, request_hash: hash, status: 201, body: '[]', created_at: createdAt });

  it(`keeps a key's answer for ${IDEMPOTENCY_KEY_HOURS} hours, then lets a new request take the key`, async () => {
    const now = new Date().toISOString();
    expect(await claimIdempotencyKey(store.db, keyRow('k-old', ago(IDEMPOTENCY_KEY_HOURS + 1)))).toBe(true);
    expect(await claimIdempotencyKey(store.db, keyRow('k-new', ago(IDEMPOTENCY_KEY_HOURS - 1)))).toBe(true);
    expect(await findIdempotencyKey(store.db, programmeId, 'k-old', now)).toBeUndefined();
    expect(await findIdempotencyKey(store.db, programmeId, 'k-new', now)).toMatchObject({ request_hash: 'h1' });

    // A live key stays with its first request; an expired one is taken over.
    expect(await claimIdempotencyKey(store.db, keyRow('k-new', now, 'h2'))).toBe(false);
    expect(await claimIdempotencyKey(store.db, keyRow('k-old', now, 'h2'))).toBe(true);
    expect(await findIdempotencyKey(store.db, programmeId, 'k-old', now)).toMatchObject({ request_hash: 'h2', created_at: now });
    expect(await findIdempotencyKey(store.db, programmeId, 'k-new', now)).toMatchObject({ request_hash: 'h1' });
  });

  it('purges expired keys in batches and leaves live ones', async () => {
    const now = new Date().toISOString();
    for (let i = 0; i < 5; i++) await claimIdempotencyKey(store.db, keyRow(`purge-old-${i}`, ago(IDEMPOTENCY_KEY_HOURS + 2 + i)));
    await claimIdempotencyKey(store.db, keyRow('purge-live', ago(1)));
    expect(await purgeIdempotencyKeys(store.db, now, 2)).toBe(5);
    expect(await purgeIdempotencyKeys(store.db, now, 2)).toBe(0);
    const left = await store.db.selectFrom('idempotency_key').select('key').where('programme_id', '=', programmeId).execute();
    expect(left.map((r) => r.key).sort()).toEqual(['k-new', 'k-old', 'purge-live']);
  });

  it('answers a repeated request from the stored answer, and treats the key as new once it expired', async () => {
    const input = { programmeId, kind: 'measurements' as const, records: [{ kpi: 'initiatieven', date: '2026-03-31', value: 3 }], list: false, actor: 'anna', idempotencyKey: 'api-1' };
    const first = await addRecords(store, input);
    const repeat = await addRecords(store, input);
    expect(repeat).toMatchObject({ replayed: true, records: [{ id: first.records[0]!.id }] });
    const changed = { ...input, records: [{ kpi: 'initiatieven', date: '2026-03-31', value: 4 }] };
    await expect(addRecords(store, changed)).rejects.toBeInstanceOf(AppError);

    // A day later the key is free: the same key with another body is a new request.
    await store.db.updateTable('idempotency_key').set({ created_at: ago(IDEMPOTENCY_KEY_HOURS + 1) }).where('programme_id', '=', programmeId).where('key', '=', 'api-1').execute();
    const later = await addRecords(store, changed);
    expect(later.replayed).toBe(false);
    expect(later.records[0]!.id).not.toBe(first.records[0]!.id);
    const values = (await allRecords(store.db, programmeId)).filter((r) => r.kind === 'measurements').map((r) => (JSON.parse(r.data) as { value: number }).value);
    expect(values.filter((v) => v === 3 || v === 4)).toEqual([3, 4]);
  });

  it('stores appended records, their audit entries and the revision bump together or not at all', async () => {
    const at = new Date().toISOString();
    const row = (id: string): RecordRow => ({
      id, programme_id: programmeId, kind: 'measurements', subject: 'initiatieven', date: '2026-05-31', data: '{"kpi":"initiatieven","date":"2026-05-31","value":9}',
      row_version: 1, created_at: at, created_by: 'anna', updated_at: at, updated_by: 'anna',
    });
    const revision = await programmeRevision(store.db, programmeId);
    const audit = (await listAudit(store.db, { programmeId }, { limit: 10_000 })).length;
    const first = row(newId());
    const change = (r: RecordRow) => ({ entity: 'measurement', entityId: r.id, action: 'create' as const, after: { value: 9 } });
    expect(await appendRecords(store, { programmeId, actor: 'anna', at, rows: [first], changes: [change(first)] })).toBe(true);
    expect(await programmeRevision(store.db, programmeId)).toBe(revision + 1);

    // The second row reuses the first one's id: the whole append fails, audit entries and revision included.
    const fresh = row(newId());
    await expect(appendRecords(store, { programmeId, actor: 'anna', at, rows: [fresh, { ...first }], changes: [change(fresh), change(first)] })).rejects.toThrow();
    expect((await allRecords(store.db, programmeId)).some((r) => r.id === fresh.id)).toBe(false);
    expect(await listAudit(store.db, { programmeId }, { limit: 10_000 })).toHaveLength(audit + 1);
    expect(await programmeRevision(store.db, programmeId)).toBe(revision + 1);

    // With a key held by another request nothing is stored either.
    await claimIdempotencyKey(store.db, keyRow('held', at));
    const third = row(newId());
    expect(await appendRecords(store, { programmeId, actor: 'anna', at, rows: [third], changes: [change(third)], idempotency: keyRow('held', at, 'other') })).toBe(false);
    expect((await allRecords(store.db, programmeId)).some((r) => r.id === third.id)).toBe(false);
    expect(await programmeRevision(store.db, programmeId)).toBe(revision + 1);
  });

  it('stores concurrent appends together, each once and each on its own when one of them fails', async () => {
    const at = new Date().toISOString();
    const row = (id: string, value: number): RecordRow => ({
      id, programme_id: programmeId, kind: 'measurements', subject: 'initiatieven', date: '2026-07-31', data: `{"kpi":"initiatieven","date":"2026-07-31","value":${value}}`,
      row_version: 1, created_at: at, created_by: 'many', updated_at: at, updated_by: 'many',
    });
    const append = (r: RecordRow) => appendRecords(store, { programmeId, actor: 'many', at, rows: [r], changes: [{ entity: 'measurement', entityId: r.id, action: 'create', after: {} }] });
    const revision = await programmeRevision(store.db, programmeId);
    const rows = Array.from({ length: 40 }, (_, i) => row(newId(), i));
    expect(await Promise.all(rows.map(append))).toEqual(Array(40).fill(true));
    expect((await allRecords(store.db, programmeId)).filter((r) => r.created_by === 'many')).toHaveLength(40);
    expect(await programmeRevision(store.db, programmeId)).toBe(revision + 40);

    // The fourth append reuses an id: it fails alone, the appends queued with it are stored.
    const next = Array.from({ length: 8 }, (_, i) => row(newId(), 100 + i));
    next[3] = { ...rows[0]! };
    const outcomes = await Promise.allSettled(next.map(append));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const stored = new Set((await allRecords(store.db, programmeId)).map((r) => r.id));
    expect(next.filter((_, i) => i !== 3).every((r) => stored.has(r.id))).toBe(true);
    expect(await programmeRevision(store.db, programmeId)).toBe(revision + 47);
    const audited = (await listAudit(store.db, { programmeId }, { limit: 10_000 })).filter((a) => a.actor === 'many');
    expect(audited).toHaveLength(47);
  });

  it('stores a bulk append too large for one statement in one transaction', async () => {
    const at = new Date().toISOString();
    const rows = Array.from({ length: 6000 }, (_, i): RecordRow => ({
      id: newId(), programme_id: programmeId, kind: 'measurements', subject: 'initiatieven', date: '2026-06-30', data: `{"kpi":"initiatieven","date":"2026-06-30","value":${i}}`,
      row_version: 1, created_at: at, created_by: 'bulk', updated_at: at, updated_by: 'bulk',
    }));
    const before = await programmeRevision(store.db, programmeId);
    await appendRecords(store, { programmeId, actor: 'bulk', at, rows, changes: rows.map((r) => ({ entity: 'measurement', entityId: r.id, action: 'create' as const })) });
    expect((await allRecords(store.db, programmeId)).filter((r) => r.created_by === 'bulk')).toHaveLength(6000);
    expect(await programmeRevision(store.db, programmeId)).toBe(before + 1);
  });
});
