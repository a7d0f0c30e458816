import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import type { GateStatus, KpiStatus, ProgrammeStatus, SteeringStatus } from '../../../src/steer/status-types.js';
import { useModel, useStatus } from '../api/hooks.js';
import { combine } from '../api/use-resource.js';
import { linkHandler } from '../app/router.js';
import { Card, Page } from '../components/page.js';
import { RagBadge } from '../components/rag-badge.js';
import { ReasonList } from '../components/reason-list.js';
import { Empty, Loaded } from '../components/states.js';
import { displayName } from '../format/display-name.js';
import { useFormat } from '../format/use-format.js';
import { AcknowledgeButton } from './acknowledge-button.js';
import { JudgedKpis, KpiRag } from './kpi-judgement.js';
import { PhaseTimeline } from './overview-timeline.js';

/** Overzicht: where the programme stands, for the programme manager and the stuurgroep (also printed). */
export function OverviewPage() {
  const { t } = useTranslation();
  const status = useStatus();
  const model = useModel();
  return (
    <Page
      title={t('overview.title')}
      intro={status.state.kind === 'ready' ? <Standing status={status.state.data} /> : t('overview.intro')}
      actions={<button type="button" className="btn" onClick={() => window.print()}>{t('overview.print')}</button>}
    >
      <Loaded resource={combine(status.state, model.state)} reload={() => { status.reload(); model.reload(); }}>
        {([s, m]) => <Overview status={s} model={m} />}
      </Loaded>
    </Page>
  );
}

function Standing({ status }: { readonly status: ProgrammeStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {t('overview.standing', { date: f.longDate(status.asOf) })}
      {status.phase && <> · {t('overview.phase', { name: displayName(status.phase.name) })}</>}
    </>
  );
}

