import { closest } from '../../model/index.js';
import type { OverrideSubject, SteeringParameterId } from '../../model/index.js';
import { message } from '../messages/index.js';
import { displayCell, textCell } from './cell.js';
import type { CellResult, FieldType, ParseContext } from './column-spec.js';
import { normalizeKey } from './normalize-key.js';
import { said } from './record-error.js';
import { kpiRef, parameterRef } from './references.js';

/** The ids of the five stuurparameters: fixed, so whether a KPI id could be read as one is known without the plan. */
const PARAMETER_IDS: ReadonlySet<string> = new Set<SteeringParameterId>(['doeltreffendheid', 'tempo', 'haalbaarheid', 'wendbaarheid', 'efficientie']);

/** `kpi:` and `stuurparameter:` in front of a reference say which list it names. */
const PREFIX = /^(kpi|indicator|stuurparameter|parameter|steering parameter)\s*:\s*(.*)$/iu;

/**
 * The text of a subject in a cell: the bare id, or `kpi:<id>` for a KPI whose id is also the id of a
 * stuurparameter, so that it reads back as the KPI.
 *
 * @example overrideSubjectText({ kind: 'kpi', kpi: 'getraind' }) // 'getraind'
 */
export function overrideSubjectText(subject: OverrideSubject, qualified = false): string {
  if (subject.kind === 'parameter') return qualified ? `stuurparameter:${subject.parameter}` : subject.parameter;
  return qualified || PARAMETER_IDS.has(subject.kpi) ? `kpi:${subject.kpi}` : subject.kpi;
}

/**
 * What an override judges, in one column: a stuurparameter or a KPI, by id or name. A name that both
 * could mean is refused unless written `kpi:…` or `stuurparameter:…`.
 */
export function overrideSubjectRef(): FieldType<OverrideSubject> {
  const kpis = kpiRef();
  const parameters = parameterRef();
  const expected = (ctx: ParseContext) => message('expect.override-subject', { parameters: ctx.lookup.parameters.ids.join(', '), kpis: ctx.lookup.kpis.ids.join(', ') });
  const bare = (written: string, ctx: ParseContext): CellResult<OverrideSubject> => {
    const key = normalizeKey(written);
    const parameter = ctx.lookup.parameters.byKey.get(key) as SteeringParameterId | undefined;
    const kpi = ctx.lookup.kpis.byKey.get(key);
    if (parameter !== undefined && kpi !== undefined) {
      return { ok: false, ...said(message('override.subject-ambiguous', { value: written, parameter, kpi }), message('expect.override-qualified', { kpi, parameter })) };
    }
    if (parameter !== undefined) return { ok: true, value: { kind: 'parameter', parameter } };
    if (kpi !== undefined) return { ok: true, value: { kind: 'kpi', kpi } };
    const hint = closest(written, [...ctx.lookup.parameters.words, ...ctx.lookup.kpis.words]);
    const unknown = message('override.subject-unknown', { value: written, programme: ctx.programme.name, ...(hint === undefined ? {} : { suggestion: hint }) });
    return { ok: false, ...said(unknown, expected(ctx)) };
  };
  return {
    expected,
    parse(cell, ctx) {
      const written = displayCell(cell).trim();
      const prefixed = PREFIX.exec(written);
      if (!prefixed) return bare(written, ctx);
      const asKpi = /^(kpi|indicator)$/iu.test(prefixed[1]!);
      const read = (asKpi ? kpis : parameters).parse(textCell(prefixed[2]!), ctx);
      if (read.ok) return { ok: true, value: asKpi ? { kind: 'kpi', kpi: read.value } : { kind: 'parameter', parameter: read.value as SteeringParameterId } };
      // A KPI may itself be named "KPI: …"; only when the whole text names nothing is the prefix's error the answer.
      const whole = bare(written, ctx);
      return whole.ok ? whole : read;
    },
    write: (value) => overrideSubjectText(value),
  };
}
