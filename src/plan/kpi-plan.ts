import type { Kpi } from '../model/index.js';

/** The KPI's numeric target at exactly measurement moment `M<month>`, if one is planned. */
export function kpiTargetAt(kpi: Kpi, month: number): number | undefined {
  return kpi.targets.find((t) => t.month === month)?.value;
}