function Overview({ status, model }: { readonly status: ProgrammeStatus; readonly model: Programme }) {
  const { t } = useTranslation();
  const nextGate = status.gates.find((g) => g.gate && g.daysUntil >= 0 && g.state !== 'decided');
  const redKpis = status.kpis.filter((k) => k.rag === 'rood');
  const open = status.escalations.filter((e) => !e.acknowledged);
  return (
    <>
      <Card title={t('overview.timeline')} className="print-keep">
        <PhaseTimeline status={status} model={model} />
      </Card>
      <Summary status={status} />
      <section aria-labelledby="steering-title" className="stack print-keep">
        <h2 id="steering-title">{t('overview.steering')}</h2>
        <div className="grid grid-5">
          {status.steering.map((s) => <SteeringTile key={s.parameter} steering={s} />)}
        </div>
      </section>
      <div className="grid grid-2">
        <Card title={t('overview.nextGate')} className="print-keep">
          {nextGate ? <GateReadiness gate={nextGate} /> : <Empty title={t('overview.noNextGate')} />}
        </Card>
        <Card title={t('overview.escalations')} aside={<span className="tag">{open.length}</span>} className="print-keep">
          {status.escalations.length === 0 ? <Empty title={t('overview.noEscalations')} /> : (
            <ul className="list">
              {status.escalations.map((e) => (
                <li key={`${e.rule}-${e.subject}`} className="stack" style={{ gap: 'var(--space-1)' }}>
                  <div className="row">
                    <RagBadge rag={e.acknowledged ? 'geel' : 'rood'} label={e.acknowledged ? t('escalation.acknowledged') : t('escalation.open')} />
                    <strong>{e.subjectName ? `${e.subject} · ${e.subjectName}` : e.subject}</strong>
                  </div>
                  <span className="small">{e.text}</span>
                  <EscalationMeta since={e.since} to={e.to.name ?? e.to.role} />
                  {!e.acknowledged && <AcknowledgeButton escalation={e} asOf={status.asOf} />}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title={t('overview.redKpis')} aside={<a href="/kpis" onClick={linkHandler('/kpis')} className="small">{t('overview.allKpis')}</a>} className="print-keep">
        {redKpis.length === 0 ? <Empty title={t('overview.noRedKpis')} /> : <RedKpis kpis={redKpis} />}
      </Card>
      <JudgedKpis kpis={status.kpis} />
    </>
  );
}

function EscalationMeta({ since, to }: { readonly since: string; readonly to: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return <span className="small muted">{t('escalation.meta', { since: f.date(since), to })}</span>;
}

function Summary({ status }: { readonly status: ProgrammeStatus }) {
  const { t } = useTranslation();
  const s = status.summary;
  const efforts = s.efforts.planned + s.efforts.running + s.efforts.done + s.efforts.late;
  const kpis = s.kpis.groen + s.kpis.geel + s.kpis.rood + s.kpis.grijs;
  return (
    <section className="card print-keep" aria-label={t('overview.summary')}>
      <div className="grid grid-5">
        <div className="metric">
          <span className="metric-label">{t('overview.overall')}</span>
          <span><RagBadge rag={s.worst} /></span>
        </div>
        <div className="metric">
          <span className="metric-label">{t('overview.kpisOnTrack')}</span>
          <span className="metric-value">{t('overview.xOfY', { x: s.kpis.groen, y: kpis })}</span>
          <span className="small muted">{t('overview.ragCounts', { geel: s.kpis.geel, rood: s.kpis.rood, grijs: s.kpis.grijs })}</span>
        </div>
        <div className="metric">
          <span className="metric-label">{t('overview.benefitsOnTrack')}</span>
          <span className="metric-value">{t('overview.xOfY', { x: s.benefits.groen, y: s.benefits.groen + s.benefits.geel + s.benefits.rood + s.benefits.grijs })}</span>
          <span className="small muted">{t('overview.ragCounts', { geel: s.benefits.geel, rood: s.benefits.rood, grijs: s.benefits.grijs })}</span>
        </div>
        <div className="metric">
          <span className="metric-label">{t('overview.effortsLate')}</span>
          <span className="metric-value">{s.efforts.late}</span>
          <span className="small muted">{t('overview.effortCounts', { done: s.efforts.done, running: s.efforts.running, total: efforts })}</span>
        </div>
        <div className="metric">
          <span className="metric-label">{t('overview.openEscalations')}</span>
          <span className="metric-value">{s.escalations.open}</span>
          <span className="small muted">{t('overview.gatesAtRisk', { count: s.gatesAtRisk })}</span>
        </div>
      </div>
    </section>
  );
}

function SteeringTile({ steering: s }: { readonly steering: SteeringStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  const effective = s.rag ?? 'grijs';
  const derived = s.derived.kind === 'derived' ? s.derived.rag : undefined;
  return (
    <article className={`card tile tile-${effective}`} aria-labelledby={`tile-${s.parameter}`}>
      <h3 id={`tile-${s.parameter}`}>{t(`parameter.${s.parameter}`)}</h3>
      <div><RagBadge rag={s.rag} /></div>
      {s.override ? (
        <>
          <p className="override">
            <strong>{t('steering.override')}</strong> {s.override.rationale}
            <br /><span className="muted">{t('steering.overrideMeta', { who: s.override.recordedBy, date: f.date(s.override.date) })}</span>
          </p>
          <p className="small">
            {t('steering.derived')}: {derived ? <RagBadge rag={derived} /> : t('steering.manual')}
          </p>
        </>
      ) : (
        <p className="small muted">{derived ? t('steering.derivedOnly') : t('steering.manualNoOverride')}</p>
      )}
      <ReasonList reasons={s.derived.reasons} />
      <p className="tile-norm small muted">{t('steering.norm', { rag: t(`rag.${s.norm}`) })}</p>
    </article>
  );
}

function GateReadiness({ gate }: { readonly gate: GateStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  const share = gate.total ? gate.met / gate.total : 0;
  return (
    <div className="stack">
      <div className="row">
        <strong style={{ fontSize: 'var(--text-lg)' }}>{gate.milestone} · {gate.name}</strong>
        <span className="spacer" />
        <RagBadge rag={gate.atRisk ? 'rood' : gate.state === 'ready' ? 'groen' : 'grijs'} label={t(`gateState.${gate.state}`)} />
      </div>
      <span className="muted small">{t('gate.when', { date: f.longDate(gate.date), count: gate.daysUntil })}</span>
      <div>
        <div className="row small" style={{ justifyContent: 'space-between' }}>
          <span>{t('gate.readiness')}</span>
          <strong>{t('gate.met', { met: gate.met, total: gate.total })}</strong>
        </div>
        <div className="progress" role="img" aria-label={t('gate.met', { met: gate.met, total: gate.total })}>
          <span style={{ width: `${share * 100}%` }} />
        </div>
      </div>
      <ul className="list small">
        {gate.criteria.map((c) => (
          <li key={c.criterion} className="row" style={{ flexWrap: 'nowrap', alignItems: 'flex-start' }}>
            <RagBadge rag={c.state === 'met' ? 'groen' : c.state === 'at-risk' ? 'rood' : c.state === 'unmet' ? 'geel' : 'grijs'} label={t(`criterion.${c.state}`)} />
            <span>{c.text}</span>
          </li>
        ))}
      </ul>
      <a href="/mijlpalen" onClick={linkHandler('/mijlpalen')} className="small">{t('overview.toMilestones')}</a>
    </div>
  );
}

function RedKpis({ kpis }: { readonly kpis: readonly KpiStatus[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('kpi.name')}</th>
            <th scope="col" className="num">{t('kpi.planned')}</th>
            <th scope="col" className="num">{t('kpi.actual')}</th>
            <th scope="col" className="num">{t('kpi.achievement')}</th>
            <th scope="col">{t('kpi.status')}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.kpi}>
              <td>{k.name}</td>
              <td className="num">{k.planned === undefined ? '—' : f.unitValue(k.planned, k.unit)}</td>
              <td className="num">{k.actual ? f.unitValue(k.actual.value, k.unit) : '—'}</td>
              <td className="num">{k.achievement === undefined ? '—' : f.percent(k.achievement)}</td>
              <td><KpiRag status={k} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
