import { useTranslation } from 'react-i18next';
import type { Level, Programme } from '../../../src/model/programme.js';
import type { RiskScore } from '../../../src/steer/status-types.js';

const LEVELS: readonly Level[] = ['L', 'M', 'H'];
const SCORE: Record<Level, number> = { L: 1, M: 2, H: 3 };

/** Kans × impact: a 3×3 grid with the number of risks per cell and the risks listed beside it. */
export function RiskHeatMap({ model, scores }: { readonly model: Programme; readonly scores: readonly RiskScore[] | undefined }) {
  const { t } = useTranslation();
  const risks: readonly Pick<RiskScore, 'id' | 'subject' | 'description' | 'likelihood' | 'impact' | 'score'>[] = scores ?? model.benefits.flatMap((b) =>
    b.risks.map((r) => ({ id: b.id, subject: b.id, description: r.description, likelihood: r.likelihood, impact: r.impact, score: SCORE[r.likelihood] * SCORE[r.impact] })));
  if (risks.length === 0) return <p className="muted">{t('benefits.noRisks')}</p>;
  const cell = (l: Level, i: Level) => risks.filter((r) => r.likelihood === l && r.impact === i);
  const tone = (s: number) => (s >= 6 ? 'heat-high' : s >= 3 ? 'heat-mid' : 'heat-low');
  const sorted = [...risks].sort((a, b) => b.score - a.score);
  return (
    <div className="stack">
      <table className="heat">
        <caption className="visually-hidden">{t('benefits.heatCaption')}</caption>
        <thead>
          <tr>
            <td />
            {LEVELS.map((i) => <th key={i} scope="col">{t('benefits.impact')}: {t(`level.${i}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {[...LEVELS].reverse().map((l) => (
            <tr key={l}>
              <th scope="row">{t('benefits.likelihood')}: {t(`level.${l}`)}</th>
              {LEVELS.map((i) => {
                const here = cell(l, i);
                return (
                  <td key={i} className={tone(SCORE[l] * SCORE[i])} title={here.map((r) => `${r.subject}: ${r.description}`).join('\n')}>
                    <strong>{here.length}</strong>
                    <span className="visually-hidden"> {t('benefits.risksCount', { count: here.length })}</span>
                    {here.length > 0 && <span className="heat-ids">{[...new Set(here.map((r) => r.subject))].join(', ')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="list small" aria-label={t('benefits.riskList')}>
        {sorted.slice(0, 6).map((r, n) => (
          <li key={`${r.id}-${n}`} className="row" style={{ flexWrap: 'nowrap', alignItems: 'flex-start' }}>
            <span className={`tag ${tone(r.score)}`}>{r.score}</span>
            <span><strong>{r.subject}</strong> · {r.description}</span>
          </li>
        ))}
      </ol>
      {sorted.length > 6 && <span className="small muted">{t('benefits.moreRisks', { count: sorted.length - 6 })}</span>}
    </div>
  );
}
