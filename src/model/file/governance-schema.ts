import { z } from 'zod';
import { describe } from './describe.js';
import { idSchema, shareSchema, textListSchema, textSchema } from './values-schema.js';

const ragSchema = z.enum(['groen', 'geel', 'rood']);

const parameterSchema = z.strictObject({ norm: ragSchema.default('groen'), description: textSchema });

export const steeringSchema = z
  .strictObject({
    doeltreffendheid: parameterSchema,
    tempo: parameterSchema,
    haalbaarheid: parameterSchema,
    wendbaarheid: parameterSchema,
    efficientie: parameterSchema,
  })
  .meta(describe('The five stuurparameters and their norms.', 'De vijf stuurparameters en hun normen.'));

const ruleBase = { id: idSchema, text: textSchema };

export const escalationRuleSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('benefit-behind'), ...ruleBase, threshold: shareSchema }),
    z.strictObject({ kind: z.literal('commitment'), ...ruleBase }),
    z.strictObject({ kind: z.literal('external-factor'), ...ruleBase }),
    z.strictObject({ kind: z.literal('benefit-conflict'), ...ruleBase }),
    z.strictObject({ kind: z.literal('gate-at-risk'), ...ruleBase, weeks: z.number().int().positive() }),
  ], { error: 'kind: benefit-behind, commitment, external-factor, benefit-conflict or gate-at-risk' })
  .meta(describe('An escalation rule.', 'Een escalatieregel.'));

export const escalationSchema = z
  .strictObject({
    to: idSchema.meta(describe('Role escalations go to.', 'Rol waarnaar geëscaleerd wordt.')),
    rules: z.array(escalationRuleSchema),
  })
  .meta(describe('When to escalate to the sponsorgroep.', 'Wanneer te escaleren naar de sponsorgroep.'));

export const cadenceSchema = z
  .strictObject({
    frequency: z.enum(['wekelijks', 'maandelijks', 'per-kwartaal', 'halfjaarlijks']),
    forum: idSchema,
    activities: textListSchema.min(1),
  })
  .meta(describe('A recurring monitoring meeting.', 'Een terugkerend monitoringsoverleg.'));

export const tolerancesDefault = { green: 0.9, amber: 0.8 } as const;
export { shareSchema };
