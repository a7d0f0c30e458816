import type { IsoDate } from '../calendar/index.js';
import type { Criterion, Effort, Kpi, KpiTarget, Milestone, Programme } from '../model/index.js';

/** A KPI target as the diff shows it: the number and the label the documents print. */
export interface TargetValue {
  readonly value: number | undefined;
  readonly label: string | undefined;
  readonly measured: boolean;
}

/** A change to an effort's dates. */
export type EffortChange =
  | { readonly kind: 'effort-added'; readonly effort: Effort['id']; readonly name: string; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'effort-removed'; readonly effort: Effort['id']; readonly name: string; readonly start: IsoDate; readonly end: IsoDate }
  | {
      readonly kind: 'effort-rescheduled';
      readonly effort: Effort['id'];
      readonly name: string;
      readonly before: { readonly start: IsoDate; readonly end: IsoDate };
      readonly after: { readonly start: IsoDate; readonly end: IsoDate };
    };

/** A change to a KPI's targets or goal. */
export type KpiTargetChange =
  | { readonly kind: 'kpi-added'; readonly kpi: Kpi['id']; readonly name: string }
  | { readonly kind: 'kpi-removed'; readonly kpi: Kpi['id']; readonly name: string }
  | { readonly kind: 'target-added'; readonly kpi: Kpi['id']; readonly name: string; readonly moment: string; readonly after: TargetValue }
  | { readonly kind: 'target-removed'; readonly kpi: Kpi['id']; readonly name: string; readonly moment: string; readonly before: TargetValue }
  | { readonly kind: 'target-changed'; readonly kpi: Kpi['id']; readonly name: string; readonly moment: string; readonly before: TargetValue; readonly after: TargetValue }
  | {
      readonly kind: 'goal-changed';
      readonly kpi: Kpi['id'];
      readonly name: string;
      readonly before: { readonly value: number; readonly label: string | undefined; readonly deadline: number };
      readonly after: { readonly value: number; readonly label: string | undefined; readonly deadline: number };
    };

/** A change to a go/no-go moment or its criteria. */
export type GateChange =
  | { readonly kind: 'gate-added'; readonly milestone: Milestone['id']; readonly name: string; readonly date: IsoDate; readonly criteria: readonly string[] }
  | { readonly kind: 'gate-removed'; readonly milestone: Milestone['id']; readonly name: string; readonly date: IsoDate }
  | { readonly kind: 'gate-moved'; readonly milestone: Milestone['id']; readonly name: string; readonly before: IsoDate; readonly after: IsoDate }
  | { readonly kind: 'criterion-added'; readonly milestone: Milestone['id']; readonly criterion: Criterion['id']; readonly text: string }
  | { readonly kind: 'criterion-removed'; readonly milestone: Milestone['id']; readonly criterion: Criterion['id']; readonly text: string }
  | {
      readonly kind: 'criterion-changed';
      readonly milestone: Milestone['id'];
      readonly criterion: Criterion['id'];
      readonly before: string;
      readonly after: string;
    };

/** What changed between two versions of a plan, in plan order. Empty lists mean no change. */
export interface PlanDiff {
  readonly efforts: readonly EffortChange[];
  readonly kpiTargets: readonly KpiTargetChange[];
  readonly gateCriteria: readonly GateChange[];
}

/**
 * The readable difference between two versions of a programme: efforts' dates, KPI targets and
 * goals, and go/no-go moments with their criteria.
 *
 * @example
 * const diff = diffPlans(version1, version2);
 * diff.efforts // [{ kind: 'effort-rescheduled', effort: 'SYS-01', before: {…}, after: {…} }]
 */
export function diffPlans(before: Programme, after: Programme): PlanDiff {
  return { efforts: diffEfforts(before.efforts, after.efforts), kpiTargets: diffKpis(before.kpis, after.kpis), gateCriteria: diffGates(before.milestones, after.milestones) };
}

/** True when the two plans agree on everything `diffPlans` compares. */
export function isEmptyDiff(diff: PlanDiff): boolean {
  return diff.efforts.length === 0 && diff.kpiTargets.length === 0 && diff.gateCriteria.length === 0;
}

function diffEfforts(before: readonly Effort[], after: readonly Effort[]): EffortChange[] {
  const old = new Map(before.map((e) => [e.id, e]));
  const changes: EffortChange[] = [];
  for (const e of after) {
    const was = old.get(e.id);
    if (!was) changes.push({ kind: 'effort-added', effort: e.id, name: e.name, start: e.start, end: e.end });
    else if (was.start !== e.start || was.end !== e.end) {
      changes.push({ kind: 'effort-rescheduled', effort: e.id, name: e.name, before: { start: was.start, end: was.end }, after: { start: e.start, end: e.end } });
    }
  }
  const kept = new Set(after.map((e) => e.id));
  for (const e of before) if (!kept.has(e.id)) changes.push({ kind: 'effort-removed', effort: e.id, name: e.name, start: e.start, end: e.end });
  return changes;
}

