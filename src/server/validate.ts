import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { zodIssues } from '../app/zod-issues.js';
import { HttpError } from './http-error.js';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = zodIssues(result.error);
    throw HttpError.invalid(`the ${where} is invalid: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).slice(0, 3).join('; ')}`, errors);
  }
  return result.data;
}

/**
 * Validates a JSON body against `schema`; answers 415 for other media types and 422 with field
 * paths for invalid content.
 *
 * @example app.post('/x', jsonBody(measurementSchema), (c) => c.req.valid('json'))
 */
export const jsonBody = <T extends z.ZodType>(schema: T) =>
  validator('json', (value, c: Context): z.output<T> => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
    if (!JSON_TYPE.test(type)) throw HttpError.unsupportedMediaType(`send the body as JSON with Content-Type: application/json${type ? `, not ${type}` : ''}`);
    return parse(schema, value, 'request body');
  });

/** Validates the query string. */
export const queryOf = <T extends z.ZodType>(schema: T) => validator('query', (value): z.output<T> => parse(schema, value, 'query'));

/** Validates the path parameters. */
export const paramsOf = <T extends z.ZodType>(schema: T) => validator('param', (value): z.output<T> => parse(schema, value, 'path'));
