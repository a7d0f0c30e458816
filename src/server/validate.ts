import type { Context } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import { firstProblems } from '../app/app-error.js';
import { refinement, zodIssues } from '../app/zod-issues.js';
import { isIsoDate } from '../calendar/index.js';
import { message } from '../formats/messages/index.js';
import { HttpError } from './http-error.js';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

function parse<T extends z.ZodType>(schema: T, value: unknown, part: 'body' | 'query' | 'path'): z.output<T> {
  // The input in each issue tells a missing field from a wrong one; it never leaves the server.
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) {
    const errors = zodIssues(result.error);
    throw HttpError.invalid(message('request.invalid', { part, ...firstProblems(errors) }), errors);
  }
  return result.data;
}

/**
 * Validates a JSON body against `schema`; answers 415 for other media types and 422 with field
 * paths for invalid content. Messages are catalogue messages, said in the reader's language.
 *
 * @example app.post('/x', jsonBody(measurementSchema), (c) => c.req.valid('json'))
 */
export const jsonBody = <T extends z.ZodType>(schema: T) =>
  validator('json', (value, c: Context): z.output<T> => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_TYPE.test(type)) throw HttpError.unsupportedMediaType(message('request.json-required', type ? { type } : {}));
    return parse(schema, value, 'body');
  });

/** A `YYYY-MM-DD` parameter that is a real day; its message is said in the reader's language. */
export const isoDateParam = () => z.string().refine(isIsoDate, refinement(message('input.iso-date', {})));

/** Validates the query string. */
export const queryOf = <T extends z.ZodType>(schema: T) => validator('query', (value): z.output<T> => parse(schema, value, 'query'));

/** Validates the path parameters. */
export const paramsOf = <T extends z.ZodType>(schema: T) => validator('param', (value): z.output<T> => parse(schema, value, 'path'));
