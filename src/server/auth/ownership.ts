import type { Context } from 'hono';
import { AppError } from '../../app/app-error.js';
import { checkRecords } from '../../app/check-records.js';
import type { RecordInput } from '../../app/check-records.js';
import { loadPlan } from '../../app/load-plan.js';
import { parseRecordBytes } from '../../app/read-records.js';
import type { RecordKind } from '../../app/record-kinds.js';
import { hasRecordedBy } from '../../app/record-schemas.js';
import { storedRecord } from '../../app/stored-record.js';
import { message } from '../../formats/messages/index.js';
import type { Message, OwnedSubject } from '../../formats/messages/index.js';
import type { Programme } from '../../model/index.js';
import { findRecord } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { readUploadedFile } from '../request-body.js';
import type { Principal } from './principal.js';
import { forbidden } from './principal.js';
import { ownerGrantsOn } from './roles.js';
import type { Grant } from './roles.js';

/** What a baateigenaar owns in one plan: benefits (by id or owner role) and those benefits' indicator KPIs. */
export interface Owned {
  readonly benefits: ReadonlySet<string>;
  readonly kpis: ReadonlySet<string>;
}

/**
 * The benefits and KPIs that baateigenaar grants give in a plan. Owner roles follow the plan, so a
 * new plan version that moves a benefit to another owner moves the right with it.
 *
 * @example ownedIn(programme, [{ role: 'baateigenaar', benefits: ['B2'], ownerRoles: [] … }]) // { benefits: {B2}, kpis: {klanttevredenheid} }
 */
export function ownedIn(programme: Programme, grants: readonly Grant[]): Owned {
  const ids = new Set(grants.flatMap((g) => g.benefits));
  const roles = new Set(grants.flatMap((g) => g.ownerRoles));
  const benefits = programme.benefits.filter((b) => ids.has(b.id) || (b.owner !== undefined && roles.has(b.owner)));
  return { benefits: new Set(benefits.map((b) => b.id)), kpis: new Set(benefits.flatMap((b) => b.indicators)) };
}

/**
 * What a record is about, for ownership, and whether the owner may write it: a measurement's KPI
 * must be an indicator of an owned benefit; a risk's subject an owned benefit or KPI; a signal's
 * subject an owned benefit; an override's subject a KPI of an owned benefit (a stuurparameter
 * judges the whole programme, which no baateigenaar owns: `refusal` then says why). Other kinds
 * are not written by baateigenaars at all.
 */
export function ownsRecord(kind: RecordKind, record: Readonly<Record<string, unknown>>, owned: Owned): { readonly ok: boolean; readonly subject: OwnedSubject; readonly refusal?: Message } {
  const text = (field: string) => (typeof record[field] === 'string' ? (record[field] as string) : '');
  switch (kind) {
    case 'overrides': {
      const subject = (typeof record.subject === 'object' && record.subject !== null ? record.subject : {}) as Readonly<Record<string, unknown>>;
      if (subject.kind === 'kpi' && typeof subject.kpi === 'string') return { ok: owned.kpis.has(subject.kpi), subject: { kind: 'kpi', id: subject.kpi } };
      const parameter = typeof subject.parameter === 'string' ? subject.parameter : text('parameter');
      return { ok: false, subject: { kind: 'parameter', id: parameter }, refusal: message('auth.parameter-override', { mine: [...owned.kpis] }) };
    }
    case 'measurements':
      return { ok: owned.kpis.has(text('kpi')), subject: { kind: 'kpi', id: text('kpi') } };
    case 'risks':
      return { ok: owned.benefits.has(text('subject')) || owned.kpis.has(text('subject')), subject: { kind: 'subject', id: text('subject') } };
    case 'signals':
      return { ok: owned.benefits.has(text('subject')), subject: { kind: 'benefit', id: text('subject') } };
    default:
      return { ok: false, subject: { kind: 'records', records: kind } };
  }
}

/**
 * Refuses (403 `not-owner`) a baateigenaar's write about a benefit they do not own: the records in
 * the request (one, a bulk list or an uploaded file) and, for a replace or delete, the record as
 * stored. Input that does not validate is left to the route, which answers 422 and stores nothing.
 */
export async function assertOwnership(
  c: Context,
  store: Store,
  principal: Principal,
  rule: { readonly path: string; readonly params: Readonly<Record<string, string>> },
  kind: RecordKind,
): Promise<void> {
  const programmeId = rule.params.id ?? '';
  let programme: Programme;
  try {
    ({ programme } = await loadPlan(store.db, programmeId));
  } catch (error) {
    if (error instanceof AppError) return; // the route says what is missing
    throw error;
  }
  const owned = ownedIn(programme, ownerGrantsOn(principal.grants, programmeId));
  const refuse = (verdict: { readonly subject: OwnedSubject; readonly refusal?: Message }) => {
    if (verdict.refusal !== undefined) return forbidden(verdict.refusal, 'not-owner');
    return forbidden(message('auth.not-owner', { kind, mine: [...owned.benefits], subject: verdict.subject }), 'not-owner');
  };

  const recordId = rule.params.recordId;
  if (recordId !== undefined) {
    const row = await findRecord(store.db, programmeId, recordId);
    if (row && row.kind === kind) {
      const verdict = ownsRecord(kind, storedRecord(row).record as unknown as Record<string, unknown>, owned);
      if (!verdict.ok) throw refuse(verdict);
    }
    if (c.req.method === 'DELETE') return;
  }

  const shape = rule.path.endsWith('/bulk') ? 'bulk' : rule.path.endsWith('/upload') ? 'upload' : 'one';
  for (const record of (await requestRecords(c, kind, programme, shape, principal.username)) ?? []) {
    const verdict = ownsRecord(kind, record, owned);
    if (!verdict.ok) throw refuse(verdict);
  }
}

/** The records a request sends, checked and normalised as the route will store them; undefined when they do not validate. */
async function requestRecords(c: Context, kind: RecordKind, programme: Programme, shape: 'one' | 'bulk' | 'upload', actor: string): Promise<readonly Record<string, unknown>[] | undefined> {
  if (shape === 'upload') {
    // The media types records.route.ts accepts (importing them from there would be a cycle).
    let bytes: Uint8Array;
    try {
      ({ bytes } = await readUploadedFile(c, ['text/csv', 'application/csv', 'text/plain', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'record file'));
    } catch {
      return undefined;
    }
    const result = await parseRecordBytes(kind, bytes, programme, 'upload');
    return result.ok ? (result.rows as unknown as Record<string, unknown>[]) : undefined;
  }
  if (!/^application\/([\w.-]+\+)?json$/i.test((c.req.header('content-type') ?? '').split(';')[0]!.trim())) return undefined;
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return undefined;
  }
  const inputs = shape === 'bulk' ? (body as { records?: unknown })?.records : [body];
  if (!Array.isArray(inputs) || !inputs.every((i) => typeof i === 'object' && i !== null && !Array.isArray(i))) return undefined;
  // The route fills a missing recordedBy with the user before checking; do the same, or a record kind
  // that requires it (overrides) would fail here, skip this check, and then pass the route.
  const filled = (inputs as RecordInput[]).map((i) => (hasRecordedBy(kind) && !i.recordedBy ? { ...i, recordedBy: actor } : i));
  const checked = checkRecords(kind, filled, programme, { list: shape === 'bulk' });
  return checked.ok ? (checked.records as unknown as Record<string, unknown>[]) : undefined;
}
