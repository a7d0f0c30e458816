import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useResource } from '../api/use-resource.js';
import type { Resource } from '../api/use-resource.js';
import { useProgramme } from '../app/programme-context.js';
import { DateField } from '../components/date-field.js';
import { Card, Page } from '../components/page.js';
import { Empty, ErrorState, Loading } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import { PlanVersions } from './plan-versions.js';

/** One entry of the audit log as the server presents it. */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

const ENTITIES = ['', 'programme', 'measurement', 'progress', 'decision', 'check', 'risk', 'override', 'signal', 'acknowledgement', 'budget'] as const;

/** Historie: who changed what and when, and how the plan changed between versions. */
export function HistoryPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('history.title')} intro={t('history.intro')}>
      <AuditLog />
      <PlanVersions />
    </Page>
  );
}

interface AuditPage {
  readonly items: readonly AuditEntry[];
  readonly next: string | null;
}

/** The pages fetched after the first one, for the first page they continue. */
interface LaterPages {
  readonly after: AuditPage;
  readonly items: readonly AuditEntry[];
  readonly next: string | null;
}

const PAGE = 100;
const ACTIONS = ['', 'create', 'update', 'delete', 'import', 'restore'] as const;

/** What the filter controls hold; the server applies them, so every page holds only matching entries. */
interface AuditFilters {
  readonly entity: string;
  readonly action: string;
  readonly actor: string;
  readonly query: string;
  /** `YYYY-MM-DD` or '': whole days in the browser's time zone, `to` included. */
  readonly from: string;
  readonly to: string;
}

/** The start of a day in the browser's time zone, as the moment the server compares with. */
function startOfDay(iso: string, plusDays = 0): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The query string of the first page for `filters`; the server's `next` links keep it. */
function auditQuery(filters: AuditFilters): string {
  const q = new URLSearchParams({ order: 'desc', limit: String(PAGE) });
  if (filters.entity) q.set('entity', filters.entity);
  if (filters.action) q.set('action', filters.action);
  if (filters.actor.trim()) q.set('actor', filters.actor.trim());
  if (filters.query.trim()) q.set('q', filters.query.trim());
  if (filters.from) q.set('from', startOfDay(filters.from));
  if (filters.to) q.set('to', startOfDay(filters.to, 1));
  return q.toString();
}

/** `value`, once it has stopped changing for `ms`: typing in a filter asks the server once. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The audit log newest first, filtered by the server, one page at a time: `more()` fetches the next
 * page by the server's `next` link. A reload, a write or other filters start again from the newest page.
 */
function useAuditLog(id: string, query: string) {
  const first = useResource<AuditPage>(routes.audit(id, query));
  const [later, setLater] = useState<LaterPages | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const head = first.state.kind === 'ready' ? first.state.data : undefined;
  const rest = head && later?.after === head ? later : undefined;
  const next = rest ? rest.next : head?.next ?? null;
  const more = useCallback(async () => {
    if (!head || !next || busy) return;
    setBusy(true);
    try {
      const { data } = await request<AuditPage>(next);
      setLater({ after: head, items: [...(rest?.items ?? []), ...data.items], next: data.next });
      setFailure(undefined);
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'error', String(e), [], undefined));
    } finally {
      setBusy(false);
    }
  }, [head, next, busy, rest]);
  const state: Resource<readonly AuditEntry[]> = first.state.kind !== 'ready' ? first.state
    : failure ? { kind: 'error', error: failure }
    : { kind: 'ready', data: [...first.state.data.items, ...(rest?.items ?? [])], etag: undefined };
  return { state, complete: next === null, busy, more, reload: () => { setFailure(undefined); first.reload(); } };
}

