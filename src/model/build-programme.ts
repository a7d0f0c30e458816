import { isYearMonth, lastDayOfMonth, monthEnd, monthStart } from '../calendar/index.js';
import { effortDates } from './effort-dates.js';
import { tolerancesDefault, WEEKDAYS } from './file/governance-schema.js';
import type { ProgrammeFile } from './file/programme-file-schema.js';
import { planValue, shareValue } from './file/values-schema.js';
import type { Band, Criterion, CriterionNeed, Kpi, MeetingTime, Programme, SteeringParameterId, Unit, Weekday } from './programme.js';

const STEERING_ORDER: readonly SteeringParameterId[] = ['doeltreffendheid', 'tempo', 'haalbaarheid', 'wendbaarheid', 'efficientie'];

/** Turns a programme file that passed the schema and `checkReferences` into the model. */
export function buildProgramme(file: ProgrammeFile): Programme {
  const { programme: p } = file;
  const dateOf = (s: string) => (isYearMonth(s) ? lastDayOfMonth(s) : s);
  const quarters = Math.ceil(p.horizon / 3);

  return {
    id: p.id,
    name: p.name,
    organisation: p.organisation,
    start: p.start,
    horizon: p.horizon,
    startDate: monthStart(p.start, 1),
    endDate: monthEnd(p.start, p.horizon),
    version: p.version === undefined ? undefined : String(p.version),
    vision: p.vision.trim(),
    goals: p.goals.map((g) => ({ id: g.id, name: g.name, description: g.description, benefits: g.benefits })),
    roles: file.roles,
    domains: file.domains.map((d) => ({ id: d.id, name: d.name, title: d.title ?? d.name.toUpperCase() })),
    phases: file.phases,
    milestones: file.milestones.map((m) => ({
      id: m.id,
      name: m.name,
      description: m.description,
      month: m.month,
      date: monthEnd(p.start, m.month),
      gate: m.gate,
      criteria: m.criteria.map((c, i): Criterion => {
        const id = `${m.id}.${i + 1}`;
        if (typeof c === 'string') return { id, text: c, needs: [] };
        const needs: CriterionNeed[] = (c.efforts ?? []).map((effort) => ({ kind: 'effort-finished', effort }));
        if (c.kpi !== undefined && c.value !== undefined) needs.push({ kind: 'kpi-reaches', kpi: c.kpi, value: c.value });
        return { id, text: c.text, needs };
      }),
    })),
    efforts: file.efforts.map((e) => ({
      id: e.id,
      name: e.name,
      label: e.label ?? e.name,
      domain: e.domain,
      ...effortDates(e)!,
      mode: e.mode,
      owner: e.owner,
      dependsOn: e.dependsOn,
      serves: e.serves,
      management: e.management,
      illustrative: e.illustrative,
    })),
    capabilities: file.capabilities.map((c) => ({ id: c.id, name: c.name, description: c.description, benefits: c.benefits })),
    kpis: file.kpis.map((k): Kpi => {
      const targets = Object.entries(k.targets)
        .map(([moment, v]) => ({ moment, month: Number(moment.slice(1)), ...planValue(v) }))
        .sort((a, b) => a.month - b.month);
      const goal = planValue(k.goal);
      const baseline = planValue(k.baseline);
      return {
        id: k.id,
        name: k.name,
        domain: k.domain,
        unit: unitOf(k.unit),
        direction: k.direction,
        baseline,
        targets,
        goal: { value: goal.value ?? targets.findLast((t) => t.value !== undefined)?.value ?? baseline.value ?? 0, label: goal.label },
        deadline: k.deadline ?? targets.at(-1)?.month ?? p.horizon,
        tolerances: k.tolerances && { green: shareValue(k.tolerances.green), amber: shareValue(k.tolerances.amber) },
        source: k.source,
        illustrative: k.illustrative,
      };
    }),
    benefits: file.benefits.map((b) => ({
      id: b.id,
      name: b.name,
      description: b.description,
      owner: b.owner,
      sectors: b.sectors,
      priority: b.priority,
      indicators: b.indicators,
      baseline: { ...b.baseline, date: dateOf(b.baseline.date) },
      target: { level: b.target.level, deadline: dateOf(b.target.deadline) },
      capabilities: b.capabilities,
      efforts: b.efforts,
      risks: b.risks,
      moments: [...b.moments].sort((x, y) => x - y),
      dependsOn: b.dependsOn.map((d) => ({ benefit: d.benefit, kind: d.kind, threshold: shareValue(d.threshold), note: d.note })),
      roadmap: Array.from({ length: quarters }, (_, q): Band | undefined => b.roadmap[`Q${q + 1}`]),
      illustrative: b.illustrative,
    })),
    cycles: file.cycles,
    steering: STEERING_ORDER.map((id) => ({ id, norm: file.steering[id].norm, description: file.steering[id].description })),
    escalation: {
      to: file.escalation.to,
      rules: file.escalation.rules.map((r) => (r.kind === 'benefit-behind' ? { ...r, threshold: shareValue(r.threshold) } : r)),
    },
    cadence: file.cadence.map((c) => ({ frequency: c.frequency, forum: c.forum, activities: c.activities, meeting: c.meeting && meetingTime(c.meeting) })),
    tolerances: file.tolerances
      ? { green: shareValue(file.tolerances.green), amber: shareValue(file.tolerances.amber) }
      : tolerancesDefault,
    benefitReporting: file.benefitReporting,
  };
}

function meetingTime(meeting: NonNullable<ProgrammeFile['cadence'][number]['meeting']>): MeetingTime {
  const { day, week, time, minutes } = meeting;
  return {
    weekday: day === undefined ? undefined : ((WEEKDAYS.indexOf(day) + 1) as Weekday),
    week: week === undefined ? undefined : week === 'eerste' ? 'first' : 'last',
    time: time === 'hele-dag' ? 'all-day' : time,
    minutes,
  };
}

function unitOf(unit: ProgrammeFile['kpis'][number]['unit']): Unit {
  if (typeof unit !== 'string') return unit.kind === 'count' ? { kind: 'count', per: unit.per } : unit.kind === 'number' ? { kind: 'number', symbol: unit.symbol } : unit;
  switch (unit) {
    case 'score': return { kind: 'score', max: 10 };
    case 'count': return { kind: 'count', per: undefined };
    case 'relative': return { kind: 'relative', base: 'nulmeting' };
    case 'number': return { kind: 'number', symbol: undefined };
    default: return { kind: unit };
  }
}
