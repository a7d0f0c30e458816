import { Hono } from 'hono';
import { z } from 'zod';
import { exportBundle } from '../../app/export-bundle.js';
import { programmeBundleSchema } from '../../app/programme-bundle.js';
import { restoreBundle } from '../../app/restore-bundle.js';
import { actorOf } from '../actor.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import type { ServerDeps } from '../server-deps.js';
import { jsonBody } from '../validate.js';
import { attachment } from './programmes.route.js';

const restoredSchema = z.object({ programmeId: z.string(), versions: z.number().int(), records: z.number().int(), links: z.object({ programme: z.string() }) });

export const bundleDocs: readonly RouteDoc[] = [
  {
    method: 'get', path: '/api/programmes/:id/bundle', tag: 'backup', summary: 'Back up a programme: every version, record and audit entry as one JSON document',
    responses: { 200: { description: 'The bundle', schema: programmeBundleSchema, headers: ['Content-Disposition'] } },
  },
  {
    method: 'post', path: '/api/bundles', tag: 'backup', summary: 'Restore a programme from a bundle into a database that does not hold it', headers: ['X-CSRF-Token'],
    body: { schema: programmeBundleSchema }, responses: { 201: { description: 'Restored', schema: restoredSchema, headers: ['Location'] } },
  },
];

/** Backups: a programme with everything about it as one document, and restoring one. */
export function bundlesRoute({ store }: ServerDeps) {
  return new Hono()
    .get('/api/programmes/:id/bundle', async (c) => {
      const bundle = await exportBundle(store, c.req.param('id'));
      return c.json(bundle, 200, { 'content-disposition': attachment(`${bundle.programme.id}.koers.json`) });
    })
    // Validated by restoreBundle, which also checks versions and records against each other.
    .post('/api/bundles', jsonBody(z.unknown()), async (c) => {
      const restored = await restoreBundle(store, c.req.valid('json'), actorOf(c));
      const programme = `/api/programmes/${encodeURIComponent(restored.programmeId)}`;
      return c.json({ ...restored, links: { programme } }, 201, { location: programme });
    });
}
