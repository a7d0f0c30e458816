import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';
import { request } from '../api/request.js';
import { routes } from '../api/routes.js';
import { useResource } from '../api/use-resource.js';
import type { Resource } from '../api/use-resource.js';
import { useProgramme } from '../app/programme-context.js';
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

/** Every page of the audit log (the server lists it oldest first), newest first. */
function useAuditLog(id: string) {
  const [state, setState] = useState<Resource<readonly AuditEntry[]>>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  const first = useResource<AuditPage>(routes.audit(id, 'limit=500'));
  useEffect(() => {
    if (first.state.kind !== 'ready') {
      if (first.state.kind === 'error') setState(first.state);
      return;
    }
    let cancelled = false;
    const items = [...first.state.data.items];
    let next = first.state.data.next;
    void (async () => {
      try {
        for (let pages = 0; next && pages < MAX_PAGES; pages++) {
          const { data }: { data: AuditPage } = await request<AuditPage>(next);
          items.push(...data.items);
          next = data.next;
        }
        if (!cancelled) setState({ kind: 'ready', data: items.reverse(), etag: undefined });
      } catch (e) {
        if (!cancelled) setState({ kind: 'error', error: e instanceof ApiError ? e : new ApiError(0, 'error', String(e), [], undefined) });
      }
    })();
    return () => { cancelled = true; };
  }, [first.state, tick]);
  return { state, reload: () => { first.reload(); setTick((t) => t + 1); } };
}

interface AuditPage {
  readonly items: readonly AuditEntry[];
  readonly next: string | null;
}

const MAX_PAGES = 40;
const PAGE = 100;

function AuditLog() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useProgramme();
  const [entity, setEntity] = useState('');
  const [actor, setActor] = useState('');
  const [query, setQuery] = useState('');
  const [shownCount, setShownCount] = useState(PAGE);
  const log = useAuditLog(id);
  const needle = query.trim().toLocaleLowerCase();
  const who = actor.trim().toLocaleLowerCase();
  const all = log.state.kind === 'ready' ? log.state.data : [];
  const filtered = all.filter((e) => (!entity || e.entity === entity)
    && (!who || e.actor.toLocaleLowerCase().includes(who))
    && (!needle || JSON.stringify([e.entityId, e.before, e.after]).toLocaleLowerCase().includes(needle)));
  const actors = [...new Set(all.map((e) => e.actor))].sort();
  return (
    <Card title={t('history.audit')} aside={log.state.kind === 'ready' ? <span className="small muted">{t('history.count', { count: filtered.length })}</span> : undefined}>
      <div className="stack">
        <div className="form-row" role="search" aria-label={t('history.filter')}>
          <div className="field">
            <label htmlFor="audit-entity">{t('history.entity')}</label>
            <select id="audit-entity" className="input" value={entity} onChange={(e) => setEntity(e.target.value)}>
              {ENTITIES.map((x) => <option key={x} value={x}>{x ? t(`history.entities.${x}`) : t('history.allEntities')}</option>)}
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
        </div>
        {log.state.kind === 'loading' ? <Loading /> : log.state.kind === 'error' ? <ErrorState error={log.state.error} onRetry={log.reload} /> : filtered.length === 0 ? (
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
                {filtered.slice(0, shownCount).map((e) => (
                  <tr key={e.id} data-entity={e.entity}>
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
        {filtered.length > shownCount && <div><button type="button" className="btn" onClick={() => setShownCount((n) => n + PAGE)}>{t('history.more')}</button></div>}
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
    case 'override': line = `${t(`parameter.${str('parameter')}`, { defaultValue: str('parameter') })}: ${t(`rag.${str('rag')}`, { defaultValue: str('rag') })}${on}${extra(str('rationale'))}`; break;
    case 'risk': line = `${str('id')} ${str('description') ?? ''}${on}`; break;
    case 'budget': line = t('history.budget', { planned: f.number(num('planned') ?? 0, 0), spent: f.number(num('spent') ?? 0, 0) }) + on; break;
    case 'programme': line = num('version') !== undefined ? t('history.planVersion', { version: num('version') }) : entry.entityId; break;
    default: line = entry.entityId;
  }
  return <span className="small">{line}</span>;
}
