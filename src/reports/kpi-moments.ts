import { addDays, monthEnd } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { Kpi, Measurement, PlanValue, Programme } from '../model/index.js';

/** A KPI measurement moment `M<month>`, falling on the last day of that programme month. */
export interface MomentColumn {
  readonly moment: string;
  readonly month: number;
  readonly date: IsoDate;
}

/** A value as the plan gives it at a month, with whether it is measured then ("n.m." when not). */
export type PlannedValue = PlanValue & { readonly measured: boolean };

/** Every moment any KPI has a target for, in month order: the columns of the KPI table (M3 … M18). */
export function momentColumns(programme: Programme): MomentColumn[] {
  const months = [...new Set(programme.kpis.flatMap((k) => k.targets.map((t) => t.month)))].sort((a, b) => a - b);
  return months.map((month) => ({ moment: `M${month}`, month, date: monthEnd(programme.start, month) }));
}

/**
 * The plan's value for a KPI at the end of programme month `month`: the target of the last moment at or
 * before it, or the baseline before the first target.
 *
 * @example plannedValueAt(kpi, 9) // { value: 50, label: undefined, measured: true }
 */
export function plannedValueAt(kpi: Kpi, month: number): PlannedValue {
  const target = kpi.targets.findLast((t) => t.month <= month);
  return target ?? kpi.baseline;
}

/**
 * The measurement that reports on a moment: the latest one dated after the previous moment's window and
 * up to `graceDays` after this moment's month end, and not after `asOf`. Undefined when none exists.
 */
export function measurementForMoment(
  programme: Programme,
  kpi: Kpi,
  measurements: readonly Measurement[],
  month: number,
  asOf: IsoDate,
  graceDays: number,
): Measurement | undefined {
  const index = kpi.targets.findIndex((t) => t.month === month);
  const previous = index > 0 ? kpi.targets[index - 1]!.month : 0;
  const from = previous > 0 ? addDays(monthEnd(programme.start, previous), graceDays) : '0000-01-01';
  const to = addDays(monthEnd(programme.start, month), graceDays);
  let found: Measurement | undefined;
  for (const m of measurements) {
    if (m.kpi !== kpi.id || m.date <= from || m.date > to || m.date > asOf) continue;
    if (!found || m.date >= found.date) found = m;
  }
  return found;
}
