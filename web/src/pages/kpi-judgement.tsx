import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../../src/steer/status-types.js';
import { RagBadge } from '../components/rag-badge.js';
import { useFormat } from '../format/use-format.js';

/** The human judgement of a KPI's RAG: the rationale, who and when, and the derived RAG it overrules. */
export function KpiJudgement({ status: k }: { readonly status: KpiStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!k.override) return null;
  return (
    <p className="override" data-testid="kpi-judgement">
      <strong>{t('kpi.judgement')}:</strong> {k.override.rationale}
      <br /><span className="muted">{t('kpi.judgementMeta', { who: k.override.recordedBy, date: f.date(k.override.date) })}</span>
      {' · '}{t('kpi.derived')}: <RagBadge rag={k.derived.rag} />
    </p>
  );
}

/** A KPI's RAG in a table cell: the RAG that counts and, under a judgement, the derived one beside it. */
export function KpiRag({ status: k }: { readonly status: KpiStatus }) {
  const { t } = useTranslation();
  return (
    <>
      <RagBadge rag={k.rag} />
      {k.override && <span className="small muted" data-testid="kpi-derived"> {t('kpi.derivedRag', { rag: t(`rag.${k.derived.rag}`) })}</span>}
    </>
  );
}

/** Overzicht: every KPI whose RAG a person judged, with the derived RAG and the rationale; nothing when there is none. */
export function JudgedKpis({ kpis }: { readonly kpis: readonly KpiStatus[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const judged = kpis.filter((k) => k.override);
  if (judged.length === 0) return null;
  return (
    <section className="card print-keep" aria-labelledby="judged-kpis">
      <h2 id="judged-kpis">{t('overview.judgedKpis')}</h2>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('kpi.name')}</th>
              <th scope="col">{t('kpi.judgement')}</th>
              <th scope="col">{t('steering.derived')}</th>
              <th scope="col">{t('entry.rationale')}</th>
            </tr>
          </thead>
          <tbody>
            {judged.map((k) => (
              <tr key={k.kpi} data-kpi={k.kpi}>
                <td>{k.name}</td>
                <td style={{ whiteSpace: 'nowrap' }}><RagBadge rag={k.rag} /></td>
                <td style={{ whiteSpace: 'nowrap' }}><RagBadge rag={k.derived.rag} /></td>
                <td>{k.override!.rationale} <span className="small muted">({t('kpi.judgementMeta', { who: k.override!.recordedBy, date: f.date(k.override!.date) })})</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
