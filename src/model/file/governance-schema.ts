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

export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const TIME_ERROR = 'a time of day as HH:MM, such as "14:00", or "hele-dag"';

export const meetingSchema = z
  .strictObject({
    day: z.enum(WEEKDAYS, { error: `a weekday: ${WEEKDAYS.join(', ')}` }).optional()
      .meta(describe('Weekday of the meeting.', 'Weekdag van het overleg.')),
    week: z.enum(['eerste', 'laatste'], { error: 'week: eerste or laatste' }).optional()
      .meta(describe('First or last such weekday of the month (monthly and longer cycles).', 'Eerste of laatste zo\'n weekdag van de maand (maandelijks en langer).')),
    time: z.union([z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, TIME_ERROR), z.literal('hele-dag')], { error: TIME_ERROR }).optional()
      .meta(describe('Start time (HH:MM, Europe/Amsterdam) or "hele-dag".', 'Begintijd (UU:MM, Europe/Amsterdam) of "hele-dag".')),
    minutes: z.number().int('minutes are a whole number').min(5, 'a meeting lasts at least 5 minutes').max(720, 'a meeting lasts at most 720 minutes').optional()
      .meta(describe('Length in minutes.', 'Duur in minuten.')),
  })
  .meta(describe('When a recurring meeting is held; what is left out keeps its default.', 'Wanneer een terugkerend overleg plaatsvindt; wat ontbreekt houdt de standaard.'));

export const cadenceSchema = z
  .strictObject({
    frequency: z.enum(['wekelijks', 'maandelijks', 'per-kwartaal', 'halfjaarlijks']),
    forum: idSchema,
    activities: textListSchema.min(1),
    meeting: meetingSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.frequency === 'wekelijks' && item.meeting?.week) {
      ctx.addIssue({ code: 'custom', path: ['meeting', 'week'], message: 'a weekly meeting has no week in the month; leave out "week"' });
    }
    if (item.meeting?.time === 'hele-dag' && item.meeting.minutes !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['meeting', 'minutes'], message: 'an all-day meeting ("hele-dag") has no length in minutes; leave out "minutes"' });
    }
  })
  .meta(describe('A recurring monitoring meeting.', 'Een terugkerend monitoringsoverleg.'));

export const tolerancesDefault = { green: 0.9, amber: 0.8 } as const;
export { shareSchema };
