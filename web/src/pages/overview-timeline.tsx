import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../src/model/programme.js';
import type { ProgrammeStatus } from '../../../src/steer/status-types.js';
import { displayName } from '../format/display-name.js';
import { monthPosition } from '../format/month-position.js';
import { useFormat } from '../format/use-format.js';

/** The phases as a strip across the horizon, with the go/no-go moments and where "vandaag" falls. */
export function PhaseTimeline({ status, model }: { readonly status: ProgrammeStatus; readonly model: Programme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const pct = (months: number) => `${Math.min(100, Math.max(0, (months / model.horizon) * 100))}%`;
  const at = monthPosition(model.start, status.asOf);
  const within = at > 0 && at <= model.horizon;
  const decided = new Set(status.gates.filter((g) => g.state === 'decided').map((g) => g.milestone));
  return (
    <div>
      <div className="timeline" role="img" aria-label={t('overview.timelineLabel', {
        date: f.longDate(status.asOf), month: status.month, horizon: model.horizon, phase: status.phase ? displayName(status.phase.name) : '—',
      })}>
        {model.phases.map((p, i) => (
          <div key={p.id} className={`timeline-phase${status.phase?.id === p.id ? ' current' : ''}`}
            style={{ left: pct(p.from - 1), width: `calc(${pct(p.to - p.from + 1)} - 3px)` }}>
            {t('overview.phaseN', { n: i + 1, name: displayName(p.name) })}
          </div>
        ))}
        {model.milestones.filter((m) => m.gate).map((m) => (
          <div key={m.id} className={`timeline-gate${decided.has(m.id) ? ' decided' : ''}`} style={{ left: pct(m.month) }}>
            <span className="timeline-diamond" />
            <span className="timeline-gate-label">{m.id}</span>
          </div>
        ))}
        {within && (
          <div className="timeline-today" style={{ left: pct(at) }}>
            <span>{t('overview.today')}</span>
          </div>
        )}
      </div>
      <div className="row small muted" style={{ justifyContent: 'space-between' }}>
        <span>{f.date(model.startDate)}</span>
        <span>{within ? t('overview.monthOf', { month: status.month, horizon: model.horizon }) : at <= 0 ? t('overview.beforeStart') : t('overview.afterEnd')}</span>
        <span>{f.date(model.endDate)}</span>
      </div>
    </div>
  );
}
