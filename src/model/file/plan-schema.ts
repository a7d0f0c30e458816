import { z } from 'zod';
import { DURATION_HINT, parseDuration } from '../../calendar/index.js';
import { describe } from './describe.js';
import { dateOrMonthSchema, idSchema, monthNumberSchema, textListSchema, textSchema } from './values-schema.js';

export const domainSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema.meta(describe('Domain name, e.g. "Cultuur".', 'Naam van het domein, bijv. "Cultuur".')),
    title: textSchema.optional().meta(describe('Section heading in the roadmap; defaults to the name in capitals.', 'Kop van de sectie in de roadmap; standaard de naam in hoofdletters.')),
  })
  .meta(describe('A roadmap section (domain).', 'Een sectie (domein) van de roadmap.'));

export const phaseSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    from: monthNumberSchema,
    to: monthNumberSchema,
    milestone: idSchema.meta(describe('The milestone that closes the phase.', 'De mijlpaal die de fase afsluit.')),
    focus: textListSchema.default([]),
    deliverables: textListSchema.default([]),
    successFactors: textListSchema.default([]).meta(describe('Critical success factors.', 'Kritieke succesfactoren.')),
    risks: textListSchema.default([]),
  })
  .meta(describe('A phase of the programme, such as FUNDAMENT (M1–M3).', 'Een fase van het programma, zoals FUNDAMENT (M1–M3).'));

export const criterionSchema = z
  .union([
    textSchema,
    z.strictObject({
      text: textSchema,
      efforts: z.array(idSchema).optional().meta(describe('Efforts that must be finished.', 'Inspanningen die afgerond moeten zijn.')),
      kpi: idSchema.optional().meta(describe('A KPI that must reach `value`.', 'Een KPI die `value` moet halen.')),
      value: z.number().optional(),
    }),
  ], { error: 'a criterion as text, or { text, efforts: [...] } or { text, kpi, value }' })
  .meta(describe(
    'A go/no-go criterion: plain text (a manual check), or text with the efforts or KPI value it needs.',
    'Een go/no-go-criterium: tekst (handmatige toets), of tekst met de inspanningen of KPI-waarde die nodig zijn.',
  ));

export const milestoneSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
    month: monthNumberSchema.meta(describe('Falls on the last day of this programme month.', 'Valt op de laatste dag van deze programmamaand.')),
    gate: z.boolean().default(true).meta(describe('A go/no-go moment.', 'Een go/no-go-moment.')),
    criteria: z.array(criterionSchema).default([]),
  })
  .meta(describe('A milestone or go/no-go moment.', 'Een mijlpaal of go/no-go-moment.'));

export const effortSchema = z
  .strictObject({
    id: idSchema.meta(describe('Effort code, e.g. PRJ-01.', 'Code van de inspanning, bijv. PRJ-01.')),
    name: textSchema,
    label: textSchema.optional().meta(describe('Short label for narrow views.', 'Kort label voor smalle weergaven.')),
    domain: idSchema,
    start: dateOrMonthSchema.meta(describe('First month (YYYY-MM) or day (YYYY-MM-DD).', 'Eerste maand (JJJJ-MM) of dag (JJJJ-MM-DD).')),
    end: dateOrMonthSchema.optional().meta(describe('Last month or day, inclusive.', 'Laatste maand of dag, inclusief.')),
    duration: z
      .string()
      .refine((s) => parseDuration(s) !== undefined, `a duration: ${DURATION_HINT}`)
      .optional()
      .meta(describe('Duration instead of end, e.g. "6 maanden".', 'Duur in plaats van einde, bijv. "6 maanden".')),
    mode: z.enum(['projectmatig', 'doorlopend']).default('projectmatig'),
    owner: idSchema.optional().meta(describe('Role that owns the effort.', 'Rol die eigenaar is van de inspanning.')),
    dependsOn: z.array(idSchema).default([]),
    serves: z.array(idSchema).default([]).meta(describe('Capabilities or benefits it contributes to.', 'Vermogens of baten waaraan ze bijdraagt.')),
    management: z.boolean().default(false).meta(describe('Programme-management work that serves no benefit directly.', 'Programmamanagement dat niet direct aan een baat bijdraagt.')),
    illustrative: z.boolean().default(false),
  })
  .superRefine((effort, ctx) => {
    if (effort.end === undefined && effort.duration === undefined) {
      ctx.addIssue({ code: 'custom', message: 'an effort needs either `end` or `duration`', path: [] });
    }
    if (effort.end !== undefined && effort.duration !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'give either `end` or `duration`, not both', path: ['duration'] });
    }
  })
  .meta(describe('An effort (inspanning).', 'Een inspanning.'));

export const capabilitySchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
    benefits: z.array(idSchema).min(1, 'a capability enables at least one benefit'),
  })
  .meta(describe('A capability (vermogen) and the benefits it enables.', 'Een vermogen en de baten die het mogelijk maakt.'));
