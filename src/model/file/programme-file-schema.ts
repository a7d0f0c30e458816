import { z } from 'zod';
import { benefitSchema, cycleSchema } from './benefit-schema.js';
import { describe } from './describe.js';
import { cadenceSchema, escalationSchema, steeringSchema } from './governance-schema.js';
import { kpiSchema, tolerancesSchema } from './kpi-schema.js';
import { capabilitySchema, domainSchema, effortSchema, milestoneSchema, phaseSchema } from './plan-schema.js';
import { idSchema, textSchema, yearMonthSchema } from './values-schema.js';

/** The format version this release reads and writes. */
export const FILE_FORMAT_VERSION = 1;

const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

/**
 * The programme file, as written in YAML: English keys, Dutch content.
 * Structure only; references between ids are checked by `checkReferences`.
 */
export const programmeFileSchema = z
  .strictObject({
    koers: z.literal(FILE_FORMAT_VERSION, { error: `the file format version; this release reads koers: ${FILE_FORMAT_VERSION}` }),
    programme: z.strictObject({
      id: idSchema,
      name: textSchema,
      organisation: textSchema,
      version: z.union([textSchema, z.number()]).optional(),
      start: yearMonthSchema.meta(describe('Start month, e.g. 2026-01.', 'Startmaand, bijv. 2026-01.')),
      horizon: z.number().int().min(1).max(120, 'at most 120 months').meta(describe('Length in months.', 'Looptijd in maanden.')),
      vision: textSchema,
      goals: list(z.strictObject({
        id: idSchema,
        name: textSchema,
        description: textSchema.optional(),
        benefits: list(idSchema).meta(describe('Benefits that realise the goal.', 'Baten die het doel realiseren.')),
      })),
    }),
    roles: list(z.strictObject({ id: idSchema, name: textSchema })),
    domains: list(domainSchema),
    phases: list(phaseSchema),
    milestones: list(milestoneSchema),
    efforts: list(effortSchema),
    capabilities: list(capabilitySchema),
    kpis: list(kpiSchema),
    benefits: list(benefitSchema),
    cycles: list(cycleSchema),
    steering: steeringSchema,
    escalation: escalationSchema,
    cadence: list(cadenceSchema),
    tolerances: tolerancesSchema.optional(),
    benefitReporting: z.enum(['maandelijks', 'per-cyclus', 'per-kwartaal']).default('maandelijks'),
  })
  .meta({
    title: 'Koers programme file',
    ...describe('A benefits-driven programme (Werken aan Programma\'s).', 'Een batengestuurd programma (Werken aan Programma\'s).'),
  });

export type ProgrammeFile = z.output<typeof programmeFileSchema>;
