import { useTranslation } from 'react-i18next';
import type { RoadmapBar } from '../../../src/plan/roadmap-layout.js';
import type { EffortStatus } from '../../../src/steer/status-types.js';
import { useFormat } from '../format/use-format.js';

/** The details of the bar under the pointer or focus. */
export function GanttTooltip({ bar, status, owner, left, top }: {
  readonly bar: RoadmapBar;
  readonly status: EffortStatus | undefined;
  readonly owner: string | undefined;
  readonly left: number;
  readonly top: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="gantt-tooltip" role="tooltip" id="gantt-tooltip" style={{ left, top }}>
      <strong>{bar.id} · {bar.name}</strong>
      <dl className="kv small">
        <dt>{t('roadmap.planned')}</dt><dd>{f.date(bar.start)} – {f.date(bar.end)}</dd>
        <dt>{t('roadmap.state')}</dt><dd>{t(`roadmapState.${bar.state ?? 'none'}`)}</dd>
        <dt>{t('roadmap.modeLabel')}</dt><dd>{t(`roadmap.mode.${bar.mode}`)}</dd>
        {owner && <><dt>{t('roadmap.owner')}</dt><dd>{owner}</dd></>}
        {status?.percentComplete !== undefined && <><dt>{t('roadmap.progress')}</dt><dd>{f.percent(status.percentComplete / 100)}</dd></>}
        {status && status.state !== 'done' && status.slippageDays !== 0 && (
          <><dt>{t('roadmap.forecastEnd')}</dt><dd>{f.date(status.forecastEnd)} ({t('roadmap.slippage', { count: status.slippageDays })})</dd></>
        )}
        {status?.actualEnd && <><dt>{t('roadmap.actualEnd')}</dt><dd>{f.date(status.actualEnd)}</dd></>}
        {bar.dependsOn.length > 0 && <><dt>{t('roadmap.dependsOn')}</dt><dd>{bar.dependsOn.join(', ')}</dd></>}
        {status && status.blockedBy.length > 0 && <><dt>{t('roadmap.blockedBy')}</dt><dd>{status.blockedBy.join(', ')}</dd></>}
      </dl>
      {bar.illustrative && <span className="tag">{t('roadmap.illustrative')}</span>}
    </div>
  );
}
