import { useTranslation } from 'react-i18next';
import type { BenefitStatus } from '../../../src/steer/status-types.js';
import { useFormat } from '../format/use-format.js';

const NODE_W = 120;
const NODE_H = 44;
const COL = 170;
const ROW = 70;

/**
 * The dependencies between benefits as a left-to-right graph: a benefit sits one column right of the
 * benefits it needs. A violated dependency (the benefit is realised before the other reached its
 * threshold) is drawn red and dashed and named in the list below, which is also the text alternative.
 */
export function DependencyGraph({ benefits }: { readonly benefits: readonly BenefitStatus[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const edges = benefits.flatMap((b) => b.dependencies.map((d) => ({ from: d.benefit, to: b.benefit, dep: d })));
  if (edges.length === 0) return <p className="muted">{t('benefits.noDependencies')}</p>;
  const level = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const b = benefits.find((x) => x.benefit === id);
    const d = b && b.dependencies.length ? 1 + Math.max(...b.dependencies.map((x) => depth(x.benefit, seen))) : 0;
    level.set(id, d);
    return d;
  };
  benefits.forEach((b) => depth(b.benefit, new Set()));
  const columns = new Map<number, string[]>();
  for (const b of benefits) {
    const l = level.get(b.benefit) ?? 0;
    columns.set(l, [...(columns.get(l) ?? []), b.benefit]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  for (const [l, ids] of columns) ids.forEach((id, i) => pos.set(id, { x: 10 + l * COL, y: 10 + i * ROW }));
  const width = 20 + (Math.max(...columns.keys()) * COL) + NODE_W;
  const height = 20 + Math.max(...[...columns.values()].map((c) => c.length)) * ROW - (ROW - NODE_H);
  const name = new Map(benefits.map((b) => [b.benefit, b.name]));
  return (
    <div className="stack">
      <svg viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', maxWidth: width, height: 'auto' }} aria-hidden="true">
        <defs>
          <marker id="dep-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#5b6775" />
          </marker>
          <marker id="dep-arrow-bad" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#b3261e" />
          </marker>
        </defs>
        {edges.map(({ from, to, dep }) => {
          const a = pos.get(from);
          const b = pos.get(to);
          if (!a || !b) return null;
          const x1 = a.x + NODE_W;
          const y1 = a.y + NODE_H / 2;
          const x2 = b.x;
          const y2 = b.y + NODE_H / 2;
          const mx = (x1 + x2) / 2;
          return (
            <g key={`${from}-${to}`}>
              <path d={`M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2 - 2},${y2}`} fill="none"
                stroke={dep.violated ? '#b3261e' : '#5b6775'} strokeWidth={dep.violated ? 2.5 : 1.5}
                strokeDasharray={dep.violated ? '6 4' : undefined} markerEnd={`url(#${dep.violated ? 'dep-arrow-bad' : 'dep-arrow'})`} />
              <text x={mx} y={(y1 + y2) / 2 - 6} textAnchor="middle" fontSize="11" fontWeight="600" fill={dep.violated ? '#b3261e' : '#3d4a57'}>
                {f.percent(dep.threshold)}{dep.violated ? ' ✕' : ''}
              </text>
            </g>
          );
        })}
        {benefits.map((b) => {
          const p = pos.get(b.benefit)!;
          return (
            <g key={b.benefit}>
              <rect x={p.x} y={p.y} width={NODE_W} height={NODE_H} rx="8" fill="#e3eff6" stroke="#134e6f" />
              <text x={p.x + 10} y={p.y + 18} fontSize="12" fontWeight="700" fill="#134e6f">{b.benefit}</text>
              <text x={p.x + 10} y={p.y + 34} fontSize="11" fill="#3d4a57">{f.percent(b.realisation ?? 0)} {t('benefits.realisedShort')}</text>
            </g>
          );
        })}
      </svg>
      <ul className="list small">
        {edges.map(({ from, to, dep }) => (
          <li key={`${from}-${to}`} data-violated={dep.violated}>
            <strong>{to}</strong> {t('benefits.needs')} <strong>{from}</strong> ({name.get(from)}) {t('benefits.atThreshold', { threshold: f.percent(dep.threshold) })}
            {' · '}{t(`benefits.kind_${dep.kind}`)}
            {' · '}{t('benefits.nowAt', { value: dep.realisation === undefined ? t('benefits.notMeasured') : f.percent(dep.realisation) })}
            {dep.violated && <> · <strong style={{ color: 'var(--rood)' }}>{t('benefits.violated')}</strong></>}
          </li>
        ))}
      </ul>
    </div>
  );
}
