import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import { layoutRoadmap, ROADMAP_STATES } from '../../../src/plan/roadmap-layout.js';
import type { RoadmapLayout } from '../../../src/plan/roadmap-layout.js';
import type { ProgrammeStatus } from '../../../src/steer/status-types.js';
import { useModel, useStatus } from '../api/hooks.js';
import { combine } from '../api/use-resource.js';
import { useProgramme } from '../app/programme-context.js';
import { DateField } from '../components/date-field.js';
import { Card, Page } from '../components/page.js';
import { Empty, Loaded } from '../components/states.js';
import { useFormat } from '../format/use-format.js';
import { Gantt } from '../gantt/gantt.js';
import type { GanttZoom } from '../gantt/gantt.js';
import { barStyle } from '../gantt/gantt-colours.js';

/** Roadmap: the interactive Gantt, replayable on any date. */
export function RoadmapPage() {
  const { t } = useTranslation();
  const status = useStatus();
  const model = useModel();
  const [zoom, setZoom] = useState<GanttZoom>('month');
  const [domain, setDomain] = useState('');
  return (
    <Page title={t('roadmap.title')} intro={t('roadmap.intro')}>
      <Loaded resource={combine(model.state, status.state)} reload={() => { model.reload(); status.reload(); }}>
        {([m, s]) => <Roadmap model={m} status={s} zoom={zoom} setZoom={setZoom} domain={domain} setDomain={setDomain} />}
      </Loaded>
    </Page>
  );
}

function Roadmap({ model, status, zoom, setZoom, domain, setDomain }: {
  readonly model: Programme;
  readonly status: ProgrammeStatus;
  readonly zoom: GanttZoom;
  readonly setZoom: (z: GanttZoom) => void;
  readonly domain: string;
  readonly setDomain: (d: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { asOf, setAsOf } = useProgramme();
  const full = useMemo<RoadmapLayout>(
    () => layoutRoadmap(model, { asOf: status.asOf, states: new Map(status.efforts.map((e) => [e.effort, e.state])) }),
    [model, status],
  );
  const layout = domain ? { ...full, bands: full.bands.filter((b) => b.id === domain) } : full;
  const efforts = useMemo(() => new Map(status.efforts.map((e) => [e.effort, e])), [status]);
  const owners = useMemo(() => {
    const roles = new Map(model.roles.map((r) => [r.id, r.name]));
    return new Map(model.efforts.flatMap((e) => (e.owner ? [[e.id, roles.get(e.owner) ?? e.owner] as const] : [])));
  }, [model]);
  return (
    <>
      <Card>
        <div className="row" style={{ gap: 'var(--space-5)', alignItems: 'flex-end' }}>
          <div className="field">
            <span className="field-label" id="zoom-label">{t('roadmap.zoom')}</span>
            <div className="btn-group" role="group" aria-labelledby="zoom-label">
              {(['month', 'quarter'] as const).map((z) => (
                <button key={z} type="button" className="btn" aria-pressed={zoom === z} onClick={() => setZoom(z)}>{t(`roadmap.zoom_${z}`)}</button>
              ))}
            </div>
          </div>
          <div className="field">
            <label htmlFor="domain-filter">{t('roadmap.domain')}</label>
            <select id="domain-filter" className="input" value={domain} onChange={(e) => setDomain(e.target.value)}>
              <option value="">{t('roadmap.allDomains')}</option>
              {full.bands.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </div>
          <DateField id="roadmap-asof" label={t('roadmap.asOf')} value={asOf ?? status.asOf} min={model.startDate} onChange={(iso) => setAsOf(iso || undefined)} />
          <span className="spacer" />
          <span className="small muted">{t('roadmap.replay', { date: f.longDate(status.asOf) })}</span>
        </div>
      </Card>
      {layout.bands.length === 0 ? <Card><Empty title={t('roadmap.noEfforts')} /></Card> : (
        <Gantt layout={layout} efforts={efforts} zoom={zoom} owners={owners} />
      )}
      <div className="gantt-legend" aria-label={t('roadmap.legend')} role="group">
        {ROADMAP_STATES.map((s) => (
          <span key={s}><span className="gantt-swatch" style={barStyle(s, 'projectmatig')} />{t(`roadmapState.${s}`)}</span>
        ))}
        <span><span className="gantt-swatch" style={barStyle('running', 'doorlopend')} />{t('roadmap.mode.doorlopend')}</span>
        <span><span className="gantt-diamond" style={{ background: '#334155' }} />{t('roadmap.gate')}</span>
        <span><span className="gantt-swatch" style={{ background: '#0B3D91', width: 3, height: 16 }} />{t('roadmap.asOfLine')}</span>
      </div>
    </>
  );
}
