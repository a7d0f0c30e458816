import { z } from 'zod';
import { isIsoDate, isYearMonth } from '../../calendar/index.js';
import { describe } from './describe.js';

export const idSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'an id starts with a letter and holds only letters, digits, "-", "_" and "."')
  .meta(describe('Identifier, unique within its list.', 'Code, uniek binnen de lijst.'));

export const textSchema = z.string().min(1, 'text may not be empty');
export const textListSchema = z.array(textSchema);

export const monthNumberSchema = z
  .number()
  .int('a programme month is a whole number')
  .min(1, 'programme months start at 1')
  .meta(describe('Programme month, counted from 1 (the start month).', 'Programmamaand, geteld vanaf 1 (de startmaand).'));

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, 'a date as YYYY-MM-DD, such as 2026-03-15')
  .meta(describe('A date as YYYY-MM-DD.', 'Een datum als JJJJ-MM-DD.'));

export const yearMonthSchema = z
  .string()
  .refine(isYearMonth, 'a month as YYYY-MM, such as 2026-01')
  .meta(describe('A month as YYYY-MM.', 'Een maand als JJJJ-MM.'));

export const dateOrMonthSchema = z
  .string()
  .refine((s) => isIsoDate(s) || isYearMonth(s), 'a month (2026-03) or a date (2026-03-15)')
  .meta(describe('A month (YYYY-MM) or a date (YYYY-MM-DD).', 'Een maand (JJJJ-MM) of een datum (JJJJ-MM-DD).'));

/** "50%" or 0.5. */
export const shareSchema = z
  .union([
    z.number().min(0).max(1),
    z.string().regex(/^\d{1,3}(?:[.,]\d+)?\s*%$/, 'a percentage such as "50%"'),
  ], { error: 'a share such as "50%" or 0.5' })
  .meta(describe('A share, as "50%" or 0.5.', 'Een aandeel, als "50%" of 0.5.'));

export function shareValue(input: number | string): number {
  return typeof input === 'number' ? input : Number(input.replace('%', '').replace(',', '.').trim()) / 100;
}

import { NOT_MEASURED } from '../not-measured.js';

export { NOT_MEASURED };
const NUMERIC = /^\s*[+-]?\d+(?:[.,]\d+)?\s*(?:%|\+|jr|jaar)?\s*$/;

/** A plan value: 15, "50+", "+15%", "n.m.", or { label: "ontw." } for a qualitative stage. */
export const planValueSchema = z
  .union([
    z.number(),
    z.string().refine((s) => s.trim() === NOT_MEASURED || NUMERIC.test(s), {
      message: 'a number (15, "50+", "+15%"), "n.m." (niet gemeten), or { label: "ontw." } for a qualitative stage',
    }),
    z.strictObject({ value: z.number().optional(), label: textSchema }),
  ], { error: 'a number (15, "50+", "+15%"), "n.m." (niet gemeten), or { label: "ontw." } for a qualitative stage' })
  .meta(describe(
    'A planned value: a number, a number with its label ("50+", "+15%"), "n.m." when not measured, or { label } for a stage without a number.',
    'Een geplande waarde: een getal, een getal met label ("50+", "+15%"), "n.m." als er niet gemeten wordt, of { label } voor een fase zonder getal.',
  ));

export type PlanValueInput = z.infer<typeof planValueSchema>;

/** Normalises a plan value; `measured: false` for "n.m.". */
export function planValue(input: PlanValueInput): { value: number | undefined; label: string | undefined; measured: boolean } {
  if (typeof input === 'number') return { value: input, label: undefined, measured: true };
  if (typeof input === 'object') return { value: input.value, label: input.label, measured: true };
  const text = input.trim();
  if (text === NOT_MEASURED) return { value: undefined, label: NOT_MEASURED, measured: false };
  const number = Number(/[+-]?\d+(?:[.,]\d+)?/.exec(text)![0].replace(',', '.'));
  return { value: number, label: text, measured: true };
}
