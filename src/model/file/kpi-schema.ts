import { z } from 'zod';
import { describe } from './describe.js';
import { idSchema, planValueSchema, shareSchema, textSchema } from './values-schema.js';

export const unitSchema = z
  .union([
    z.enum(['percentage', 'score', 'count', 'relative', 'years', 'number']),
    z.strictObject({ kind: z.literal('percentage') }),
    z.strictObject({ kind: z.literal('score'), max: z.number().positive().default(10) }),
    z.strictObject({ kind: z.literal('count'), per: textSchema.optional() }),
    z.strictObject({ kind: z.literal('relative'), base: textSchema }),
    z.strictObject({ kind: z.literal('years') }),
    z.strictObject({ kind: z.literal('number'), symbol: textSchema.optional() }),
  ], { error: 'a unit: percentage, score, count, relative, years or number, or an object such as { kind: score, max: 10 }' })
  .meta(describe('Unit of the KPI.', 'Eenheid van de KPI.'));

export const tolerancesSchema = z
  .strictObject({ green: shareSchema, amber: shareSchema })
  .meta(describe('Achievement needed for green and amber, e.g. 90% and 80%.', 'Benodigde realisatie voor groen en geel, bijv. 90% en 80%.'));

const momentKey = /^M([1-9]\d*)$/;

export const kpiSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    domain: idSchema,
    unit: unitSchema,
    direction: z.enum(['higher', 'lower']).meta(describe('Whether higher or lower values are better.', 'Of hoger of lager beter is.')),
    baseline: planValueSchema.meta(describe('Nulmeting, at the programme start.', 'Nulmeting, bij de start van het programma.')),
    targets: z
      .record(z.string().regex(momentKey, 'a measurement moment such as M3 or M12'), planValueSchema)
      .default({})
      .meta(describe('Target per measurement moment M<month>.', 'Streefwaarde per meetmoment M<maand>.')),
    goal: planValueSchema.meta(describe('Final goal (DOEL).', 'Einddoel (DOEL).')),
    deadline: z.number().int().min(1).optional().meta(describe('Programme month the goal is due; defaults to the last moment.', 'Programmamaand waarin het doel gehaald moet zijn; standaard het laatste meetmoment.')),
    tolerances: tolerancesSchema.optional(),
    source: textSchema.optional().meta(describe('Where the measurement comes from.', 'Bron van de meting.')),
    illustrative: z.boolean().default(false),
  })
  .meta(describe('A KPI with its measurement plan.', 'Een KPI met zijn meetplan.'));

export { momentKey };
