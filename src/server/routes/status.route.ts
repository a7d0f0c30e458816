import { Hono } from 'hono';
import { z } from 'zod';
import { computeStatus } from '../../app/compute-status.js';
import { notModified } from '../etag.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import type { ServerDeps } from '../server-deps.js';
import { isoDateParam, queryOf } from '../validate.js';

const statusQuerySchema = z.object({
  asOf: isoDateParam().optional().meta({ description: 'The date to compute the status on; default today.' }),
});

export const statusDocs: readonly RouteDoc[] = [
  {
    method: 'get', path: '/api/programmes/:id/status', tag: 'status', summary: 'The programme status on a date, from the steering engine', query: statusQuerySchema, headers: ['If-None-Match'],
    description: 'Every KPI, benefit, effort, gate, escalation and stuurparameter. Cached per plan version, records revision and date; any write makes it recompute.',
    responses: {
      200: { description: 'The status', schema: z.record(z.string(), z.unknown()), headers: ['ETag', 'X-Koers-Plan-Version', 'X-Koers-Revision'] },
      304: { description: 'Not modified' },
    },
  },
];

/** The status of a programme on a date. */
export function statusRoute({ store, statusCache, today }: ServerDeps) {
  return new Hono().get('/api/programmes/:id/status', queryOf(statusQuerySchema), async (c) => {
    const status = await computeStatus(store, statusCache, c.req.param('id'), c.req.valid('query').asOf ?? today());
    const headers = {
      etag: `"${status.key}"`,
      'cache-control': 'no-cache',
      'x-koers-plan-version': String(status.version),
      'x-koers-revision': String(status.revision),
    };
    if (notModified(c, headers.etag)) return c.body(null, 304, headers);
    return c.body(status.body, 200, { ...headers, 'content-type': 'application/json' });
  });
}
