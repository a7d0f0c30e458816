import { z } from 'zod';
import { isIsoDate } from '../calendar/index.js';
import { message } from '../formats/messages/index.js';
import type { RecordKind } from './record-kinds.js';
import { refinement } from './zod-issues.js';

/** Bounds that keep one record small; real records are far below them. */
const ID_MAX = 200;
const TEXT_MAX = 4000;

// Checks without words of their own get the catalogue's ("may not be empty"), said in the reader's language.
const isoDate = z.string().max(10).refine(isIsoDate, refinement(message('input.iso-date', {}))).meta({ format: 'date', examples: ['2026-03-31'] });
const ref = (what: string) => z.string().trim().min(1).max(ID_MAX).meta({ description: `${what}: its id (or name)` });
const text = z.string().max(TEXT_MAX);
const requiredText = z.string().trim().min(1).max(TEXT_MAX);
const finite = z.number().refine(Number.isFinite, refinement(message('input.finite', {})));
const level = z.enum(['L', 'M', 'H']);
const parameter = z.enum(['doeltreffendheid', 'tempo', 'haalbaarheid', 'wendbaarheid', 'efficientie']);

/** What an override judges, tagged by `kind`. */
const overrideSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('parameter'), parameter }),
  z.strictObject({ kind: z.literal('kpi'), kpi: ref('the KPI') }),
]).meta({ description: 'What is judged: a stuurparameter of the whole programme ({"kind": "parameter", "parameter": "tempo"}) or the RAG of one KPI ({"kind": "kpi", "kpi": "getraind"}).' });

/**
 * The JSON shape of each record kind, as the API accepts it and backups hold it. Structure only:
 * whether a KPI or criterion exists is checked against the plan by `checkRecords`.
 * `recordedBy` defaults to the user making the request.
 */
export const RECORD_SCHEMAS = {
  measurements: z.strictObject({
    kpi: ref('the KPI'), date: isoDate, value: finite.meta({ description: "In the KPI's unit; for relative KPIs the change in percent." }),
    source: text.optional(), note: text.optional(), recordedBy: text.optional(),
  }),
  progress: z.strictObject({
    effort: ref('the effort'), date: isoDate, percentComplete: finite.min(0).max(100),
    actualStart: isoDate.optional(), actualEnd: isoDate.optional(), note: text.optional(), recordedBy: text.optional(),
  }),
  decisions: z.strictObject({
    milestone: ref('the go/no-go moment'), date: isoDate, outcome: z.enum(['go', 'go-met-voorwaarden', 'no-go', 'aangehouden']),
    conditions: text.optional(), decidedBy: requiredText, note: text.optional(),
  }),
  checks: z.strictObject({
    criterion: ref('the criterion'), date: isoDate, met: z.boolean(), evidence: requiredText, recordedBy: text.optional(),
  }),
  risks: z.strictObject({
    id: ref('the risk id'), subject: ref('the benefit, effort or programme'), description: requiredText,
    likelihood: level, impact: level, mitigation: text.optional(), status: z.enum(['open', 'closed']).optional(), date: isoDate, recordedBy: text.optional(),
  }),
  overrides: z.strictObject({
    subject: overrideSubject.optional(),
    parameter: parameter.optional().meta({ description: 'The form from before KPI overrides, still accepted: the same as subject {"kind": "parameter", "parameter": …}.' }),
    date: isoDate, rag: z.enum(['groen', 'geel', 'rood']), rationale: requiredText, recordedBy: text.optional(),
  }).refine((o) => (o.subject === undefined) !== (o.parameter === undefined), { path: ['subject'], ...refinement(message('override.subject-or-parameter', {})) }),
  signals: z.strictObject({
    rule: ref('the escalation rule'), subject: ref('the benefit, effort or programme'), date: isoDate, note: requiredText, recordedBy: text.optional(),
  }),
  acknowledgements: z.strictObject({
    rule: ref('the escalation rule'), subject: ref('the subject'), date: isoDate, recordedBy: text.optional(), note: text.optional(),
  }),
  budget: z.strictObject({ date: isoDate, planned: finite.min(0), spent: finite.min(0) }),
} as const satisfies { readonly [K in RecordKind]: z.ZodType };

/** The JSON body of a record of kind `K`. */
export type RecordBody<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;

/** Whether records of this kind name who recorded them (and so default it to the current user). */
export const hasRecordedBy = (kind: RecordKind) => 'recordedBy' in RECORD_SCHEMAS[kind].shape;
