import { monthEnd } from '../calendar/index.js';
import { findCycle } from './find-cycle.js';
import type { FieldPath, ModelIssue } from './model-issue.js';
import { formatPath } from './model-issue.js';
import { closest } from './closest.js';
import { effortDates } from './effort-dates.js';

type Loose = Record<string, unknown>;
interface Item { readonly value: Loose; readonly path: FieldPath }

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function items(parent: unknown, key: string, base: FieldPath = []): Item[] {
  const list = isRecord(parent) ? parent[key] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, i) => (isRecord(value) ? [{ value, path: [...base, key, i] }] : []));
}

function strings(parent: Loose, key: string, base: FieldPath): { id: string; path: FieldPath }[] {
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((v, i) => (typeof v === 'string' ? [{ id: v, path: [...base, key, i] }] : []));
}

/**
 * Checks what a schema cannot see: duplicate ids, references to unknown ids, dependency cycles and
 * months outside the horizon. Works on raw input, so it reports alongside structural problems.
 */
export function checkReferences(raw: unknown): ModelIssue[] {
  const issues: ModelIssue[] = [];
  if (!isRecord(raw)) return issues;

  const idsOf = (list: Item[], kind: string): Set<string> => {
    const seen = new Map<string, FieldPath>();
    for (const { value, path } of list) {
      const id = str(value.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        issues.push({ code: 'duplicate-id', path: [...path, 'id'], message: `duplicate ${kind} id "${id}", first used at ${formatPath(first)}`, expected: `an id not used by another ${kind}` });
      } else seen.set(id, [...path, 'id']);
    }
    return new Set(seen.keys());
  };

  const programme = isRecord(raw.programme) ? raw.programme : {};
  const roles = idsOf(items(raw, 'roles'), 'role');
  const domains = idsOf(items(raw, 'domains'), 'domain');
  const phases = items(raw, 'phases');
  idsOf(phases, 'phase');
  const milestoneItems = items(raw, 'milestones');
  const milestones = idsOf(milestoneItems, 'milestone');
  const effortItems = items(raw, 'efforts');
  const efforts = idsOf(effortItems, 'effort');
  const capabilityItems = items(raw, 'capabilities');
  const capabilities = idsOf(capabilityItems, 'capability');
  const kpiItems = items(raw, 'kpis');
  const kpis = idsOf(kpiItems, 'KPI');
  const benefitItems = items(raw, 'benefits');
  const benefits = idsOf(benefitItems, 'benefit');
  const cycles = items(raw, 'cycles');
  idsOf(cycles, 'cycle');
  const goalItems = items(programme, 'goals', ['programme']);
  idsOf(goalItems, 'goal');
  const escalation = isRecord(raw.escalation) ? raw.escalation : {};
  idsOf(items(escalation, 'rules', ['escalation']), 'escalation rule');

  for (const { value, path } of capabilityItems) {
    const id = str(value.id);
    if (id && benefits.has(id)) {
      issues.push({ code: 'duplicate-id', path: [...path, 'id'], message: `"${id}" is both a capability and a benefit id`, expected: 'capability and benefit ids that differ, because efforts may serve either' });
    }
  }

  const ref = (id: string | undefined, path: FieldPath, known: Set<string>, kind: string) => {
    if (id === undefined || known.has(id)) return;
    const hint = closest(id, known);
    issues.push({
      code: 'unknown-reference',
      path,
      message: `unknown ${kind} "${id}"${hint ? `; did you mean "${hint}"?` : ''}`,
      expected: known.size ? `one of: ${[...known].slice(0, 12).join(', ')}${known.size > 12 ? ', …' : ''}` : `a ${kind} defined in the file`,
    });
  };
  const refs = (parent: Loose, key: string, base: FieldPath, known: Set<string>, kind: string) => {
    for (const { id, path } of strings(parent, key, base)) ref(id, path, known, kind);
  };

  for (const { value, path } of phases) ref(str(value.milestone), [...path, 'milestone'], milestones, 'milestone');
  for (const { value, path } of milestoneItems) {
    const criteria = Array.isArray(value.criteria) ? value.criteria : [];
    criteria.forEach((c, i) => {
      if (!isRecord(c)) return;
      const cPath = [...path, 'criteria', i];
      refs(c, 'efforts', cPath, efforts, 'effort');
      ref(str(c.kpi), [...cPath, 'kpi'], kpis, 'KPI');
      if ((c.kpi === undefined) !== (c.value === undefined)) {
        issues.push({ code: 'missing-field', path: cPath, message: 'a KPI criterion needs both `kpi` and `value`', expected: '{ text, kpi: <KPI id>, value: <number> }' });
      }
    });
  }
  const servable = new Set([...capabilities, ...benefits]);
  for (const { value, path } of effortItems) {
    ref(str(value.domain), [...path, 'domain'], domains, 'domain');
    ref(str(value.owner), [...path, 'owner'], roles, 'role');
    refs(value, 'dependsOn', path, efforts, 'effort');
    refs(value, 'serves', path, servable, 'capability or benefit');
  }
  for (const { value, path } of goalItems) refs(value, 'benefits', path, benefits, 'benefit');
  for (const { value, path } of capabilityItems) refs(value, 'benefits', path, benefits, 'benefit');
  for (const { value, path } of kpiItems) ref(str(value.domain), [...path, 'domain'], domains, 'domain');
  for (const { value, path } of benefitItems) {
    ref(str(value.owner), [...path, 'owner'], roles, 'role');
    refs(value, 'indicators', path, kpis, 'KPI');
    refs(value, 'capabilities', path, capabilities, 'capability');
    refs(value, 'efforts', path, efforts, 'effort');
    for (const dep of items(value, 'dependsOn', path)) {
      ref(str(dep.value.benefit), [...dep.path, 'benefit'], benefits, 'benefit');
      if (dep.value.benefit === value.id) issues.push({ code: 'dependency-cycle', path: [...dep.path, 'benefit'], message: `benefit "${String(value.id)}" depends on itself`, expected: 'another benefit' });
    }
  }
  ref(str(escalation.to), ['escalation', 'to'], roles, 'role');
  for (const { value, path } of items(raw, 'cadence')) ref(str(value.forum), [...path, 'forum'], roles, 'role');

  pushCycle(issues, effortItems, (v) => strings(v, 'dependsOn', []).map((s) => s.id), 'effort', 'dependsOn');
  pushCycle(issues, benefitItems, (v) => items(v, 'dependsOn').map((d) => str(d.value.benefit) ?? ''), 'benefit', 'dependsOn');

  checkHorizon(issues, programme, phases, milestoneItems, effortItems, cycles, benefitItems);
  return issues;
}

