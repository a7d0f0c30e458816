import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import type { Measurement } from '../../../src/model/records.js';
import type { KpiStatus, ProgrammeStatus } from '../../../src/steer/status-types.js';
import { useModel, useRecords, useStatus } from '../api/hooks.js';
import type { ListPage, StoredRecord } from '../api/hooks.js';
import { combine } from '../api/use-resource.js';
import { KpiChart } from '../charts/kpi-chart.js';
import type { ChartPoint } from '../charts/kpi-chart.js';
import { Card, Page } from '../components/page.js';
import { RagBadge } from '../components/rag-badge.js';
import { Empty, Loaded } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import type { Format } from '../format/use-format.js';
import { downloadCsv } from './kpi-csv.js';
import { KpiJudgement, KpiRag } from './kpi-judgement.js';

type View = 'charts' | 'table';

/** KPI's: per domain a chart per KPI with RAG and trend, or one table; downloadable as CSV. */
export function KpisPage() {
  const { t } = useTranslation();
  const model = useModel();
  const status = useStatus();
  const measurements = useRecords<Measurement>('measurements');
  const [view, setView] = useState<View>('charts');
  const both = combine(combine(model.state, status.state), measurements.state);
  return (
    <Page title={t('kpis.title')} intro={t('kpis.intro')}
      actions={(
        <>
          <div className="btn-group" role="group" aria-label={t('kpis.view')}>
            {(['charts', 'table'] as const).map((v) => (
              <button key={v} type="button" className="btn" aria-pressed={view === v} onClick={() => setView(v)}>{t(`kpis.view_${v}`)}</button>
            ))}
          </div>
          {both.kind === 'ready' && <CsvButton status={both.data[0][1]} />}
        </>
      )}>
      <Loaded resource={both} reload={() => { model.reload(); status.reload(); measurements.reload(); }}>
        {([[m, s], list]) => <Kpis model={m} status={s} measurements={list} view={view} />}
      </Loaded>
    </Page>
  );
}

