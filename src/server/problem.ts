import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../app/app-error.js';
import type { AppErrorCode, InputIssue } from '../app/app-error.js';
import { message, problemTitle, renderMessage } from '../formats/messages/index.js';
import type { Locale, MessageCode } from '../formats/messages/index.js';
import { HttpError } from './http-error.js';
import { negotiateLocale } from './negotiate-locale.js';

/** One field-level problem: where (`path`, and a file's `row`/`column` or `line`), a stable `code`, and words. */
export interface ProblemField {
  readonly path: string;
  /** A catalogue code such as `cell.more-than`, or `invalid` for a problem without one. */
  readonly code: MessageCode | 'invalid';
  readonly message: string;
  /** The message's parameters, for clients that word it themselves. */
  readonly params?: object;
  readonly expected?: string;
  readonly line?: number;
  readonly row?: number;
  readonly column?: number | string;
}

/**
 * The body of every error response (RFC 9457), with Koers's `code` and field-level `errors`. Titles
 * and messages are in the language the request asked for (`Accept-Language`, see `negotiateLocale`).
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly errors?: readonly ProblemField[];
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
    return new HttpError(status, error.code, title, error.text ?? error.message, error.issues);
  }
  if (error instanceof HTTPException) {
    // Hono's validator refuses a body it cannot parse before any schema sees it; say that in the reader's language too.
    if (error.status === 400 && error.message.startsWith('Malformed JSON')) return HttpError.badRequest(message('request.malformed-json', {}));
    if (error.status === 400 && error.message.startsWith('Malformed FormData')) return HttpError.badRequest(message('request.form-unreadable', {}));
    const status = error.status as ContentfulStatusCode;
    return new HttpError(status, status === 400 ? 'bad-request' : 'http-error', error.message || 'Request failed', error.message || `HTTP ${status}`);
  }
  return new HttpError(500, 'internal-error', 'Internal server error', message('request.internal-error', {}));
}

/** One input issue as the problem document shows it, in `locale`. */
export function problemField(issue: InputIssue, locale: Locale): ProblemField {
  const said = issue.localized;
  const params = said && Object.keys(said.message.params).length > 0 ? said.message.params : undefined;
  const expected = said?.expected ? renderMessage(said.expected, locale) : issue.expected;
  return {
    path: issue.path,
    code: said?.message.code ?? 'invalid',
    message: said ? renderMessage(said.message, locale) : issue.message,
    ...(params ? { params } : {}),
    ...(expected === undefined ? {} : { expected }),
    ...(issue.line === undefined ? {} : { line: issue.line }),
    ...(issue.row === undefined ? {} : { row: issue.row }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
  };
}

/**
 * The single place where errors become responses, in the language the request asks for.
 *
 * @example app.onError(problemResponse)
 */
export function problemResponse(error: unknown, c: Context): Response {
  const http = toHttpError(error);
  if (http.status >= 500) process.stderr.write(`koers: ${c.req.method} ${c.req.path} failed: ${(error as Error)?.stack ?? String(error)}\n`);
  const locale = negotiateLocale(c.req.header('accept-language'));
  const problem: Problem = {
    type: `urn:koers:problem:${http.code}`,
    title: problemTitle(http.status, http.code, locale) ?? http.title,
    status: http.status,
    detail: http.text ? renderMessage(http.text, locale) : http.message,
    instance: c.req.path,
    code: http.code,
    ...(http.errors.length > 0 ? { errors: http.errors.map((e) => problemField(e, locale)) } : {}),
  };
  const headers = { ...http.headers, 'content-type': 'application/problem+json', 'content-language': locale, vary: 'Accept-Language' };
  return c.body(JSON.stringify(problem), http.status, headers);
}