function pushCycle(issues: ModelIssue[], list: Item[], next: (v: Loose) => string[], kind: string, key: string) {
  const graph = new Map<string, string[]>();
  const pathOf = new Map<string, FieldPath>();
  for (const { value, path } of list) {
    const id = str(value.id);
    if (id === undefined || graph.has(id)) continue;
    graph.set(id, next(value));
    pathOf.set(id, [...path, key]);
  }
  const cycle = findCycle(graph);
  if (cycle) {
    issues.push({
      code: 'dependency-cycle',
      path: pathOf.get(cycle[0]!)!,
      message: `${kind} dependencies form a cycle: ${[...cycle, cycle[0]].join(' → ')}`,
      expected: `${kind} dependencies without a cycle`,
    });
  }
}

function checkHorizon(issues: ModelIssue[], programme: Loose, phases: Item[], milestones: Item[], efforts: Item[], cycles: Item[], benefits: Item[]) {
  const horizon = num(programme.horizon);
  const start = str(programme.start);
  if (horizon === undefined || start === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(start)) return;
  const end = monthEnd(start, horizon);
  const within = `a month from 1 to ${horizon} (the horizon)`;
  const month = (v: unknown, path: FieldPath) => {
    const m = num(v);
    if (m !== undefined && m > horizon) issues.push({ code: 'outside-horizon', path, message: `month ${m} is after the horizon of ${horizon} months`, expected: within });
  };
  for (const { value, path } of [...phases, ...cycles]) {
    month(value.from, [...path, 'from']);
    month(value.to, [...path, 'to']);
    const from = num(value.from), to = num(value.to);
    if (from !== undefined && to !== undefined && from > to) issues.push({ code: 'invalid-value', path: [...path, 'to'], message: `ends in month ${to}, before it starts in month ${from}`, expected: `a month from ${from} to ${horizon}` });
  }
  for (const { value, path } of milestones) month(value.month, [...path, 'month']);
  for (const { value, path } of benefits) {
    const roadmap = value.roadmap;
    if (!isRecord(roadmap)) continue;
    const quarters = Math.ceil(horizon / 3);
    for (const key of Object.keys(roadmap)) {
      const q = Number(key.slice(1));
      if (q > quarters) issues.push({ code: 'outside-horizon', path: [...path, 'roadmap', key], message: `quarter ${key} is after the horizon (Q${quarters} is the last)`, expected: `a quarter from Q1 to Q${quarters}` });
    }
  }
  for (const { value, path } of efforts) {
    const dates = effortDates(value);
    if (!dates) continue;
    if (dates.start < `${start}-01`) issues.push({ code: 'outside-horizon', path: [...path, 'start'], message: `starts on ${dates.start}, before the programme starts (${start}-01)`, expected: `a start from ${start} onwards` });
    if (dates.end > end) issues.push({ code: 'outside-horizon', path: [...path, value.end !== undefined ? 'end' : 'duration'], message: `ends on ${dates.end}, after the programme's horizon (${end})`, expected: `an end on or before ${end}` });
    if (dates.end < dates.start) issues.push({ code: 'invalid-value', path: [...path, 'end'], message: `ends on ${dates.end}, before it starts on ${dates.start}`, expected: `an end on or after ${dates.start}` });
  }
}
