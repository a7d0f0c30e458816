import { closest } from '../../model/index.js';
import type { SteeringParameterId } from '../../model/index.js';
import { message } from '../messages/index.js';
import type { Message, ReferenceKind } from '../messages/index.js';
import { displayCell } from './cell.js';
import type { FieldType } from './column-spec.js';
import { normalizeKey } from './normalize-key.js';
import type { Named, ProgrammeLookup } from './programme-lookup.js';
import { said } from './record-error.js';

const LISTED = 15;

function listIds(ids: readonly string[]): string {
  return ids.length <= LISTED ? ids.join(', ') : `${ids.slice(0, LISTED).join(', ')}, …`;
}

interface ReferenceOptions {
  /** The list to look the cell up in. */
  readonly within: (lookup: ProgrammeLookup) => Named;
  /** What it names: "a KPI" in `"x" is not a KPI of <programme>`, and "a KPI id or name" in what would be valid. */
  readonly kind: ReferenceKind;
  /** When the cell names something real but not allowed here (e.g. an automatic criterion), say why. */
  readonly refuse?: (written: string, lookup: ProgrammeLookup) => Message | undefined;
}

/** A reference to something in the programme, by id or by name; written as the id. */
export function reference(options: ReferenceOptions): FieldType<string> {
  const expected = (lookup: ProgrammeLookup) => message('expect.reference', { kind: options.kind, ids: listIds(options.within(lookup).ids) });
  return {
    expected: (ctx) => expected(ctx.lookup),
    parse(cell, ctx) {
      const written = displayCell(cell).trim();
      const named = options.within(ctx.lookup);
      const id = named.byKey.get(normalizeKey(written));
      if (id !== undefined) return { ok: true, value: id };
      const refusal = options.refuse?.(written, ctx.lookup);
      if (refusal) return { ok: false, ...said(refusal, expected(ctx.lookup)) };
      const hint = closest(written, named.words);
      const unknown = message('cell.unknown-reference', { value: written, kind: options.kind, programme: ctx.programme.name, ...(hint === undefined ? {} : { suggestion: hint }) });
      return { ok: false, ...said(unknown, expected(ctx.lookup)) };
    },
    write: (value) => value,
  };
}

export const kpiRef = () => reference({ within: (l) => l.kpis, kind: 'kpi' });
export const effortRef = () => reference({ within: (l) => l.efforts, kind: 'effort' });

export const gateRef = () =>
  reference({
    within: (l) => l.gates,
    kind: 'gate',
    refuse: (written, l) => (l.milestones.byKey.has(normalizeKey(written)) ? message('cell.milestone-without-gate', { value: written }) : undefined),
  });

export const manualCriterionRef = () =>
  reference({
    within: (l) => l.manualCriteria,
    kind: 'criterion',
    refuse: (written, l) => (l.criteria.byKey.has(normalizeKey(written)) ? message('cell.automatic-criterion', { value: written }) : undefined),
  });

export const subjectRef = (options: { readonly milestones: boolean }) =>
  reference({
    within: (l) => (options.milestones ? l.subjectsOrMilestones : l.subjects),
    kind: options.milestones ? 'subject-or-milestone' : 'subject',
  });

export const ruleRef = (options: { readonly reported: boolean }) =>
  reference({
    within: (l) => (options.reported ? l.reportedRules : l.rules),
    kind: options.reported ? 'reported-rule' : 'rule',
    refuse: (written, l) => (options.reported && l.rules.byKey.has(normalizeKey(written)) ? message('cell.detected-rule', { value: written }) : undefined),
  });

/** The lookup maps only to the programme's own parameter ids, so the narrower type holds. */
export const parameterRef = () => reference({ within: (l) => l.parameters, kind: 'parameter' }) as FieldType<SteeringParameterId>;
