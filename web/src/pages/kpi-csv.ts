import type { ProgrammeStatus } from '../../../src/steer/status-types.js';
import type { Format } from '../format/use-format.js';

/**
 * The KPI table as a CSV file for Excel: in Dutch with semicolons and decimal commas (what Dutch Excel
 * expects), in English with commas and decimal points; UTF-8 with a BOM so Excel reads the accents.
 */
export function kpiCsv(status: ProgrammeStatus, f: Format, t: (key: string) => string): string {
  const sep = f.lang === 'nl' ? ';' : ',';
  const num = (n: number | undefined) => (n === undefined ? '' : f.lang === 'nl' ? String(n).replace('.', ',') : String(n));
  const cell = (v: string) => (/[";,\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const header = ['kpi', t('kpi.name'), t('kpis.domain'), t('kpis.baseline'), t('kpi.planned'), t('kpi.actual'), t('kpis.measuredOn'), t('kpi.achievement'), t('kpis.goal'), t('kpis.deadline'), t('kpis.forecast'), t('kpi.status'), t('steering.derived'), t('kpi.judgement')];
  const rows = status.kpis.map((k) => [
    k.kpi, k.name, k.domain, num(k.baseline?.value), num(k.planned), num(k.actual?.value), k.actual?.date ?? '',
    num(k.achievement === undefined ? undefined : Math.round(k.achievement * 1000) / 1000), num(k.goal), k.deadline,
    num(k.forecast?.projected === undefined ? undefined : Math.round(k.forecast.projected * 100) / 100), k.rag,
    // The derived RAG beside the one that counts; the judgement's rationale, who and when.
    k.derived.rag, k.override ? `${k.override.rationale} (${k.override.recordedBy}, ${k.override.date})` : '',
  ]);
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

/** Saves the KPI table as `kpis-<programme>-<date>.csv`. */
export function downloadCsv(status: ProgrammeStatus, f: Format, t: (key: string) => string): void {
  const blob = new Blob([kpiCsv(status, f, t)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `kpis-${status.programme.id}-${status.asOf}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
