import type { Band } from '../model/index.js';
import { bandOn, beingRealisedOn, measuredDayOn, plannedRealisationOn, realisationOn } from './benefit-model.js';
import type { BenefitModel } from './benefit-model.js';
import { programmeMonthOf } from '../calendar/index.js';
import { dateOfDay } from './day-number.js';
import { distanceShare, EPSILON } from './kpi-model.js';
import { worstRag } from './rag.js';
import type { StatusContext } from './status-context.js';
import type { BenefitDependencyStatus, BenefitStatus, KpiStatus } from './status-types.js';

/**
 * Behind plan on `day`: the realisation falls short of the planned realisation on the date of the latest
 * indicator measurement by more than the threshold, both as shares of the whole baseline→goal distance.
 */
export function behindOn(b: BenefitModel, day: number, threshold: number): { planned: number; realisation: number; gap: number } | undefined {
  const assessed = assessmentOn(b, day);
  return assessed && assessed.gap > threshold + EPSILON ? assessed : undefined;
}

function assessmentOn(b: BenefitModel, day: number): { planned: number; realisation: number; gap: number } | undefined {
  const measured = measuredDayOn(b, day);
  const planned = measured === undefined ? undefined : plannedRealisationOn(b, measured);
  const realised = realisationOn(b, day);
  if (planned === undefined || realised === undefined) return undefined;
  return { planned, realisation: realised.value, gap: planned - realised.value };
}

/** The dependencies of a benefit on `day`; one is violated while this benefit is being realised and the other is below its threshold. */
export function dependenciesOn(ctx: StatusContext, b: BenefitModel, day: number): BenefitDependencyStatus[] {
  const realising = beingRealisedOn(b, day);
  return b.benefit.dependsOn.map((d) => {
    const realisation = realisationOn(ctx.benefits.get(d.benefit)!, day)?.value;
    return { benefit: d.benefit, kind: d.kind, threshold: d.threshold, realisation, violated: realising && (realisation ?? 0) < d.threshold - EPSILON };
  });
}

/** The status of one benefit on `day`; `kpis` are the KPI statuses on the same day. */
export function benefitStatus(ctx: StatusContext, b: BenefitModel, day: number, kpis: ReadonlyMap<string, KpiStatus>): BenefitStatus {
  const { benefit } = b;
  const realisation = realisationOn(b, day)?.value;
  const measured = measuredDayOn(b, day);
  const assessed = assessmentOn(b, day);
  const indicators = b.indicators.map((k) => {
    const s = kpis.get(k.kpi.id)!;
    const share = s.actual === undefined || s.baseline === undefined ? undefined : distanceShare(s.actual.value, s.baseline.value, s.goal, k.sign);
    return { kpi: k.kpi.id, rag: s.rag, derived: s.derived.rag, share };
  });
  const month = programmeMonthOf(ctx.programme.start, dateOfDay(day));
  const plannedBand: Band | undefined = month < 1 ? undefined : benefit.roadmap[Math.floor((month - 1) / 3)];
  return {
    benefit: benefit.id,
    name: benefit.name,
    owner: benefit.owner,
    priority: benefit.priority,
    rag: worstRag(indicators.map((i) => i.rag)),
    realisation,
    measuredOn: measured === undefined ? undefined : dateOfDay(measured),
    plannedRealisation: plannedRealisationOn(b, day),
    plannedAtMeasurement: assessed?.planned,
    gap: assessed?.gap,
    behind: assessed !== undefined && assessed.gap > ctx.options.behindThreshold + EPSILON,
    band: bandOn(b, day, ctx.options.borgingMeasurements),
    plannedBand,
    beingRealised: beingRealisedOn(b, day),
    indicators,
    dependencies: dependenciesOn(ctx, b, day),
    illustrative: benefit.illustrative,
  };
}
