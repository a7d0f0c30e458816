import { closest } from '../../model/index.js';
import type { SteeringParameterId } from '../../model/index.js';
import { displayCell } from './cell.js';
import type { FieldType } from './column-spec.js';
import { normalizeKey } from './normalize-key.js';
import type { Named, ProgrammeLookup } from './programme-lookup.js';

const LISTED = 15;

function listIds(ids: readonly string[]): string {
  return ids.length <= LISTED ? ids.join(', ') : `${ids.slice(0, LISTED).join(', ')}, …`;
}

interface ReferenceOptions {
  /** The list to look the cell up in. */
  readonly within: (lookup: ProgrammeLookup) => Named;
  /** "a KPI" — used as `"x" is not <what> of <programme>`. */
  readonly what: string;
  /** "a KPI id or name". */
  readonly expected: string;
  /** When the cell names something real but not allowed here (e.g. an automatic criterion), say why. */
  readonly refuse?: (id: string, lookup: ProgrammeLookup) => string | undefined;
}

/** A reference to something in the programme, by id or by name; written as the id. */
export function reference(options: ReferenceOptions): FieldType<string> {
  const expected = (lookup: ProgrammeLookup) => `${options.expected}: ${listIds(options.within(lookup).ids)}`;
  return {
    expected: (ctx) => expected(ctx.lookup),
    parse(cell, ctx) {
      const written = displayCell(cell).trim();
      const named = options.within(ctx.lookup);
      const id = named.byKey.get(normalizeKey(written));
      if (id !== undefined) return { ok: true, value: id };
      const refusal = options.refuse?.(written, ctx.lookup);
      if (refusal) return { ok: false, message: `"${written}" ${refusal}`, expected: expected(ctx.lookup) };
      const hint = closest(written, named.words);
      const suggestion = hint === undefined ? '' : `; did you mean "${hint}"?`;
      return { ok: false, message: `"${written}" is not ${options.what} of ${ctx.programme.name}${suggestion}`, expected: expected(ctx.lookup) };
    },
    write: (value) => value,
  };
}

export const kpiRef = () => reference({ within: (l) => l.kpis, what: 'a KPI', expected: 'a KPI id or name' });
export const effortRef = () => reference({ within: (l) => l.efforts, what: 'an effort', expected: 'an effort id or name' });

export const gateRef = () =>
  reference({
    within: (l) => l.gates,
    what: 'a go/no-go moment',
    expected: 'a milestone with a go/no-go decision',
    refuse: (written, l) => (l.milestones.byKey.has(normalizeKey(written)) ? 'is a milestone without a go/no-go decision' : undefined),
  });

export const manualCriterionRef = () =>
  reference({
    within: (l) => l.manualCriteria,
    what: 'a gate criterion',
    expected: 'a criterion that is checked by hand',
    refuse: (written, l) => (l.criteria.byKey.has(normalizeKey(written)) ? 'is checked by Koers itself (from efforts or KPIs); only criteria without efforts or KPI are checked by hand' : undefined),
  });

export const subjectRef = (options: { readonly milestones: boolean }) =>
  reference({
    within: (l) => (options.milestones ? l.subjectsOrMilestones : l.subjects),
    what: options.milestones ? 'a benefit, effort, milestone or the programme' : 'a benefit, effort or the programme',
    expected: options.milestones ? 'a benefit, effort or milestone id, or the programme id' : 'a benefit or effort id, or the programme id',
  });

export const ruleRef = (options: { readonly reported: boolean }) =>
  reference({
    within: (l) => (options.reported ? l.reportedRules : l.rules),
    what: 'an escalation rule',
    expected: options.reported ? 'an escalation rule that people report' : 'an escalation rule id',
    refuse: (written, l) => (options.reported && l.rules.byKey.has(normalizeKey(written)) ? 'is detected by Koers from the records; it is not reported by hand' : undefined),
  });

/** The lookup maps only to the programme's own parameter ids, so the narrower type holds. */
export const parameterRef = () => reference({ within: (l) => l.parameters, what: 'a stuurparameter', expected: 'a stuurparameter' }) as FieldType<SteeringParameterId>;
