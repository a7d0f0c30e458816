import type { IsoDate } from '../calendar/index.js';
import type {
  BudgetEntry, CriterionCheck, EffortProgress, EscalationAcknowledgement, EscalationSignal, GateDecision, Kpi, Measurement,
  OverrideSubject, Programme, Records, RiskEntry, SteeringOverride,
} from '../model/index.js';
import { dayOf, lastAtOrBefore } from './day-number.js';
import type { NoticeCode, StatusNotice } from './status-types.js';

type RecordKind = keyof Records;

/** Records of one subject, ascending by date; records of the same date keep their input order, so the later one wins. */
export interface Timeline<T> {
  readonly days: readonly number[];
  readonly items: readonly T[];
}

/** Every record on or before the as-of date, grouped per subject and sorted once. */
export interface RecordIndex {
  readonly asOfDay: number;
  readonly measurements: ReadonlyMap<string, Timeline<Measurement>>;
  readonly progress: ReadonlyMap<string, Timeline<EffortProgress>>;
  readonly decisions: ReadonlyMap<string, Timeline<GateDecision>>;
  readonly checks: ReadonlyMap<string, Timeline<CriterionCheck>>;
  /** Per `overrideKey` of the subject: a stuurparameter id, or `kpi` + NUL + a KPI id. */
  readonly overrides: ReadonlyMap<string, Timeline<SteeringOverride>>;
  /** Per rule id. */
  readonly signals: ReadonlyMap<string, Timeline<EscalationSignal>>;
  /** Per `rule` + NUL + `subject`. */
  readonly acknowledgements: ReadonlyMap<string, Timeline<EscalationAcknowledgement>>;
  /** The latest entry of each register risk. */
  readonly risks: readonly RiskEntry[];
  readonly budget: Timeline<BudgetEntry>;
  readonly notices: readonly StatusNotice[];
}

export const EMPTY_TIMELINE: Timeline<never> = { days: [], items: [] };

export const ackKey = (rule: string, subject: string) => `${rule}\u0000${subject}`;

/** The key of an override's subject in `RecordIndex.overrides`; a stuurparameter keeps its bare id. */
export const overrideKey = (subject: OverrideSubject): string =>
  subject.kind === 'kpi' ? kpiOverrideKey(subject.kpi) : subject.parameter;

export const kpiOverrideKey = (kpi: Kpi['id']): string => `kpi\u0000${kpi}`;

// Records come from files and a database; a malformed subject is noted, never a crash.
const isSubject = (s: unknown): s is OverrideSubject =>
  typeof s === 'object' && s !== null && ((s as OverrideSubject).kind === 'kpi' || (s as OverrideSubject).kind === 'parameter');

const looksLikeDate = (s: unknown): s is IsoDate =>
  typeof s === 'string' && s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45;

class Notices {
  private readonly map = new Map<string, { code: NoticeCode; records: RecordKind; subject: string; count: number; date: IsoDate }>();
  add(code: NoticeCode, records: RecordKind, subject: string, date: IsoDate): void {
    const key = `${code}\u0000${records}\u0000${subject}`;
    const entry = this.map.get(key);
    if (!entry) this.map.set(key, { code, records, subject: subject.replace('\u0000', ' / '), count: 1, date });
    else {
      entry.count++;
      if (date < entry.date) entry.date = date;
    }
  }
  list(): StatusNotice[] {
    return [...this.map.values()];
  }
}

