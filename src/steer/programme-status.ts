import { isIsoDate, programmeMonthOf } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { Programme, Records } from '../model/index.js';
import { benefitStatus } from './benefit-status.js';
import { dayOf } from './day-number.js';
import { effortStatus } from './effort-status.js';
import { escalations } from './escalations.js';
import { gateOn } from './gate-status.js';
import { kpiStatus } from './kpi-status.js';
import { ragCounts, worstRag } from './rag.js';
import { kpiOverrideKey, latest } from './record-index.js';
import { statusContext } from './status-context.js';
import type { StatusOptions } from './status-options.js';
import { StatusError } from './status-error.js';
import { steeringStatus } from './steering-status.js';
import { STATUS_SCHEMA } from './status-types.js';
import type { EffortState, ProgrammeStatus } from './status-types.js';

/**
 * The status of a programme on `asOf`: every KPI, benefit, effort, gate, escalation and stuurparameter,
 * computed from the model and the records dated on or before `asOf`. Pure: the same inputs give the
 * same status, and the result is plain JSON-serialisable data.
 *
 * @example
 * const status = programmeStatus(programme, records, '2026-07-15');
 * status.kpis.find((k) => k.kpi === 'getraind')?.rag // 'groen'
 */
export function programmeStatus(programme: Programme, records: Records, asOf: IsoDate, options?: StatusOptions): ProgrammeStatus {
  if (!isIsoDate(asOf)) throw new StatusError('invalid-as-of', `the as-of date must be a date as YYYY-MM-DD, got "${asOf}"`);
  const day = dayOf(asOf);
  const ctx = statusContext(programme, records, day, options);

  const kpis = [...ctx.kpis.values()].map((m) => kpiStatus(m, day, ctx.options, latest(ctx.index.overrides.get(kpiOverrideKey(m.kpi.id)), day)));
  const byKpi = new Map(kpis.map((k) => [k.kpi, k]));
  const benefits = [...ctx.benefits.values()].map((b) => benefitStatus(ctx, b, day, byKpi));
  const efforts = [...ctx.efforts.values()].map((e) => effortStatus(ctx, e, day));
  const gates = programme.milestones.map((m) => gateOn(ctx, m, day));
  const escalated = escalations(ctx, benefits, gates);
  const steering = steeringStatus(ctx, { kpis, benefits, efforts, gates });

  const month = programmeMonthOf(programme.start, asOf);
  const phase = programme.phases.find((p) => month >= p.from && month <= p.to);
  const effortCounts: Record<EffortState, number> = { planned: 0, running: 0, done: 0, late: 0 };
  for (const e of efforts) effortCounts[e.state]++;

  return {
    schema: STATUS_SCHEMA,
    programme: { id: programme.id, name: programme.name, version: programme.version },
    asOf,
    month,
    phase: phase && { id: phase.id, name: phase.name },
    summary: {
      worst: worstRag([...kpis.map((k) => k.rag), ...benefits.map((b) => b.rag), ...steering.map((s) => s.rag), escalated.length ? 'rood' : undefined]),
      kpis: ragCounts(kpis.map((k) => k.rag)),
      benefits: ragCounts(benefits.map((b) => b.rag)),
      efforts: effortCounts,
      gatesAtRisk: gates.filter((g) => g.atRisk).length,
      escalations: { open: escalated.filter((e) => !e.acknowledged).length, acknowledged: escalated.filter((e) => e.acknowledged).length },
    },
    kpis,
    benefits,
    efforts,
    gates,
    escalations: escalated,
    steering,
    notices: ctx.index.notices,
  };
}
