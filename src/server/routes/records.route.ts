import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { addRecords } from '../../app/add-records.js';
import { removeRecord, replaceRecord } from '../../app/change-record.js';
import type { RecordInput } from '../../app/check-records.js';
import { requireProgramme } from '../../app/load-plan.js';
import { RECORD_KIND_INFO, RECORD_KIND_NAMES } from '../../app/record-kinds.js';
import type { RecordKind } from '../../app/record-kinds.js';
import { hasRecordedBy, RECORD_SCHEMAS } from '../../app/record-schemas.js';
import { storedRecord } from '../../app/stored-record.js';
import type { AddedRecords } from '../../app/add-records.js';
import { checkUploadedRecords, uploadRecords } from '../../app/upload-records.js';
import { findRecord, listRecords } from '../../store/index.js';
import { actorOf } from '../actor.js';
import { etagOf, ifMatchVersion, notModified } from '../etag.js';
import { HttpError } from '../http-error.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { decodeCursor, pageOf, pageQuerySchema } from '../pagination.js';
import { pageSchema, presentRecord, storedRecordSchema } from '../presenters/present-record.js';
import { readUploadedFile } from '../request-body.js';
import type { ServerDeps } from '../server-deps.js';
import { isoDateParam, jsonBody, queryOf } from '../validate.js';

/** At most this many records in one bulk request. */
export const MAX_BULK_RECORDS = 10_000;
export const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'] as const;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isoDate = isoDateParam();
const idempotencyKey = z.string().regex(/^[\x21-\x7e]{1,200}$/, '1 to 200 visible ASCII characters');

/** `?kpi=&from=&to=` (the subject field differs per kind) plus paging. */
export function recordQuerySchema(kind: RecordKind) {
  const subject = RECORD_KIND_INFO[kind].subjectField;
  return pageQuerySchema.extend({
    ...(subject ? { [subject]: z.string().max(200).optional().meta({ description: `Only records about this ${subject}.` }) } : {}),
    // Overrides were filtered by `?parameter=` before KPI overrides; it still works, as `?subject=`.
    ...(kind === 'overrides' ? { parameter: z.string().max(200).optional().meta({ description: 'The older name of subject.' }) } : {}),
    from: isoDate.optional().meta({ description: 'Only records dated on or after.' }),
    to: isoDate.optional().meta({ description: 'Only records dated on or before.' }),
  });
}

/** `?dryRun=true` checks an upload and answers its rows without storing them, for a preview. */
export const uploadQuerySchema = z.strictObject({
  dryRun: z.enum(['true', 'false']).optional().meta({ description: 'With true, check the file and answer its rows (200) without storing anything.' }),
});

export const bulkBodySchema = (kind: RecordKind) => z.strictObject({ records: z.array(RECORD_SCHEMAS[kind]).min(1).max(MAX_BULK_RECORDS) });

/** The OpenAPI entries of one record kind. */
export function recordDocs(kind: RecordKind): RouteDoc[] {
  const base = `/api/programmes/:id/${kind}`;
  const tag = kind;
  const one = { description: 'The record', schema: storedRecordSchema, headers: ['ETag'] };
  const created = { 201: { description: 'Stored (or, for a repeated Idempotency-Key, stored before)', schema: z.object({ items: z.array(storedRecordSchema) }) } };
  return [
    { method: 'get', path: base, tag, summary: `List ${kind}, oldest first`, query: recordQuerySchema(kind), responses: { 200: { description: 'A page of records', schema: pageSchema(storedRecordSchema) } } },
    { method: 'post', path: base, tag, summary: `Add one of the ${kind}`, headers: ['Idempotency-Key', 'X-CSRF-Token'], body: { schema: RECORD_SCHEMAS[kind] }, responses: { 201: { ...one, headers: ['ETag', 'Location', 'Idempotent-Replayed'] } } },
    { method: 'post', path: `${base}/bulk`, tag, summary: `Add many ${kind}, all or none`, headers: ['Idempotency-Key', 'X-CSRF-Token'], body: { schema: bulkBodySchema(kind) }, responses: created },
    {
      method: 'post', path: `${base}/upload`, tag, summary: `Upload ${kind} as CSV or XLSX, all rows or none`, headers: ['Idempotency-Key', 'X-CSRF-Token'], query: uploadQuerySchema,
      body: { mediaTypes: [...CSV_TYPES, XLSX_TYPE, 'multipart/form-data'], description: 'A record file with a header row, Dutch or English; errors name the row and column.' },
      responses: { ...created, 200: { description: 'With dryRun=true: the rows the file holds, checked but not stored', schema: z.object({ items: z.array(RECORD_SCHEMAS[kind]) }) } },
    },
    { method: 'get', path: `${base}/:recordId`, tag, summary: 'One record', headers: ['If-None-Match'], responses: { 200: one, 304: { description: 'Not modified' } } },
    { method: 'put', path: `${base}/:recordId`, tag, summary: 'Replace a record', headers: ['If-Match', 'X-CSRF-Token'], body: { schema: RECORD_SCHEMAS[kind] }, responses: { 200: one } },
    { method: 'delete', path: `${base}/:recordId`, tag, summary: 'Delete a record', headers: ['If-Match', 'X-CSRF-Token'], responses: { 204: { description: 'Deleted' } } },
  ];
}

export const recordDocsAll: readonly RouteDoc[] = RECORD_KIND_NAMES.flatMap(recordDocs);

