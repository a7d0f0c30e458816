import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import type { BenefitStatus, ProgrammeStatus } from '../../../src/steer/status-types.js';
import { useModel, useStatus } from '../api/hooks.js';
import { combine } from '../api/use-resource.js';
import { Card, Page } from '../components/page.js';
import { RagBadge } from '../components/rag-badge.js';
import { Empty, Loaded } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import { DependencyGraph } from './benefit-dependency-graph.js';
import { RiskHeatMap } from './risk-heat-map.js';

/** Baten: every benefit with owner, band and realisation, their dependencies and the risks. */
export function BenefitsPage() {
  const { t } = useTranslation();
  const model = useModel();
  const status = useStatus();
  return (
    <Page title={t('benefits.title')} intro={t('benefits.intro')}>
      <Loaded resource={combine(model.state, status.state)} reload={() => { model.reload(); status.reload(); }}>
        {([m, s]) => <Benefits model={m} status={s} />}
      </Loaded>
    </Page>
  );
}

function Benefits({ model, status }: { readonly model: Programme; readonly status: ProgrammeStatus }) {
  const { t } = useTranslation();
  if (status.benefits.length === 0) return <Card><Empty title={t('benefits.none')} /></Card>;
  const risks = status.steering.find((s) => s.parameter === 'haalbaarheid')?.risks;
  return (
    <>
      <div className="grid grid-3">
        {status.benefits.map((b) => <BenefitCard key={b.benefit} benefit={b} model={model} status={status} />)}
      </div>
      <div className="grid grid-2">
        <Card title={t('benefits.dependencies')}>
          <DependencyGraph benefits={status.benefits} />
        </Card>
        <Card title={t('benefits.risks')}>
          <RiskHeatMap model={model} scores={risks} />
        </Card>
      </div>
    </>
  );
}

function BenefitCard({ benefit: b, model, status }: { readonly benefit: BenefitStatus; readonly model: Programme; readonly status: ProgrammeStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  const owner = model.roles.find((r) => r.id === b.owner)?.name;
  const kpiName = new Map(status.kpis.map((k) => [k.kpi, k.name]));
  const realised = b.realisation ?? 0;
  return (
    <article className="card stack" aria-labelledby={`benefit-${b.benefit}`} data-benefit={b.benefit}>
      <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
        <div className="stack" style={{ gap: 2 }}>
          <span className="tag tag-brand" style={{ alignSelf: 'flex-start' }}>{b.benefit}</span>
          <h3 id={`benefit-${b.benefit}`}>{b.name}</h3>
        </div>
        <span className="spacer" />
        <RagBadge rag={b.rag} />
      </div>
      <dl className="kv small">
        <dt>{t('benefits.owner')}</dt><dd>{owner ?? <span className="muted">{t('benefits.noOwner')}</span>}</dd>
        <dt>{t('benefits.priority')}</dt><dd>{t(`benefits.priority_${b.priority}`)}</dd>
        <dt>{t('benefits.band')}</dt>
        <dd>
          {b.band ? t(`band.${b.band}`) : '—'}
          {b.plannedBand && <span className="muted"> · {t('benefits.plannedBand', { band: t(`band.${b.plannedBand}`) })}</span>}
        </dd>
      </dl>
      <div>
        <div className="row small" style={{ justifyContent: 'space-between' }}>
          <span>{t('benefits.realisation')}</span>
          <strong>{b.realisation === undefined ? t('benefits.notMeasured') : f.percent(b.realisation)}</strong>
        </div>
        <div className="progress" role="img" aria-label={t('benefits.realisationLabel', {
          actual: b.realisation === undefined ? t('benefits.notMeasured') : f.percent(b.realisation),
          planned: b.plannedRealisation === undefined ? '—' : f.percent(b.plannedRealisation),
        })}>
          <span style={{ width: `${Math.min(1, realised) * 100}%`, background: b.behind ? 'var(--rood)' : undefined }} />
          {b.plannedRealisation !== undefined && <span className="progress-mark" style={{ left: `${Math.min(1, b.plannedRealisation) * 100}%` }} />}
        </div>
        <span className="small muted">
          {b.plannedRealisation === undefined ? t('benefits.notPlannedYet') : t('benefits.planned', { value: f.percent(b.plannedRealisation) })}
          {b.behind && <> · <strong style={{ color: 'var(--rood)' }}>{t('benefits.behind')}</strong></>}
        </span>
      </div>
      <div className="stack" style={{ gap: 'var(--space-1)' }}>
        <span className="small" style={{ fontWeight: 600 }}>{t('benefits.indicators')}</span>
        <ul className="list small">
          {b.indicators.map((i) => (
            <li key={i.kpi} className="row" style={{ padding: '4px 0', flexWrap: 'nowrap' }}>
              <span style={{ flex: 1 }}>{kpiName.get(i.kpi) ?? i.kpi}</span>
              <span className="muted">{i.share === undefined ? '—' : f.percent(i.share)}</span>
              <RagBadge rag={i.rag} />
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
