import { dateOfDay } from './day-number.js';
import { effortOn } from './effort-model.js';
import type { EffortModel } from './effort-model.js';
import type { StatusContext } from './status-context.js';
import type { EffortStatus } from './status-types.js';

/** The status of one effort on `day`, with the predecessors that block it. */
export function effortStatus(ctx: StatusContext, m: EffortModel, day: number): EffortStatus {
  const { effort } = m;
  const e = effortOn(m, day, ctx.options.lateToleranceDays);
  const duration = m.endDay - m.startDay + 1;
  const elapsed = Math.min(duration, Math.max(0, day - m.startDay + 1));
  return {
    effort: effort.id,
    name: effort.name,
    label: effort.label,
    domain: effort.domain,
    mode: effort.mode,
    plannedStart: effort.start,
    plannedEnd: effort.end,
    state: e.state,
    evidence: e.evidence,
    percentComplete: e.record?.percentComplete,
    plannedPercent: Math.round((elapsed / duration) * 1000) / 10,
    progressDate: e.record?.date,
    actualStart: e.record?.actualStart,
    actualEnd: e.state === 'done' ? e.record?.actualEnd : undefined,
    forecastEnd: dateOfDay(e.forecastEndDay),
    slippageDays: e.slippageDays,
    blockedBy: e.state === 'done' || day < m.startDay ? [] : blockedBy(ctx, m, day),
  };
}

/** Predecessors that are not done on `day`; a predecessor without progress records follows its plan. */
export function blockedBy(ctx: StatusContext, m: EffortModel, day: number): string[] {
  return m.effort.dependsOn.filter((id) => {
    const other = ctx.efforts.get(id);
    return other !== undefined && effortOn(other, day, ctx.options.lateToleranceDays).state !== 'done';
  });
}
