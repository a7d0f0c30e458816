import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../src/model/programme.js';
import type { KpiStatus } from '../../../src/steer/status-types.js';
import { useFormat } from '../format/use-format.js';
import { monthPosition } from '../format/month-position.js';

/** A measurement as the chart needs it. */
export interface ChartPoint {
  readonly date: string;
  readonly value: number;
}

const W = 560;
const H = 240;
const PAD = { left: 48, right: 16, top: 16, bottom: 30 };

/**
 * One KPI over the programme: the planned trajectory through its measurement moments, the actual
 * measurements, the forecast to the deadline and the as-of line. Hand-built SVG keeps the dashboard's
 * script small; a text summary names what the picture shows.
 */
export function KpiChart({ kpi, status, measurements, start, horizon, asOf }: {
  readonly kpi: Kpi;
  readonly status: KpiStatus;
  readonly measurements: readonly ChartPoint[];
  readonly start: string;
  readonly horizon: number;
  readonly asOf: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const plan: { x: number; y: number; label: string }[] = [];
  if (kpi.baseline.value !== undefined) plan.push({ x: 0, y: kpi.baseline.value, label: t('kpis.baseline') });
  for (const target of kpi.targets) {
    if (target.value !== undefined && target.measured) plan.push({ x: target.month, y: target.value, label: target.moment });
  }
  const actual = [...measurements].sort((a, b) => (a.date < b.date ? -1 : 1)).map((m) => ({ x: monthPosition(start, m.date), y: m.value, date: m.date }));
  const last = actual.at(-1);
  // A linear forecast can run past what the unit allows (121% trained); the line stops at the limit.
  const limit = kpi.unit.kind === 'percentage' ? { min: 0, max: 100 } : kpi.unit.kind === 'score' ? { min: 0, max: kpi.unit.max } : undefined;
  const forecast = status.forecast?.method === 'linear' && last
    ? { x: monthPosition(start, status.forecast.deadline), y: limit ? Math.min(limit.max, Math.max(limit.min, status.forecast.projected)) : status.forecast.projected }
    : undefined;
  const values = [...plan.map((p) => p.y), ...actual.map((a) => a.y), kpi.goal.value, ...(forecast ? [forecast.y] : [])];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (limit) { lo = limit.min; hi = limit.max; }
  if (hi === lo) { hi += 1; lo -= 1; }
  const span = hi - lo;
  if (!limit) { lo -= span * 0.1; hi += span * 0.08; }
  const ticks = niceTicks(lo, hi, 4);
  lo = Math.min(lo, ticks[0]!);
  hi = Math.max(hi, ticks.at(-1)!);
  const sx = (m: number) => PAD.left + (Math.max(0, Math.min(horizon, m)) / horizon) * (W - PAD.left - PAD.right);
  const sy = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const path = (pts: readonly { x: number; y: number }[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
  const asOfX = monthPosition(start, asOf);
  const summary = t('kpis.chartSummary', {
    name: kpi.name,
    planned: status.planned === undefined ? '—' : f.unitValue(status.planned, kpi.unit),
    actual: status.actual ? f.unitValue(status.actual.value, kpi.unit) : t('kpis.noMeasurement'),
    goal: f.unitValue(kpi.goal.value, kpi.unit),
    count: actual.length,
  });
  const monthTicks = Array.from({ length: Math.floor(horizon / 3) + 1 }, (_, i) => i * 3);
  return (
    <figure className="kpi-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-d`} preserveAspectRatio="xMidYMid meet">
        <desc id={`${id}-d`}>{summary}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(v)} y2={sy(v)} stroke="#e5e9f0" />
            <text x={PAD.left - 6} y={sy(v) + 4} textAnchor="end" fontSize="11" fill="#5b6775">{f.number(v)}</text>
          </g>
        ))}
        {monthTicks.map((m) => (
          <text key={m} x={sx(m)} y={H - 10} textAnchor="middle" fontSize="11" fill="#5b6775">{m === 0 ? t('kpis.start') : `M${m}`}</text>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={sy(kpi.goal.value)} y2={sy(kpi.goal.value)} stroke="#1e7b45" strokeWidth="1.5" strokeDasharray="2 3" />
        <text x={W - PAD.right - 2} y={sy(kpi.goal.value) - 5} textAnchor="end" fontSize="10.5" fontWeight="600" fill="#1e7b45">{t('kpis.goal')} {f.unitValue(kpi.goal.value, kpi.unit)}</text>
        {asOfX > 0 && asOfX <= horizon && (
          <g>
            <line x1={sx(asOfX)} x2={sx(asOfX)} y1={PAD.top} y2={H - PAD.bottom} stroke="#0B3D91" strokeWidth="1.5" />
            <text x={sx(asOfX) + 4} y={PAD.top + 9} fontSize="10.5" fontWeight="700" fill="#0B3D91">{t('overview.today')}</text>
          </g>
        )}
        {plan.length > 1 && <path d={path(plan)} fill="none" stroke="#7b8794" strokeWidth="2" strokeDasharray="6 4" />}
        {plan.map((p) => (
          <rect key={`p${p.x}`} x={sx(p.x) - 4} y={sy(p.y) - 4} width="8" height="8" fill="#fff" stroke="#5b6775" strokeWidth="1.5" transform={`rotate(45 ${sx(p.x)} ${sy(p.y)})`}>
            <title>{`${p.label}: ${f.unitValue(p.y, kpi.unit)}`}</title>
          </rect>
        ))}
        {forecast && last && (
          <path d={path([last, forecast])} fill="none" stroke="#1565C0" strokeWidth="2" strokeDasharray="2 4" />
        )}
        {forecast && <circle cx={sx(forecast.x)} cy={sy(forecast.y)} r="4" fill="#fff" stroke="#1565C0" strokeWidth="2" />}
        {actual.length > 1 && <path d={path(actual)} fill="none" stroke="#1565C0" strokeWidth="2.5" />}
        {actual.map((a) => (
          <circle key={a.date} cx={sx(a.x)} cy={sy(a.y)} r="4.5" fill="#1565C0" stroke="#fff" strokeWidth="1.5" data-measurement={a.date}>
            <title>{`${f.date(a.date)}: ${f.unitValue(a.y, kpi.unit)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="chart-legend small">
        <span><i className="lg lg-plan" aria-hidden="true" />{t('kpis.legendPlan')}</span>
        <span><i className="lg lg-actual" aria-hidden="true" />{t('kpis.legendActual')}</span>
        <span><i className="lg lg-forecast" aria-hidden="true" />{t('kpis.legendForecast')}</span>
        <span><i className="lg lg-goal" aria-hidden="true" />{t('kpis.legendGoal')}</span>
      </figcaption>
    </figure>
  );
}

/** Round tick values covering lo…hi. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * mag).find((s) => s >= raw) ?? 10 * mag;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi + step * 0.001; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks.at(-1)! < hi) ticks.push(ticks.at(-1)! + step);
  return ticks;
}