/**
 * The routes of one record kind: list, add one, add many, upload a file, read, replace, delete.
 * Writes take Idempotency-Key (adds) or If-Match (replace, delete).
 */
export function recordsRoute<K extends RecordKind>({ store }: ServerDeps, kind: K) {
  const base = `/api/programmes/:id/${kind}` as const;
  const schema = RECORD_SCHEMAS[kind] as z.ZodType<RecordInput>;
  const subject = RECORD_KIND_INFO[kind].subjectField;
  const withActor = (c: Context, input: RecordInput): RecordInput => (hasRecordedBy(kind) && !input.recordedBy ? { ...input, recordedBy: actorOf(c) } : input);
  const keyOf = (c: Context) => {
    const header = c.req.header('idempotency-key');
    if (header === undefined) return {};
    const parsed = idempotencyKey.safeParse(header);
    if (!parsed.success) throw HttpError.badRequest('the Idempotency-Key header must be 1 to 200 visible ASCII characters', [{ path: 'Idempotency-Key', message: 'invalid key' }]);
    return { idempotencyKey: parsed.data };
  };
  const created = (added: AddedRecords): Record<string, string> => (added.replayed ? { 'idempotent-replayed': 'true' } : {});
  // The path is generic over the kind, so Hono cannot type its parameters; both are always present.
  const param = (c: Context, name: 'id' | 'recordId') => c.req.param(name) ?? '';

  return new Hono()
    .get(base, queryOf(recordQuerySchema(kind)), async (c) => {
      const query = c.req.valid('query') as z.output<ReturnType<typeof recordQuerySchema>> & Record<string, string | undefined>;
      const programmeId = param(c, 'id');
      await requireProgramme(store.db, programmeId);
      const filter = {
        kind,
        ...(subject && (query[subject] ?? query.parameter) !== undefined ? { subject: (query[subject] ?? query.parameter) as string } : {}),
        ...(query.from === undefined ? {} : { from: query.from }),
        ...(query.to === undefined ? {} : { to: query.to }),
      };
      const rows = await listRecords(store.db, programmeId, filter, { after: decodeCursor(query.cursor), limit: query.limit + 1 });
      return c.json(pageOf(c, rows, query.limit, (r) => r.id, (r) => presentRecord(storedRecord(r))), 200);
    })
    .post(base, jsonBody(schema), async (c) => {
      const added = await addRecords(store, { programmeId: param(c, 'id'), kind, records: [withActor(c, c.req.valid('json'))], list: false, actor: actorOf(c), ...keyOf(c) });
      const record = added.records[0]!;
      return c.json(presentRecord(record), 201, { ...created(added), location: `${c.req.path}/${record.id}`, etag: etagOf('r', record.rowVersion) });
    })
    .post(`${base}/bulk`, jsonBody(bulkBodySchema(kind)), async (c) => {
      const records = (c.req.valid('json').records as RecordInput[]).map((r) => withActor(c, r));
      const added = await addRecords(store, { programmeId: param(c, 'id'), kind, records, list: true, actor: actorOf(c), ...keyOf(c) });
      return c.json({ items: added.records.map(presentRecord) }, 201, created(added));
    })
    .post(`${base}/upload`, queryOf(uploadQuerySchema), async (c) => {
      const file = await readUploadedFile(c, [...CSV_TYPES, XLSX_TYPE], 'record file');
      if (c.req.valid('query').dryRun === 'true') {
        const rows = await checkUploadedRecords(store, { programmeId: param(c, 'id'), kind, bytes: file.bytes, ...(file.name ? { fileName: file.name } : {}) });
        return c.json({ items: rows }, 200);
      }
      const added = await uploadRecords(store, {
        programmeId: param(c, 'id'), kind, bytes: file.bytes, actor: actorOf(c), ...keyOf(c), ...(file.name ? { fileName: file.name } : {}),
      });
      return c.json({ items: added.records.map(presentRecord) }, 201, created(added));
    })
    .get(`${base}/:recordId`, async (c) => {
      const programmeId = param(c, 'id');
      await requireProgramme(store.db, programmeId);
      const row = await findRecord(store.db, programmeId, param(c, 'recordId'));
      if (!row || row.kind !== kind) throw HttpError.notFound(`programme "${programmeId}" has no ${RECORD_KIND_INFO[kind].entity} record "${param(c, 'recordId')}"`);
      const etag = etagOf('r', row.row_version);
      if (notModified(c, etag)) return c.body(null, 304, { etag });
      return c.json(presentRecord(storedRecord(row)), 200, { etag });
    })
    .put(`${base}/:recordId`, jsonBody(schema), async (c) => {
      const expectedVersion = ifMatchVersion(c, 'r');
      const record = await replaceRecord(
        store,
        { programmeId: param(c, 'id'), kind, id: param(c, 'recordId'), actor: actorOf(c), ...(expectedVersion === undefined ? {} : { expectedVersion }) },
        withActor(c, c.req.valid('json')),
      );
      return c.json(presentRecord(record), 200, { etag: etagOf('r', record.rowVersion) });
    })
    .delete(`${base}/:recordId`, async (c) => {
      const expectedVersion = ifMatchVersion(c, 'r');
      await removeRecord(store, { programmeId: param(c, 'id'), kind, id: param(c, 'recordId'), actor: actorOf(c), ...(expectedVersion === undefined ? {} : { expectedVersion }) });
      return c.body(null, 204);
    });
}
