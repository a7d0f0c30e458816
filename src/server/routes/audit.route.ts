import { Hono } from 'hono';
import { z } from 'zod';
import { requireProgramme } from '../../app/load-plan.js';
import { RECORD_KIND_INFO, RECORD_KIND_NAMES } from '../../app/record-kinds.js';
import { refinement } from '../../app/zod-issues.js';
import { addDays, isIsoDate } from '../../calendar/index.js';
import { message } from '../../formats/messages/index.js';
import { listAudit } from '../../store/index.js';
import type { AuditFilter } from '../../store/index.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { decodeCursor, pageOf, pageQuerySchema } from '../pagination.js';
import { auditEntrySchema, pageSchema, presentAudit } from '../presenters/present-record.js';
import type { ServerDeps } from '../server-deps.js';
import { queryOf } from '../validate.js';

/** What the log records changes of: the programme (plan imports, restores, deletion), accounts and each record kind. */
const AUDIT_ENTITIES = ['programme', 'user', ...RECORD_KIND_NAMES.map((k) => RECORD_KIND_INFO[k].entity)] as [string, ...string[]];
const AUDIT_ACTIONS = ['create', 'update', 'delete', 'import', 'restore'] as const;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/u;
const isMoment = (v: string) => isIsoDate(v) || (INSTANT.test(v) && !Number.isNaN(Date.parse(v)));
const moment = (description: string) => z.string().max(40).refine(isMoment, refinement(message('input.date-or-moment', {}))).optional().meta({ description });

const auditQuerySchema = pageQuerySchema.extend({
  entityId: z.string().max(200).optional().meta({ description: 'Only changes to this record or programme id.' }),
  entity: z.enum(AUDIT_ENTITIES).optional().meta({ description: 'Only changes of this kind of thing: `programme`, `user`, `measurement`, `progress` …' }),
  action: z.enum(AUDIT_ACTIONS).optional().meta({ description: 'Only this kind of change.' }),
  actor: z.string().trim().min(1).max(200).optional().meta({ description: 'Only changes by this user (the username, exactly).' }),
  from: moment('Only changes at or after: a date (from the start of that day, UTC) or a moment such as `2026-11-19T23:00:00Z`.'),
  to: moment('Only changes up to: a date (to the end of that day, UTC) or a moment (changes before it).'),
  q: z.string().max(200).optional().meta({ description: 'Only changes whose id or content (before or after) holds this text, ignoring case.' }),
  order: z.enum(['desc', 'asc']).default('desc').meta({ description: 'Newest first (`desc`, the default) or oldest first (`asc`). The `next` link keeps the order.' }),
});
type AuditQuery = z.output<typeof auditQuerySchema>;

const ORDER_NOTE = 'Newest first unless `order=asc`; pages follow each other without gaps or repeats while entries are added. '
  + 'The filters combine (all must hold); the `next` link keeps them, so paging a filtered log gives exactly the entries that match.';

/** A date or moment as the stored timestamps write it; a date `to` ends with its day. */
const stamp = (v: string, end: boolean) => (isIsoDate(v) ? `${end ? addDays(v, 1) : v}T00:00:00.000Z` : new Date(v).toISOString());

/** The store filter of a query; undefined fields filter nothing. */
function auditFilter(q: AuditQuery): AuditFilter {
  const fields: AuditFilter = {
    entityId: q.entityId, entity: q.entity, action: q.action, actor: q.actor, text: q.q?.trim() || undefined,
    atFrom: q.from === undefined ? undefined : stamp(q.from, false), atBefore: q.to === undefined ? undefined : stamp(q.to, true),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as AuditFilter;
}

export const auditDocs: readonly RouteDoc[] = [
  {
    method: 'get', path: '/api/programmes/:id/audit', tag: 'audit', summary: "The programme's audit log, newest first", description: ORDER_NOTE,
    query: auditQuerySchema, responses: { 200: { description: 'A page of changes', schema: pageSchema(auditEntrySchema) } },
  },
  {
    method: 'get', path: '/api/audit', tag: 'audit', summary: 'The audit log of all programmes, including deleted ones, newest first', description: ORDER_NOTE,
    query: auditQuerySchema, responses: { 200: { description: 'A page of changes', schema: pageSchema(auditEntrySchema) } },
  },
];

/** The append-only audit log: who changed what, when, with the value before and after. */
export function auditRoute({ store }: ServerDeps) {
  return new Hono()
    .get('/api/programmes/:id/audit', queryOf(auditQuerySchema), async (c) => {
      const query = c.req.valid('query');
      const programmeId = c.req.param('id');
      await requireProgramme(store.db, programmeId);
      const rows = await listAudit(store.db, { programmeId, ...auditFilter(query) }, { after: decodeCursor(query.cursor), limit: query.limit + 1, order: query.order });
      return c.json(pageOf(c, rows, query.limit, (r) => r.id, presentAudit), 200);
    })
    .get('/api/audit', queryOf(auditQuerySchema), async (c) => {
      const query = c.req.valid('query');
      const rows = await listAudit(store.db, auditFilter(query), { after: decodeCursor(query.cursor), limit: query.limit + 1, order: query.order });
      return c.json(pageOf(c, rows, query.limit, (r) => r.id, presentAudit), 200);
    });
}