function AuditLog() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useProgramme();
  const [entity, setEntity] = useState('');
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [query, setQuery] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Typed text waits until typing stops; choices and dates apply at once.
  const settledActor = useSettled(actor, 300);
  const settledQuery = useSettled(query, 300);
  const log = useAuditLog(id, auditQuery({ entity, action, from, to, actor: settledActor, query: settledQuery }));
  const entries = log.state.kind === 'ready' ? log.state.data : [];
  // Everyone seen so far stays suggested, also while the log is filtered to one of them.
  const [actors, setActors] = useState<readonly string[]>([]);
  useEffect(() => {
    setActors((known) => {
      const more = entries.map((e) => e.actor).filter((a) => !known.includes(a));
      return more.length === 0 ? known : [...new Set([...known, ...more])].sort();
    });
  }, [entries]);
  return (
    <Card title={t('history.audit')} aside={log.state.kind === 'ready' ? (
      <span className="small muted" data-testid="audit-count">{log.complete ? t('history.count', { count: entries.length }) : t('history.countMore', { count: entries.length })}</span>
    ) : undefined}>
      <div className="stack">
        <div className="form-row" role="search" aria-label={t('history.filter')}>
          <div className="field">
            <label htmlFor="audit-entity">{t('history.entity')}</label>
            <select id="audit-entity" className="input" value={entity} onChange={(e) => setEntity(e.target.value)}>
              {ENTITIES.map((x) => <option key={x} value={x}>{x ? t(`history.entities.${x}`) : t('history.allEntities')}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-action">{t('history.action')}</label>
            <select id="audit-action" className="input" value={action} onChange={(e) => setAction(e.target.value)}>
              {ACTIONS.map((x) => <option key={x} value={x}>{x ? t(`history.actions.${x}`) : t('history.allActions')}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-actor">{t('history.actor')}</label>
            <input id="audit-actor" className="input" list="audit-actors" value={actor} onChange={(e) => setActor(e.target.value)} />
            <datalist id="audit-actors">{actors.map((a) => <option key={a} value={a} />)}</datalist>
          </div>
          <div className="field">
            <label htmlFor="audit-query">{t('history.search')}</label>
            <input id="audit-query" className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <DateField id="audit-from" label={t('history.from')} value={from} onChange={setFrom} max={to || undefined} />
          <DateField id="audit-to" label={t('history.to')} value={to} onChange={setTo} min={from || undefined} />
        </div>
        {log.state.kind === 'loading' ? <Loading /> : log.state.kind === 'error' ? <ErrorState error={log.state.error} onRetry={log.reload} /> : entries.length === 0 ? (
          <Empty title={t('history.empty')} />
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="audit-log">
              <thead>
                <tr>
                  <th scope="col">{t('history.when')}</th>
                  <th scope="col">{t('history.actor')}</th>
                  <th scope="col">{t('history.action')}</th>
                  <th scope="col">{t('history.what')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} data-id={e.id} data-entity={e.entity}>
                    <td style={{ whiteSpace: 'nowrap' }}>{f.timestamp(e.at)}</td>
                    <td>{e.actor}</td>
                    <td style={{ whiteSpace: 'nowrap' }}><span className="tag">{t(`history.entities.${e.entity}`, { defaultValue: e.entity })}</span> {t(`history.actions.${e.action}`, { defaultValue: e.action })}</td>
                    <td><Summary entry={e} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!log.complete && log.state.kind === 'ready' && (
          <div><button type="button" className="btn" disabled={log.busy} onClick={() => void log.more()}>{t('history.more')}</button></div>
        )}
      </div>
    </Card>
  );
}

/** The gist of a change in words: the record after the change (or before it, for a deletion). */
function Summary({ entry }: { readonly entry: AuditEntry }) {
  const { t } = useTranslation();
  const f = useFormat();
  const v = (entry.after ?? entry.before) as Record<string, unknown> | null | undefined;
  if (!v || typeof v !== 'object') return <span className="muted small">{entry.entityId}</span>;
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const num = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : undefined);
  const on = str('date') ? ` · ${f.date(str('date')!)}` : '';
  const extra = (text: string | undefined) => (text ? ` — ${text}` : '');
  let line: string;
  switch (entry.entity) {
    case 'measurement': line = `${str('kpi')}: ${f.number(num('value') ?? 0, 2)}${on}`; break;
    case 'progress': line = `${str('effort')}: ${f.number(num('percentComplete') ?? 0)}% ${t('history.complete')}${on}`; break;
    case 'decision': line = `${str('milestone')}: ${t(`outcome.${str('outcome')}`, { defaultValue: str('outcome') })}${on}${extra(str('conditions'))}`; break;
    case 'check': line = `${str('criterion')}: ${t(v.met ? 'criterion.met' : 'criterion.unmet')}${on}${extra(str('evidence'))}`; break;
    case 'override': {
      // Today an override names a tagged subject (a stuurparameter or a KPI); older entries name `parameter`.
      const subject = (typeof v.subject === 'object' && v.subject !== null ? v.subject : {}) as Record<string, unknown>;
      const kpi = subject.kind === 'kpi' && typeof subject.kpi === 'string' ? subject.kpi : undefined;
      const parameter = typeof subject.parameter === 'string' ? subject.parameter : str('parameter');
      const what = kpi ?? t(`parameter.${parameter}`, { defaultValue: parameter });
      line = `${what}: ${t(`rag.${str('rag')}`, { defaultValue: str('rag') })}${on}${extra(str('rationale'))}`;
      break;
    }
    case 'risk': line = `${str('id')} ${str('description') ?? ''}${on}`; break;
    case 'budget': line = t('history.budget', { planned: f.number(num('planned') ?? 0, 0), spent: f.number(num('spent') ?? 0, 0) }) + on; break;
    case 'programme': line = num('version') !== undefined ? t('history.planVersion', { version: num('version') }) : entry.entityId; break;
    default: line = entry.entityId;
  }
  return <span className="small">{line}</span>;
}
