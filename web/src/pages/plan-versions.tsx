import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDiff } from '../../../src/plan/plan-diff.js';
import { routes } from '../api/routes.js';
import { useResource } from '../api/use-resource.js';
import { useProgramme } from '../app/programme-context.js';
import { Card } from '../components/page.js';
import { Empty, Loaded } from '../components/states.js';
import { useFormat } from '../format/use-format.js';

/** A stored plan version as the server lists it. */
interface PlanVersion {
  readonly version: number;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly fileName?: string | null;
}

/** The plan versions and, for any two, what changed in efforts, KPI targets and gate criteria. */
export function PlanVersions() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useProgramme();
  const versions = useResource<{ readonly items: readonly PlanVersion[] }>(routes.versions(id));
  const [pair, setPair] = useState<{ from: number; to: number } | undefined>();
  return (
    <Card title={t('history.versions')}>
      <Loaded resource={versions.state} reload={versions.reload}>
        {({ items }) => {
          if (items.length === 0) return <Empty title={t('history.noVersions')} />;
          const sorted = [...items].sort((a, b) => b.version - a.version);
          const to = pair?.to ?? sorted[0]!.version;
          const from = pair?.from ?? sorted[1]?.version ?? to;
          return (
            <div className="stack">
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('history.version')}</th>
                      <th scope="col">{t('history.importedAt')}</th>
                      <th scope="col">{t('history.actor')}</th>
                      <th scope="col">{t('history.file')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sorted.map((v) => (
                      <tr key={v.version}>
                        <td>v{v.version}</td>
                        <td>{f.timestamp(v.importedAt)}</td>
                        <td>{v.importedBy}</td>
                        <td>{v.fileName ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {sorted.length > 1 ? (
                <>
                  <div className="row">
                    <label className="row small">{t('history.compare')}
                      <select className="input" style={{ width: 'auto' }} value={from} onChange={(e) => setPair({ from: Number(e.target.value), to })}>
                        {sorted.map((v) => <option key={v.version} value={v.version}>v{v.version}</option>)}
                      </select>
                    </label>
                    <label className="row small">{t('history.with')}
                      <select className="input" style={{ width: 'auto' }} value={to} onChange={(e) => setPair({ from, to: Number(e.target.value) })}>
                        {sorted.map((v) => <option key={v.version} value={v.version}>v{v.version}</option>)}
                      </select>
                    </label>
                  </div>
                  <Diff from={from} to={to} />
                </>
              ) : <p className="small muted">{t('history.oneVersion')}</p>}
            </div>
          );
        }}
      </Loaded>
    </Card>
  );
}

function Diff({ from, to }: { readonly from: number; readonly to: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useProgramme();
  const diff = useResource<{ readonly diff: PlanDiff }>(routes.diff(id, from, to));
  return (
    <Loaded resource={diff.state} reload={diff.reload}>
      {({ diff: d }) => {
        const lines = [
          ...d.efforts.map((c) => c.kind === 'effort-rescheduled'
            ? t('history.diff.rescheduled', { id: c.effort, name: c.name, before: `${f.date(c.before.start)} – ${f.date(c.before.end)}`, after: `${f.date(c.after.start)} – ${f.date(c.after.end)}` })
            : t(`history.diff.${c.kind}`, { id: c.effort, name: c.name })),
          ...d.kpiTargets.map((c) => {
            if (c.kind === 'target-changed') return t('history.diff.target-changed', { id: c.kpi, moment: c.moment, before: c.before.label ?? c.before.value ?? 'n.m.', after: c.after.label ?? c.after.value ?? 'n.m.' });
            if (c.kind === 'goal-changed') return t('history.diff.goal-changed', { id: c.kpi, before: c.before.label ?? c.before.value, after: c.after.label ?? c.after.value });
            return t(`history.diff.${c.kind}`, { id: c.kpi, name: c.name, moment: 'moment' in c ? c.moment : '' });
          }),
          ...d.gateCriteria.map((c) => {
            if (c.kind === 'gate-moved') return t('history.diff.gate-moved', { id: c.milestone, before: f.date(c.before), after: f.date(c.after) });
            if (c.kind === 'criterion-changed') return t('history.diff.criterion-changed', { id: c.criterion, before: c.before, after: c.after });
            return t(`history.diff.${c.kind}`, { id: 'criterion' in c ? c.criterion : c.milestone, name: 'name' in c ? c.name : 'text' in c ? c.text : '' });
          }),
        ];
        return lines.length === 0 ? <p className="small muted">{t('history.noChanges', { from, to })}</p> : (
          <ul className="list small" data-testid="plan-diff">{lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
        );
      }}
    </Loaded>
  );
}
