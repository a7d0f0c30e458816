import { Hono } from 'hono';
import { z } from 'zod';
import { diffPlanVersions } from '../../app/diff-plan-versions.js';
import { requireProgramme } from '../../app/load-plan.js';
import { findPlanVersion, listPlanVersions } from '../../store/index.js';
import { etagOf } from '../etag.js';
import { HttpError } from '../http-error.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { decodeCursor, pageOf, pageQuerySchema } from '../pagination.js';
import { pageSchema } from '../presenters/present-record.js';
import { planVersionSchema, presentPlanVersion } from '../presenters/present-programme.js';
import type { ServerDeps } from '../server-deps.js';
import { queryOf } from '../validate.js';

const versionNumber = z.coerce.number().int().min(1).max(1_000_000);
const diffQuerySchema = z.object({
  from: versionNumber.optional().meta({ description: 'Default: the version before `to`.' }),
  to: versionNumber.optional().meta({ description: 'Default: the current version.' }),
});

const diffSchema = z.object({
  programmeId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  diff: z.object({
    efforts: z.array(z.record(z.string(), z.unknown())).meta({ description: 'effort-added, effort-removed, effort-rescheduled' }),
    kpiTargets: z.array(z.record(z.string(), z.unknown())).meta({ description: 'kpi-added, kpi-removed, target-added, target-removed, target-changed, goal-changed' }),
    gateCriteria: z.array(z.record(z.string(), z.unknown())).meta({ description: 'gate-added, gate-removed, gate-moved, criterion-added, criterion-removed, criterion-changed' }),
  }),
});

export const planVersionDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/api/programmes/:id/versions', tag: 'plan versions', summary: 'Every imported version, oldest first', query: pageQuerySchema, responses: { 200: { description: 'A page of versions', schema: pageSchema(planVersionSchema) } } },
  {
    method: 'get', path: '/api/programmes/:id/versions/:version', tag: 'plan versions', summary: 'One version with its file text',
    responses: { 200: { description: 'The version', schema: planVersionSchema.extend({ yaml: z.string() }), headers: ['ETag'] } },
  },
  {
    method: 'get', path: '/api/programmes/:id/diff', tag: 'plan versions', summary: "What changed between two versions: efforts' dates, KPI targets and gate criteria", query: diffQuerySchema,
    responses: { 200: { description: 'The diff', schema: diffSchema } },
  },
];

/** Plan versions of a programme and the diff between any two. */
export function planVersionsRoute({ store }: ServerDeps) {
  return new Hono()
    .get('/api/programmes/:id/versions', queryOf(pageQuerySchema), async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const id = c.req.param('id');
      await requireProgramme(store.db, id);
      const after = decodeCursor(cursor);
      const rows = await listPlanVersions(store.db, id, { ...(after === undefined ? {} : { after: Number(after) }), limit: limit + 1 });
      return c.json(pageOf(c, rows, limit, (r) => String(r.version), presentPlanVersion), 200);
    })
    .get('/api/programmes/:id/versions/:version', async (c) => {
      const version = versionNumber.safeParse(c.req.param('version'));
      if (!version.success) throw HttpError.notFound(`"${c.req.param('version')}" is not a version number`);
      const row = await findPlanVersion(store.db, c.req.param('id'), version.data);
      if (!row) {
        await requireProgramme(store.db, c.req.param('id')); // the programme, or only the version, is missing
        throw HttpError.notFound(`programme "${c.req.param('id')}" has no version ${version.data}`);
      }
      return c.json({ ...presentPlanVersion(row), yaml: row.yaml }, 200, { etag: etagOf('v', row.version) });
    })
    .get('/api/programmes/:id/diff', queryOf(diffQuerySchema), async (c) => {
      const { from, to } = c.req.valid('query');
      const diff = await diffPlanVersions(store.db, c.req.param('id'), { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
      return c.json(diff, 200);
    });
}
