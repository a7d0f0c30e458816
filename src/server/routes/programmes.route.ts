import { Hono } from 'hono';
import { z } from 'zod';
import { deleteProgramme } from '../../app/delete-programme.js';
import { importProgramme } from '../../app/import-programme.js';
import { loadPlan } from '../../app/load-plan.js';
import { findPlanVersion, listProgrammes } from '../../store/index.js';
import { actorOf } from '../actor.js';
import { visibleProgrammes } from '../auth/index.js';
import { etagOf, ifMatchVersion, notModified } from '../etag.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { decodeCursor, pageOf, pageQuerySchema } from '../pagination.js';
import { pageSchema } from '../presenters/present-record.js';
import { presentProgramme, presentProgrammeDetail, programmeDetailSchema, programmeSummarySchema } from '../presenters/present-programme.js';
import { readUploadedFile, utf8Text } from '../request-body.js';
import type { ServerDeps } from '../server-deps.js';
import { queryOf } from '../validate.js';

/** Media types a programme file may be sent with. */
export const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'text/plain'] as const;

const exportQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional().meta({ description: 'A plan version; default the current one.' }) });

const yamlBody = { mediaTypes: [...YAML_TYPES, 'multipart/form-data'], description: 'The programme file (YAML), raw or as the form field "file".' };

export const programmeDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/api/programmes', tag: 'programmes', summary: 'List programmes', query: pageQuerySchema, responses: { 200: { description: 'A page of programmes', schema: pageSchema(programmeSummarySchema) } } },
  {
    method: 'post', path: '/api/programmes', tag: 'programmes', summary: 'Import a new programme from its YAML file', headers: ['X-CSRF-Token'], body: yamlBody,
    responses: { 201: { description: 'Imported as version 1', schema: programmeSummarySchema, headers: ['ETag', 'Location'] } },
  },
  {
    method: 'get', path: '/api/programmes/:id', tag: 'programmes', summary: 'A programme with its current plan', headers: ['If-None-Match'],
    responses: { 200: { description: 'The programme', schema: programmeDetailSchema, headers: ['ETag'] }, 304: { description: 'Not modified' } },
  },
  {
    method: 'put', path: '/api/programmes/:id', tag: 'programmes', summary: 'Import a new plan version', headers: ['If-Match', 'X-CSRF-Token'], body: yamlBody,
    description: 'Every import is kept as a new version. With If-Match, fails with 412 when someone imported a newer version meanwhile.',
    responses: { 200: { description: 'The new version is current', schema: programmeSummarySchema, headers: ['ETag'] } },
  },
  { method: 'delete', path: '/api/programmes/:id', tag: 'programmes', summary: 'Delete a programme with its versions and records', headers: ['If-Match', 'X-CSRF-Token'], responses: { 204: { description: 'Deleted' } } },
  {
    method: 'get', path: '/api/programmes/:id/export', tag: 'programmes', summary: 'The programme file, byte for byte as imported', query: exportQuerySchema,
    responses: { 200: { description: 'The YAML file', mediaType: 'application/yaml', headers: ['ETag', 'Content-Disposition'] } },
  },
];

/** Programmes: list, import, read, new versions, delete, and export of the file as imported. */
export function programmesRoute({ store }: ServerDeps) {
  const self = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;
  const readYaml = async (c: Parameters<typeof readUploadedFile>[0]) => {
    const file = await readUploadedFile(c, YAML_TYPES, 'programme file');
    return { yaml: utf8Text(file, 'programme file'), ...(file.name ? { fileName: file.name } : {}) };
  };

  return new Hono()
    .get('/api/programmes', queryOf(pageQuerySchema), async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const ids = visibleProgrammes(c);
      const rows = await listProgrammes(store.db, { after: decodeCursor(cursor), limit: limit + 1, ...(ids ? { ids } : {}) });
      return c.json(pageOf(c, rows, limit, (r) => r.id, presentProgramme), 200);
    })
    .post('/api/programmes', async (c) => {
      const { programme } = await importProgramme(store, { ...(await readYaml(c)), actor: actorOf(c), mode: 'create' });
      return c.json(presentProgramme(programme), 201, { location: self(programme.id), etag: etagOf('v', programme.current_version) });
    })
    .get('/api/programmes/:id', async (c) => {
      const { row, programme } = await loadPlan(store.db, c.req.param('id'));
      const etag = etagOf('v', row.current_version);
      if (notModified(c, etag)) return c.body(null, 304, { etag });
      return c.json(presentProgrammeDetail(row, programme), 200, { etag });
    })
    .put('/api/programmes/:id', async (c) => {
      const expectedVersion = ifMatchVersion(c, 'v');
      const imported = await importProgramme(store, {
        ...(await readYaml(c)),
        actor: actorOf(c),
        mode: { replace: c.req.param('id') },
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
      return c.json(presentProgramme(imported.programme), 200, { etag: etagOf('v', imported.version.version) });
    })
    .delete('/api/programmes/:id', async (c) => {
      const expectedVersion = ifMatchVersion(c, 'v');
      await deleteProgramme(store, { programmeId: c.req.param('id'), actor: actorOf(c), ...(expectedVersion === undefined ? {} : { expectedVersion }) });
      return c.body(null, 204);
    })
    .get('/api/programmes/:id/export', queryOf(exportQuerySchema), async (c) => {
      const { version: summary } = await loadPlan(store.db, c.req.param('id'), c.req.valid('query').version);
      const version = (await findPlanVersion(store.db, summary.programme_id, summary.version))!;
      const fileName = version.file_name ?? `${version.programme_id}.yaml`;
      return c.body(version.yaml, 200, {
        'content-type': 'application/yaml; charset=utf-8',
        'content-disposition': attachment(fileName),
        etag: etagOf('v', version.version),
      });
    });
}

/** A Content-Disposition for a download; the plain name is ASCII-only, `filename*` keeps the real one. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
