import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapBar, RoadmapLayout } from '../../../src/plan/roadmap-layout.js';
import type { EffortStatus } from '../../../src/steer/status-types.js';
import { displayName } from '../format/display-name.js';
import { useFormat } from '../format/use-format.js';
import { AS_OF_COLOUR, barStyle, PHASE_COLOURS, STATE_COLOUR } from './gantt-colours.js';
import { GanttTooltip } from './gantt-tooltip.js';

export type GanttZoom = 'month' | 'quarter';

/** Month zoom shows every month at a readable width (scrolling when needed); quarter zoom fits the width. */
const MONTH_WIDTH = 64;
const MIN_QUARTER_MONTH = 16;
const LABEL = 340;
const ROW = 30;

/**
 * The interactive Gantt: the same layout model as the SVG roadmap, drawn in HTML so that every bar is
 * a focusable button whose details show on hover and focus.
 */
export function Gantt({ layout, efforts, zoom, owners }: {
  readonly layout: RoadmapLayout;
  readonly efforts: ReadonlyMap<string, EffortStatus>;
  readonly zoom: GanttZoom;
  readonly owners: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [active, setActive] = useState<RoadmapBar | undefined>();
  const box = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setAvailable(el.clientWidth - LABEL - 2);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const scroller = useRef<HTMLDivElement>(null);
  const asOfAt = layout.asOf?.within ? layout.asOf.at : undefined;
  // In month zoom the chart is wider than the screen: start with "vandaag" in view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && zoom === 'month' && asOfAt !== undefined) el.scrollLeft = Math.max(0, asOfAt * MONTH_WIDTH - (el.clientWidth - LABEL) / 2);
  }, [zoom, asOfAt]);
  const mw = zoom === 'month' ? MONTH_WIDTH : Math.max(MIN_QUARTER_MONTH, available / layout.horizon || MIN_QUARTER_MONTH);
  const width = layout.horizon * mw;
  const x = (p: number) => p * mw;
  const rows = layout.bands.reduce((n, b) => n + b.rows.length + 1, 0);
  const bodyHeight = rows * ROW;
  const monthName = (m: number, y: number) => f.monthName(`${y}-${String(m).padStart(2, '0')}`);
  return (
    <div className="gantt" ref={box} style={{ ['--gantt-width' as string]: `${width}px`, ['--gantt-label' as string]: `${LABEL}px` }}>
      <div className="gantt-scroll" ref={scroller}>
        <div className="gantt-grid" style={{ width: `calc(var(--gantt-label) + ${width}px)` }}>
          <div className="gantt-head" aria-hidden="true">
            <div className="gantt-corner">{t('roadmap.effort')}</div>
            <div className="gantt-axis" style={{ width }}>
              <div className="gantt-axis-row">
                {layout.phases.map((p, i) => (
                  <div key={p.id} className="gantt-phase" style={{ left: x(p.from), width: x(p.to) - x(p.from), background: PHASE_COLOURS[i % PHASE_COLOURS.length] }}>
                    {t('overview.phaseN', { n: p.number, name: displayName(p.name) })}
                  </div>
                ))}
              </div>
              <div className="gantt-axis-row">
                {layout.years.map((y) => (
                  <div key={y.key} className="gantt-cell gantt-year" style={{ left: x(y.from), width: x(y.to) - x(y.from) }}>{y.year}</div>
                ))}
              </div>
              <div className="gantt-axis-row">
                {zoom === 'month'
                  ? layout.months.map((m) => (
                    <div key={m.index} className="gantt-cell" style={{ left: x(m.from), width: mw }}>{monthName(m.month, m.year)}</div>
                  ))
                  : layout.quarters.map((q) => (
                    <div key={q.key} className="gantt-cell" style={{ left: x(q.from), width: x(q.to) - x(q.from) }}>{`Q${q.quarter}`}</div>
                  ))}
              </div>
              <div className="gantt-axis-row gantt-milestones">
                {layout.milestones.map((m) => (
                  <div key={m.id} className={`gantt-milestone${m.gate ? ' gate' : ''}${m.at > layout.horizon - 0.75 ? ' end' : ''}`} style={{ left: x(m.at) }} title={`${m.id} · ${m.name} · ${f.date(m.date)}`}>
                    <span className="gantt-diamond" />
                    <span className="gantt-milestone-label">{m.id}</span>
                  </div>
                ))}
              </div>
            </div>
          </div>
          <div className="gantt-body" style={{ height: bodyHeight }}>
            <div className="gantt-lines" aria-hidden="true" style={{ width }}>
              {(zoom === 'month' ? layout.months.map((m) => m.from) : layout.quarters.map((q) => q.from)).map((p) => (
                <span key={p} className="gantt-line" style={{ left: x(p) }} />
              ))}
              {layout.milestones.filter((m) => m.gate).map((m) => <span key={m.id} className="gantt-line gantt-line-gate" style={{ left: x(m.at) }} />)}
              {layout.asOf?.within && (
                <span className={`gantt-asof${layout.asOf.at > layout.horizon * 0.7 ? ' left' : ''}`} style={{ left: x(layout.asOf.at), background: AS_OF_COLOUR }}>
                  <span style={{ background: AS_OF_COLOUR }}>{t('overview.today')} · {f.date(layout.asOf.date)}</span>
                </span>
              )}
            </div>
            <ul className="gantt-rows" aria-label={t('roadmap.efforts')}>
              {layout.bands.map((band) => {
                return (
                  <li key={band.id} className="gantt-band">
                    <h3 className="gantt-band-title" style={{ height: ROW }}>{band.title}</h3>
                    <ul className="gantt-band-rows">
                      {band.rows.map((bar) => (
                        <GanttRow key={bar.id} bar={bar} x={x} status={efforts.get(bar.id)}
                          onShow={setActive} onHide={() => setActive((a) => (a?.id === bar.id ? undefined : a))} />
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
            {active && (
              <GanttTooltip bar={active} status={efforts.get(active.id)} owner={owners.get(active.id)}
                left={Math.min(x(active.to), width - 40)} top={rowTop(layout, active) + ROW} />
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

/** Top of a bar's row in the body: its band headers plus the rows before it. */
function rowTop(layout: RoadmapLayout, bar: RoadmapBar): number {
  let bands = 0;
  for (const b of layout.bands) {
    bands++;
    if (b.rows.some((r) => r.id === bar.id)) break;
  }
  const before = layout.bands.slice(0, bands - 1).reduce((n, b) => n + b.rows.length, 0);
  const index = layout.bands[bands - 1]!.rows.findIndex((r) => r.id === bar.id);
  return (bands + before + index) * ROW;
}

function GanttRow({ bar, x, status, onShow, onHide }: {
  readonly bar: RoadmapBar;
  readonly x: (p: number) => number;
  readonly status: EffortStatus | undefined;
  readonly onShow: (bar: RoadmapBar) => void;
  readonly onHide: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const state = bar.state;
  const stateWord = t(`roadmapState.${state ?? 'none'}`);
  const style = barStyle(state, bar.mode);
  const label = t('roadmap.barLabel', {
    id: bar.id, name: bar.name, from: f.date(bar.start), to: f.date(bar.end), state: stateWord,
    mode: t(`roadmap.mode.${bar.mode}`),
  });
  const percent = status?.percentComplete;
  return (
    <li className="gantt-row" style={{ height: ROW }}>
      <div className={`gantt-label${bar.illustrative ? ' illustrative' : ''}`}>
        <span className="gantt-id">{bar.id}</span>
        <span className="gantt-name" title={bar.name}>{bar.name}</span>
        <span className="gantt-state" style={{ color: STATE_COLOUR[state ?? 'none'] }}>
          <span className="gantt-state-dot" style={{ background: STATE_COLOUR[state ?? 'none'] }} aria-hidden="true" />
          {stateWord}
        </span>
      </div>
      <div className="gantt-track">
        {bar.visible && (
          <button type="button" className="gantt-bar" aria-label={label}
            style={{ left: x(bar.from) + 1, width: Math.max(4, x(bar.to) - x(bar.from) - 2), ...style }}
            onMouseEnter={() => onShow(bar)} onMouseLeave={onHide} onFocus={() => onShow(bar)} onBlur={onHide}
            onKeyDown={(e) => { if (e.key === 'Escape') onHide(); }}>
            {percent !== undefined && percent > 0 && percent < 100 && bar.mode === 'projectmatig' && state !== 'planned' && (
              <span className="gantt-progress" style={{ left: `${percent}%` }} />
            )}
          </button>
        )}
      </div>
    </li>
  );
}