function diffKpis(before: readonly Kpi[], after: readonly Kpi[]): KpiTargetChange[] {
  const old = new Map(before.map((k) => [k.id, k]));
  const changes: KpiTargetChange[] = [];
  for (const k of after) {
    const was = old.get(k.id);
    if (!was) {
      changes.push({ kind: 'kpi-added', kpi: k.id, name: k.name });
      continue;
    }
    const oldTargets = new Map(was.targets.map((t) => [t.moment, t]));
    for (const t of k.targets) {
      const wasT = oldTargets.get(t.moment);
      if (!wasT) changes.push({ kind: 'target-added', kpi: k.id, name: k.name, moment: t.moment, after: target(t) });
      else if (!sameTarget(wasT, t)) changes.push({ kind: 'target-changed', kpi: k.id, name: k.name, moment: t.moment, before: target(wasT), after: target(t) });
    }
    const moments = new Set(k.targets.map((t) => t.moment));
    for (const t of was.targets) if (!moments.has(t.moment)) changes.push({ kind: 'target-removed', kpi: k.id, name: k.name, moment: t.moment, before: target(t) });
    if (was.goal.value !== k.goal.value || was.goal.label !== k.goal.label || was.deadline !== k.deadline) {
      changes.push({
        kind: 'goal-changed',
        kpi: k.id,
        name: k.name,
        before: { value: was.goal.value, label: was.goal.label, deadline: was.deadline },
        after: { value: k.goal.value, label: k.goal.label, deadline: k.deadline },
      });
    }
  }
  const kept = new Set(after.map((k) => k.id));
  for (const k of before) if (!kept.has(k.id)) changes.push({ kind: 'kpi-removed', kpi: k.id, name: k.name });
  return changes;
}

const target = (t: KpiTarget): TargetValue => ({ value: t.value, label: t.label, measured: t.measured });
const sameTarget = (a: KpiTarget, b: KpiTarget) => a.value === b.value && a.label === b.label && a.measured === b.measured;

function diffGates(before: readonly Milestone[], after: readonly Milestone[]): GateChange[] {
  const old = new Map(before.filter((m) => m.gate).map((m) => [m.id, m]));
  const changes: GateChange[] = [];
  for (const m of after.filter((g) => g.gate)) {
    const was = old.get(m.id);
    if (!was) {
      changes.push({ kind: 'gate-added', milestone: m.id, name: m.name, date: m.date, criteria: m.criteria.map((c) => c.text) });
      continue;
    }
    if (was.date !== m.date) changes.push({ kind: 'gate-moved', milestone: m.id, name: m.name, before: was.date, after: m.date });
    changes.push(...diffCriteria(m.id, was.criteria, m.criteria));
  }
  const kept = new Set(after.filter((m) => m.gate).map((m) => m.id));
  for (const m of old.values()) if (!kept.has(m.id)) changes.push({ kind: 'gate-removed', milestone: m.id, name: m.name, date: m.date });
  return changes;
}

/**
 * Criteria are numbered by position, so an inserted criterion renumbers the ones after it. Matching
 * by content first keeps such a shift from showing up as a change to every later criterion.
 */
function diffCriteria(milestone: Milestone['id'], before: readonly Criterion[], after: readonly Criterion[]): GateChange[] {
  const key = (c: Criterion) => `${c.text}\u0000${JSON.stringify(c.needs)}`;
  const unmatchedOld = new Map(before.map((c) => [c.id, c]));
  const unmatchedNew: Criterion[] = [];
  for (const c of after) {
    const same = [...unmatchedOld.values()].find((o) => key(o) === key(c));
    if (same) unmatchedOld.delete(same.id);
    else unmatchedNew.push(c);
  }
  const changes: GateChange[] = [];
  for (const c of unmatchedNew) {
    const was = unmatchedOld.get(c.id);
    if (was) {
      unmatchedOld.delete(c.id);
      changes.push({ kind: 'criterion-changed', milestone, criterion: c.id, before: describeCriterion(was), after: describeCriterion(c) });
    } else changes.push({ kind: 'criterion-added', milestone, criterion: c.id, text: describeCriterion(c) });
  }
  for (const c of unmatchedOld.values()) changes.push({ kind: 'criterion-removed', milestone, criterion: c.id, text: describeCriterion(c) });
  return changes;
}

function describeCriterion(c: Criterion): string {
  const needs = c.needs.map((n) => (n.kind === 'effort-finished' ? `${n.effort} finished` : `${n.kpi} reaches ${n.value}`));
  return needs.length ? `${c.text} (${needs.join(', ')})` : c.text;
}
