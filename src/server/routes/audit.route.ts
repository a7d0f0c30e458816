import { Hono } from 'hono';
import { z } from 'zod';
import { requireProgramme } from '../../app/load-plan.js';
import { listAudit } from '../../store/index.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { decodeCursor, pageOf, pageQuerySchema } from '../pagination.js';
import { auditEntrySchema, pageSchema, presentAudit } from '../presenters/present-record.js';
import type { ServerDeps } from '../server-deps.js';
import { queryOf } from '../validate.js';

const auditQuerySchema = pageQuerySchema.extend({
  entityId: z.string().max(200).optional().meta({ description: 'Only changes to this record or programme id.' }),
});

export const auditDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/api/programmes/:id/audit', tag: 'audit', summary: "The programme's audit log, oldest first", query: auditQuerySchema, responses: { 200: { description: 'A page of changes', schema: pageSchema(auditEntrySchema) } } },
  { method: 'get', path: '/api/audit', tag: 'audit', summary: 'The audit log of all programmes, including deleted ones', query: auditQuerySchema, responses: { 200: { description: 'A page of changes', schema: pageSchema(auditEntrySchema) } } },
];

/** The append-only audit log: who changed what, when, with the value before and after. */
export function auditRoute({ store }: ServerDeps) {
  return new Hono()
    .get('/api/programmes/:id/audit', queryOf(auditQuerySchema), async (c) => {
      const { limit, cursor, entityId } = c.req.valid('query');
      const programmeId = c.req.param('id');
      await requireProgramme(store.db, programmeId);
      const rows = await listAudit(store.db, { programmeId, ...(entityId === undefined ? {} : { entityId }) }, { after: decodeCursor(cursor), limit: limit + 1 });
      return c.json(pageOf(c, rows, limit, (r) => r.id, presentAudit), 200);
    })
    .get('/api/audit', queryOf(auditQuerySchema), async (c) => {
      const { limit, cursor, entityId } = c.req.valid('query');
      const rows = await listAudit(store.db, entityId === undefined ? {} : { entityId }, { after: decodeCursor(cursor), limit: limit + 1 });
      return c.json(pageOf(c, rows, limit, (r) => r.id, presentAudit), 200);
    });
}
