import { z } from 'zod';
import { describe } from './describe.js';
import { dateOrMonthSchema, idSchema, monthNumberSchema, shareSchema, textSchema } from './values-schema.js';

const levelSchema = z.enum(['L', 'M', 'H']);

export const riskSchema = z
  .strictObject({
    description: textSchema,
    likelihood: levelSchema.meta(describe('Kans: L, M or H.', 'Kans: L, M of H.')),
    impact: levelSchema,
    mitigation: textSchema,
  })
  .meta(describe('A risk to realising the benefit.', 'Een risico voor de realisatie van de baat.'));

export const bandSchema = z.enum(['basis', 'groei', 'target', 'borging']);

export const benefitSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
    owner: idSchema.optional().meta(describe('Role of the baateigenaar.', 'Rol van de baateigenaar.')),
    sectors: z.array(z.enum(['PO', 'VO', 'ZAK'])).min(1, 'at least one sector: PO, VO or ZAK'),
    priority: z.enum(['kritiek', 'hoog', 'midden']),
    indicators: z.array(idSchema).default([]).meta(describe('KPIs that measure the benefit.', 'KPI\'s die de baat meten.')),
    baseline: z
      .strictObject({ level: textSchema, source: textSchema, date: dateOrMonthSchema })
      .meta(describe('Nulmeting: level, source and date.', 'Nulmeting: niveau, bron en datum.')),
    target: z
      .strictObject({ level: textSchema, deadline: dateOrMonthSchema })
      .meta(describe('Target level and deadline.', 'Doelniveau en deadline.')),
    capabilities: z.array(idSchema).default([]),
    efforts: z.array(idSchema).default([]),
    risks: z.array(riskSchema).default([]),
    moments: z.array(monthNumberSchema).default([]).meta(describe('Measurement moments (programme months).', 'Meetmomenten (programmamaanden).')),
    dependsOn: z
      .array(
        z.strictObject({
          benefit: idSchema,
          kind: z.enum(['inhoudelijk', 'technisch', 'organisatorisch', 'planning']).default('inhoudelijk'),
          threshold: shareSchema.meta(describe('Realisation the other benefit needs first, e.g. "50%".', 'Realisatie die de andere baat eerst nodig heeft, bijv. "50%".')),
          note: textSchema.optional(),
        }),
      )
      .default([]),
    roadmap: z
      .record(z.string().regex(/^Q[1-9]\d*$/, 'a quarter such as Q1 or Q6'), bandSchema)
      .default({})
      .meta(describe('Planned band per programme quarter, e.g. { Q1: basis, Q2: groei }.', 'Geplande fase per programmakwartaal, bijv. { Q1: basis, Q2: groei }.')),
    illustrative: z.boolean().default(false),
  })
  .meta(describe('A benefit (baat), following the batenrealisatieplan.', 'Een baat, volgens het batenrealisatieplan.'));

export const cycleSchema = z
  .strictObject({ id: idSchema, name: textSchema, from: monthNumberSchema, to: monthNumberSchema })
  .meta(describe('A realisation cycle.', 'Een realisatiecyclus.'));