function group<T extends { readonly date: IsoDate }>(
  records: readonly T[], kind: RecordKind, keyOf: (r: T) => string, known: ((key: string) => boolean) | undefined,
  asOfDay: number, notices: Notices, valid: (r: T) => boolean = () => true,
): Map<string, Timeline<T>> {
  const groups = new Map<string, { days: number[]; items: T[]; sorted: boolean }>();
  for (const r of records) {
    const key = keyOf(r);
    if (!looksLikeDate(r.date) || !valid(r)) {
      notices.add('invalid-value', kind, key, looksLikeDate(r.date) ? r.date : '');
      continue;
    }
    if (known && !known(key)) {
      notices.add('unknown-reference', kind, key, r.date);
      continue;
    }
    const day = dayOf(r.date);
    if (day > asOfDay) {
      notices.add('after-as-of', kind, key, r.date);
      continue;
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { days: [], items: [], sorted: true }));
    if (g.days.length && g.days[g.days.length - 1]! > day) g.sorted = false;
    g.days.push(day);
    g.items.push(r);
  }
  const result = new Map<string, Timeline<T>>();
  for (const [key, g] of groups) {
    if (g.sorted) {
      result.set(key, g);
      continue;
    }
    // Sort day × 2^k + input position as plain numbers: fast, and records of one date keep their input order.
    const n = g.days.length;
    const scale = 2 ** Math.ceil(Math.log2(n + 1));
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = g.days[i]! * scale + i;
    keys.sort();
    const days: number[] = new Array<number>(n);
    const items: T[] = new Array<T>(n);
    for (let i = 0; i < n; i++) {
      const day = Math.floor(keys[i]! / scale);
      days[i] = day;
      items[i] = g.items[keys[i]! - day * scale]!;
    }
    result.set(key, { days, items });
  }
  return result;
}

/** Groups and sorts every record once, dropping (and noting) those after `asOfDay`, of unknown subjects, or malformed. */
export function indexRecords(programme: Programme, records: Records, asOfDay: number): RecordIndex {
  const notices = new Notices();
  const ids = (list: readonly { readonly id: string }[]) => {
    const set = new Set(list.map((x) => x.id));
    return (key: string) => set.has(key);
  };
  const criteria = new Set(programme.milestones.flatMap((m) => m.criteria.map((c) => c.id)));
  const rules = new Set(programme.escalation.rules.map((r) => r.id));
  const finite = (n: number) => typeof n === 'number' && Number.isFinite(n);

  const measurements = group(records.measurements, 'measurements', (m) => m.kpi, ids(programme.kpis), asOfDay, notices, (m) => finite(m.value));
  const startDay = dayOf(programme.startDate);
  for (const kpi of programme.kpis) {
    const t = measurements.get(kpi.id);
    if (!t) continue;
    // Before the start a measurement is a nulmeting: the earliest one stands in for an "n.m." baseline, the rest are unused.
    let before = 0;
    while (before < t.days.length && t.days[before]! < startDay) before++;
    const used = kpi.baseline.value === undefined && kpi.unit.kind !== 'relative' ? 1 : 0;
    for (let i = used; i < before; i++) notices.add('before-start', 'measurements', kpi.id, t.items[i]!.date);
  }

  const riskTimelines = group(records.risks, 'risks', (r) => r.id, undefined, asOfDay, notices);
  return {
    asOfDay,
    measurements,
    progress: group(records.progress, 'progress', (p) => p.effort, ids(programme.efforts), asOfDay, notices, (p) => finite(p.percentComplete)),
    decisions: group(records.decisions, 'decisions', (d) => d.milestone, ids(programme.milestones), asOfDay, notices),
    checks: group(records.checks, 'checks', (c) => c.criterion, (key) => criteria.has(key), asOfDay, notices),
    overrides: group(
      records.overrides, 'overrides', (o) => (isSubject(o.subject) ? overrideKey(o.subject) : ''),
      ids([...programme.steering, ...programme.kpis.map((k) => ({ id: kpiOverrideKey(k.id) }))]), asOfDay, notices, (o) => isSubject(o.subject),
    ),
    signals: group(records.signals, 'signals', (s) => s.rule, (key) => rules.has(key), asOfDay, notices),
    acknowledgements: group(records.acknowledgements, 'acknowledgements', (a) => ackKey(a.rule, a.subject), (key) => rules.has(key.split('\u0000')[0]!), asOfDay, notices),
    risks: [...riskTimelines.values()].map((t) => t.items[t.items.length - 1]!),
    budget: group(records.budget, 'budget', () => 'budget', undefined, asOfDay, notices, (b) => finite(b.planned) && finite(b.spent)).get('budget') ?? EMPTY_TIMELINE,
    notices: notices.list(),
  };
}

/** The latest item on or before `day`, by binary search. */
export function latest<T>(timeline: Timeline<T> | undefined, day: number): T | undefined {
  if (!timeline) return undefined;
  const i = lastAtOrBefore(timeline.days, day);
  return i < 0 ? undefined : timeline.items[i];
}
