import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../app/app-error.js';
import type { AppErrorCode } from '../app/app-error.js';
import { HttpError } from './http-error.js';

/** The body of every error response (RFC 9457), with Koers's `code` and field-level `errors`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly errors?: readonly { readonly path: string; readonly message: string }[];
}

const APP_STATUS: Readonly<Record<AppErrorCode, readonly [ContentfulStatusCode, string]>> = {
  'file-not-found': [404, 'Not found'],
  'invalid-programme': [422, 'Invalid programme file'],
  'invalid-input': [422, 'Invalid input'],
  'not-found': [404, 'Not found'],
  conflict: [409, 'Conflict'],
  'precondition-failed': [412, 'Precondition failed'],
};

/** Any thrown value as the HttpError it stands for; unknown errors become a 500 without internals. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof AppError) {
    const [status, title] = APP_STATUS[error.code];
    return new HttpError(status, error.code, title, error.message, error.issues);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return new HttpError(status, status === 400 ? 'bad-request' : 'http-error', error.message || 'Request failed', error.message || `HTTP ${status}`);
  }
  return new HttpError(500, 'internal-error', 'Internal server error', 'the server failed to answer this request; it has been logged');
}

/**
 * The single place where errors become responses.
 *
 * @example app.onError(problemResponse)
 */
export function problemResponse(error: unknown, c: Context): Response {
  const http = toHttpError(error);
  if (http.status >= 500) process.stderr.write(`koers: ${c.req.method} ${c.req.path} failed: ${(error as Error)?.stack ?? String(error)}\n`);
  const problem: Problem = {
    type: `urn:koers:problem:${http.code}`,
    title: http.title,
    status: http.status,
    detail: http.message,
    instance: c.req.path,
    code: http.code,
    ...(http.errors.length > 0 ? { errors: http.errors } : {}),
  };
  return c.body(JSON.stringify(problem), http.status, { ...http.headers, 'content-type': 'application/problem+json' });
}
