import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { message } from '../formats/messages/index.js';
import { refinement, zodIssues } from './zod-issues.js';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return zodIssues(result.error).map((i) => [i.path, i.localized?.message.code, i.message]);
};

describe('zodIssues', () => {
  it('gives zod\'s own problems catalogue codes, with English text', () => {
    const schema = z.strictObject({ a: z.string().trim().min(1), b: z.number().min(0).max(100), c: z.enum(['x', 'y']), d: z.number().int(), e: z.string() });
    expect(issuesOf(schema, { a: ' ', b: 150, c: 'z', d: 1.5, f: 1 })).toEqual([
      ['a', 'input.empty', 'may not be empty'],
      ['b', 'input.max', 'must be at most 100'],
      ['c', 'input.choice', 'must be "x" or "y"'],
      ['d', 'input.integer', 'must be a whole number'],
      ['e', 'input.required', 'a value is required'],
      ['f', 'input.unknown-field', 'unknown field "f"'],
    ]);
  });

  it('takes a refinement\'s catalogue message, and keeps a schema\'s own words as written', () => {
    const schema = z.object({
      date: z.string().refine(() => false, refinement(message('input.iso-date', {}))),
      name: z.string().min(3, 'a name has three letters or more'),
    });
    expect(issuesOf(schema, { date: 'x', name: 'ab' })).toEqual([
      ['date', 'input.iso-date', 'a date as YYYY-MM-DD, such as 2026-03-31'],
      ['name', undefined, 'a name has three letters or more'],
    ]);
  });

  it('leaves unions to zod\'s locale, without the input', () => {
    const [issue] = zodIssues((z.union([z.string(), z.number()]).safeParse(true, { reportInput: true }) as { error: z.ZodError }).error);
    expect(issue?.localized?.message).toMatchObject({ code: 'input.invalid', params: { code: 'invalid_union' } });
    expect(JSON.stringify(issue?.localized)).not.toContain('"input"');
  });
});
