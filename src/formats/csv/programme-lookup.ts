import type { Programme } from '../../model/index.js';
import { normalizeKey } from './normalize-key.js';

/** Things a cell may name, by id or by name. */
export interface Named {
  /** `normalizeKey(id or name)` → id. */
  readonly byKey: ReadonlyMap<string, string>;
  readonly ids: readonly string[];
  /** Ids and names, for "did you mean". */
  readonly words: readonly string[];
}

/** The programme's ids and names, indexed for reading references in record files. */
export interface ProgrammeLookup {
  readonly kpis: Named;
  readonly efforts: Named;
  readonly gates: Named;
  readonly milestones: Named;
  readonly criteria: Named;
  readonly manualCriteria: Named;
  readonly subjects: Named;
  readonly subjectsOrMilestones: Named;
  readonly rules: Named;
  readonly reportedRules: Named;
  readonly parameters: Named;
}

/** Escalation rules that only people can report; the others Koers derives itself. */
export const REPORTED_RULE_KINDS: ReadonlySet<string> = new Set(['commitment', 'external-factor', 'benefit-conflict']);

const PARAMETER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  doeltreffendheid: ['effectiveness'],
  tempo: ['pace', 'speed'],
  haalbaarheid: ['feasibility'],
  wendbaarheid: ['agility'],
  efficientie: ['efficiency', 'efficiëntie'],
};

interface Item {
  readonly id: string;
  readonly names: readonly string[];
}

function named(items: readonly Item[]): Named {
  const byKey = new Map<string, string>();
  const nameCount = new Map<string, number>();
  for (const item of items) for (const name of item.names) nameCount.set(normalizeKey(name), (nameCount.get(normalizeKey(name)) ?? 0) + 1);
  // A name shared by two items names neither; ids always win over names.
  for (const item of items) for (const name of item.names) if (nameCount.get(normalizeKey(name)) === 1) byKey.set(normalizeKey(name), item.id);
  for (const item of items) byKey.set(normalizeKey(item.id), item.id);
  return { byKey, ids: items.map((i) => i.id), words: items.flatMap((i) => [i.id, ...i.names]) };
}

// Programmes are immutable, so a lookup built once serves every later read of the same plan
// (the API server checks each posted record against the same cached programme).
const lookups = new WeakMap<Programme, ProgrammeLookup>();

/** Builds the lookup once per programme. */
export function programmeLookup(programme: Programme): ProgrammeLookup {
  let lookup = lookups.get(programme);
  if (!lookup) lookups.set(programme, (lookup = buildLookup(programme)));
  return lookup;
}

function buildLookup(programme: Programme): ProgrammeLookup {
  const kpis = programme.kpis.map((k) => ({ id: k.id, names: [k.name] }));
  const efforts = programme.efforts.map((e) => ({ id: e.id, names: [e.name] }));
  const milestones = programme.milestones.map((m) => ({ id: m.id, names: [m.name] }));
  const criteria = programme.milestones.flatMap((m) => m.criteria.map((c) => ({ id: c.id, names: [c.text], manual: c.needs.length === 0 })));
  const benefits = programme.benefits.map((b) => ({ id: b.id, names: [b.name] }));
  const subjects = [{ id: programme.id, names: [programme.name] }, ...benefits, ...efforts];
  const rules = programme.escalation.rules.map((r) => ({ id: r.id, names: [r.text], reported: REPORTED_RULE_KINDS.has(r.kind) }));
  return {
    kpis: named(kpis),
    efforts: named(efforts),
    gates: named(programme.milestones.filter((m) => m.gate).map((m) => ({ id: m.id, names: [m.name] }))),
    milestones: named(milestones),
    criteria: named(criteria),
    manualCriteria: named(criteria.filter((c) => c.manual)),
    subjects: named(subjects),
    subjectsOrMilestones: named([...subjects, ...milestones]),
    rules: named(rules),
    reportedRules: named(rules.filter((r) => r.reported)),
    parameters: named(programme.steering.map((p) => ({ id: p.id, names: PARAMETER_ALIASES[p.id] ?? [] }))),
  };
}
