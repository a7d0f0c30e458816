import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { HttpError } from '../http-error.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import type { ServerDeps } from '../server-deps.js';

export const healthDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/healthz', tag: 'operations', summary: 'Liveness: the process answers', responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } } },
  {
    method: 'get', path: '/readyz', tag: 'operations', summary: 'Readiness: the database answers',
    responses: { 200: { description: 'Ready', schema: z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) }) }, 503: { description: 'The database does not answer' } },
  },
];

/** `/healthz` for liveness probes, `/readyz` for readiness (the database answers). */
export function healthRoute({ store }: ServerDeps) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' as const }, 200))
    .get('/readyz', async (c) => {
      try {
        await sql`select 1`.execute(store.db);
      } catch {
        throw new HttpError(503, 'not-ready', 'Service unavailable', 'the database does not answer');
      }
      return c.json({ status: 'ready' as const, database: store.dialect.name }, 200);
    });
}