function CsvButton({ status }: { readonly status: ProgrammeStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  return <button type="button" className="btn" onClick={() => downloadCsv(status, f, t)}>{t('kpis.csv')}</button>;
}

function Kpis({ model, status, measurements, view }: {
  readonly model: Programme;
  readonly status: ProgrammeStatus;
  readonly measurements: ListPage<StoredRecord<Measurement>>;
  readonly view: View;
}) {
  const { t } = useTranslation();
  const byKpi = useMemo(() => {
    const map = new Map<string, ChartPoint[]>();
    for (const { record } of measurements.items) {
      if (record.date > status.asOf) continue;
      const list = map.get(record.kpi) ?? [];
      list.push({ date: record.date, value: record.value });
      map.set(record.kpi, list);
    }
    return map;
  }, [measurements, status.asOf]);
  if (status.kpis.length === 0) return <Card><Empty title={t('kpis.none')} /></Card>;
  if (view === 'table') return <Card><KpiTable status={status} model={model} /></Card>;
  return (
    <>
      {model.domains.map((d) => {
        const kpis = status.kpis.filter((k) => k.domain === d.id);
        if (kpis.length === 0) return null;
        return (
          <section key={d.id} className="stack" aria-labelledby={`domain-${d.id}`}>
            <h2 id={`domain-${d.id}`}>{d.name}</h2>
            <div className="grid grid-2">
              {kpis.map((k) => {
                const kpi = model.kpis.find((x) => x.id === k.kpi)!;
                return (
                  <article key={k.kpi} className="card kpi-card" aria-labelledby={`kpi-${k.kpi}`} data-kpi={k.kpi}>
                    <div className="row">
                      <h3 id={`kpi-${k.kpi}`}>{k.name}</h3>
                      <span className="spacer" />
                      <RagBadge rag={k.rag} />
                    </div>
                    <KpiFacts status={k} />
                    <KpiJudgement status={k} />
                    <KpiChart kpi={kpi} status={k} measurements={byKpi.get(k.kpi) ?? []} start={model.start} horizon={model.horizon} asOf={status.asOf} />
                  </article>
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}

function KpiFacts({ status: k }: { readonly status: KpiStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <dl className="kpi-facts">
      <div><dt>{t('kpi.planned')}</dt><dd>{k.planned === undefined ? '—' : f.unitValue(k.planned, k.unit)}</dd></div>
      <div><dt>{t('kpi.actual')}</dt><dd data-testid="kpi-actual">{k.actual ? f.unitValue(k.actual.value, k.unit) : '—'}</dd></div>
      <div><dt>{t('kpi.achievement')}</dt><dd>{k.achievement === undefined ? '—' : f.percent(k.achievement)}</dd></div>
      <div><dt>{t('kpis.goal')}</dt><dd>{f.unitValue(k.goal, k.unit)}</dd></div>
      <div><dt>{t('kpis.trend')}</dt><dd><Trend status={k} /></dd></div>
      <div><dt>{t('kpis.forecast')}</dt><dd>{forecastText(k, f, t)}</dd></div>
    </dl>
  );
}

function Trend({ status: k, compact = false }: { readonly status: KpiStatus; readonly compact?: boolean }) {
  const { t } = useTranslation();
  if (!k.trend) return <>—</>;
  const arrow = k.trend.direction === 'up' ? '↑' : k.trend.direction === 'down' ? '↓' : '→';
  const flat = k.trend.direction === 'flat';
  const cls = flat ? '' : k.trend.improving ? 'trend-good' : 'trend-bad';
  const verdict = flat ? t('kpis.trend_flat') : t(k.trend.improving ? 'kpis.improving' : 'kpis.worsening');
  if (compact) return <span className={`trend ${cls}`} style={{ whiteSpace: 'nowrap' }}><span aria-hidden="true">{arrow} </span>{verdict}</span>;
  return <span className={`trend ${cls}`}><span aria-hidden="true">{arrow} </span>{t(`kpis.trend_${k.trend.direction}`)}{!flat && ` (${verdict})`}</span>;
}

function forecastText(k: KpiStatus, f: Format, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (!k.forecast) return '—';
  const value = f.unitValue(k.forecast.projected, k.unit);
  return t(k.forecast.met ? 'kpis.forecastMet' : 'kpis.forecastMissed', { value, date: f.date(k.forecast.deadline) });
}

function KpiTable({ status, model }: { readonly status: ProgrammeStatus; readonly model: Programme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const domains = new Map(model.domains.map((d) => [d.id, d.name]));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('kpis.tableCaption', { date: f.longDate(status.asOf) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kpis.domain')}</th>
            <th scope="col">{t('kpi.name')}</th>
            <th scope="col" className="num">{t('kpis.baseline')}</th>
            <th scope="col" className="num">{t('kpi.planned')}</th>
            <th scope="col" className="num">{t('kpi.actual')}</th>
            <th scope="col">{t('kpis.measuredOn')}</th>
            <th scope="col" className="num">{t('kpi.achievement')}</th>
            <th scope="col" className="num">{t('kpis.goal')}</th>
            <th scope="col">{t('kpis.trend')}</th>
            <th scope="col" className="num">{t('kpis.forecastAt')}</th>
            <th scope="col">{t('kpi.status')}</th>
          </tr>
        </thead>
        <tbody>
          {status.kpis.map((k) => (
            <tr key={k.kpi} data-kpi={k.kpi}>
              <td>{domains.get(k.domain) ?? k.domain}</td>
              <th scope="row" style={{ background: 'none', fontWeight: 500, whiteSpace: 'normal' }}>{k.name}</th>
              <td className="num">{k.baseline ? f.unitValue(k.baseline.value, k.unit) : '—'}</td>
              <td className="num">{k.planned === undefined ? '—' : f.unitValue(k.planned, k.unit)}</td>
              <td className="num">{k.actual ? f.unitValue(k.actual.value, k.unit) : '—'}</td>
              <td>{k.actual ? f.date(k.actual.date) : '—'}</td>
              <td className="num">{k.achievement === undefined ? '—' : f.percent(k.achievement)}</td>
              <td className="num">{f.unitValue(k.goal, k.unit)}</td>
              <td><Trend status={k} compact /></td>
              <td className="num" style={{ whiteSpace: 'nowrap' }}>
                {k.forecast ? <>{f.unitValue(k.forecast.projected, k.unit)} <span className={`tag ${k.forecast.met ? 'heat-low' : 'heat-high'}`}>{t(k.forecast.met ? 'kpis.met' : 'kpis.missed')}</span></> : '—'}
              </td>
              <td style={{ whiteSpace: 'nowrap' }}><KpiRag status={k} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
