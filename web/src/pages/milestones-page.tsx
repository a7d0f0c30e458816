import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionStatus, GateStatus, NeedStatus, ProgrammeStatus } from '../../../src/steer/status-types.js';
import { useStatus } from '../api/hooks.js';
import { useAccess } from '../app/access.js';
import { Card, Page } from '../components/page.js';
import { RagBadge } from '../components/rag-badge.js';
import { Empty, Loaded } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import { CheckForm } from './check-form.js';
import { DecisionForm } from './decision-form.js';

/** Mijlpalen: every go/no-go moment's criteria, evidence and readiness, and the stuurgroep's decision. */
export function MilestonesPage() {
  const { t } = useTranslation();
  const status = useStatus();
  return (
    <Page title={t('milestones.title')} intro={t('milestones.intro')}>
      <Loaded resource={status.state} reload={status.reload}>
        {(s) => (s.gates.length === 0 ? <Card><Empty title={t('milestones.none')} /></Card> : <Gates status={s} />)}
      </Loaded>
    </Page>
  );
}

function Gates({ status }: { readonly status: ProgrammeStatus }) {
  return <>{status.gates.map((g) => <Gate key={g.milestone} gate={g} asOf={status.asOf} />)}</>;
}

const criterionRag = (c: CriterionStatus) => (c.state === 'met' ? 'groen' : c.state === 'at-risk' ? 'rood' : c.state === 'unmet' ? 'geel' : 'grijs');

function Gate({ gate, asOf }: { readonly gate: GateStatus; readonly asOf: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const access = useAccess();
  const rag = gate.state === 'decided' ? (gate.decision?.outcome === 'no-go' ? 'rood' : 'groen') : gate.atRisk ? 'rood' : gate.state === 'ready' ? 'groen' : gate.state === 'passed' ? 'geel' : 'grijs';
  return (
    <section className="card stack" aria-labelledby={`gate-${gate.milestone}`} data-gate={gate.milestone}>
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <div className="stack" style={{ gap: 2 }}>
          <h2 id={`gate-${gate.milestone}`}>{gate.milestone} · {gate.name}</h2>
          <span className="small muted">
            {f.longDate(gate.date)} · {gate.daysUntil >= 0 ? t('milestones.inDays', { count: gate.daysUntil }) : t('milestones.daysAgo', { count: -gate.daysUntil })}
            {!gate.gate && <> · {t('milestones.noGate')}</>}
          </span>
        </div>
        <span className="spacer" />
        <RagBadge rag={rag} label={t(`gateState.${gate.state}`)} />
      </div>
      {gate.total > 0 && (
        <div>
          <div className="row small" style={{ justifyContent: 'space-between' }}>
            <span>{t('gate.readiness')}</span>
            <strong>{t('gate.met', { met: gate.met, total: gate.total })}</strong>
          </div>
          <div className="progress" role="img" aria-label={t('gate.met', { met: gate.met, total: gate.total })}>
            <span style={{ width: `${(gate.met / gate.total) * 100}%` }} />
          </div>
        </div>
      )}
      {gate.criteria.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('milestones.criterion')}</th>
                <th scope="col">{t('milestones.evidence')}</th>
                <th scope="col">{t('kpi.status')}</th>
              </tr>
            </thead>
            <tbody>
              {gate.criteria.map((c) => (
                <tr key={c.criterion}>
                  <td style={{ width: '38%' }}><span className="muted">{c.criterion}</span> {c.text}</td>
                  <td>
                    {c.basis === 'automatic' ? (
                      <ul className="needs">{c.needs.map((n, i) => <li key={i}><Need need={n} /></li>)}</ul>
                    ) : c.check ? (
                      <span>{c.check.evidence} <span className="muted">({c.check.recordedBy ?? '—'}, {f.date(c.check.date)})</span></span>
                    ) : (
                      <span className="muted">{t('milestones.noCheck')}</span>
                    )}
                    {c.basis === 'manual' && gate.state !== 'decided' && access.may('checks') && <CheckForm criterion={c} asOf={asOf} />}
                  </td>
                  <td><RagBadge rag={criterionRag(c)} label={t(`criterion.${c.state}`)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {gate.decision ? (
        <div className="notice notice-success" data-decision={gate.decision.outcome}>
          <div>
            <strong>{t('milestones.decided', { outcome: t(`outcome.${gate.decision.outcome}`), date: f.longDate(gate.decision.date), who: gate.decision.decidedBy })}</strong>
            {gate.decision.conditions && <span>{t('milestones.conditions')}: {gate.decision.conditions}</span>}
            {gate.decision.note && <span> {gate.decision.note}</span>}
          </div>
        </div>
      ) : gate.gate && access.may('decisions') ? (
        <DecisionDisclosure gate={gate} asOf={asOf} />
      ) : null}
    </section>
  );
}

function DecisionDisclosure({ gate, asOf }: { readonly gate: GateStatus; readonly asOf: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = `decision-${gate.milestone}`;
  return (
    <div>
      {!open && (
        <button type="button" className={`btn${gate.daysUntil <= 42 ? ' btn-primary' : ''}`} aria-expanded={false} aria-controls={id} onClick={() => setOpen(true)}>
          {t('milestones.form.open')}
        </button>
      )}
      {open && <div id={id}><DecisionForm gate={gate} asOf={asOf} onCancel={() => setOpen(false)} /></div>}
    </div>
  );
}

function Need({ need }: { readonly need: NeedStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (need.kind === 'effort-finished') {
    return <>{t('milestones.needEffort', { effort: need.effort, state: t(`effortState.${need.effortState}`), date: f.date(need.forecastEnd) })}</>;
  }
  return (
    <>{t('milestones.needKpi', {
      kpi: need.kpi, value: f.number(need.value),
      actual: need.actual === undefined ? t('kpis.noMeasurement') : f.number(need.actual),
    })}{need.projected !== undefined && ` · ${t('milestones.projected', { value: f.number(need.projected) })}`}</>
  );
}
