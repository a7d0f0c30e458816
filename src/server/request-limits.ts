import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { MAX_RECORD_FILE_BYTES } from '../formats/csv/index.js';
import { MAX_PROGRAMME_BYTES } from '../formats/yaml/index.js';
import { HttpError } from './http-error.js';

/** Request body limits: small for JSON, room for files where files are sent. */
export const BODY_LIMITS = {
  json: 1024 * 1024,
  bulk: 8 * 1024 * 1024,
  programme: MAX_PROGRAMME_BYTES + 64 * 1024,
  upload: MAX_RECORD_FILE_BYTES + 64 * 1024,
  bundle: 64 * 1024 * 1024,
} as const;

/**
 * With a Content-Length and no Transfer-Encoding, Node's parser never delivers more than announced, so the
 * header alone decides; only then is Hono's bodyLimit (which wraps the body in a stream) skipped.
 */
const limiter = (maxSize: number): MiddlewareHandler => {
  const streamed = bodyLimit({ maxSize, onError: () => { throw HttpError.tooLarge(maxSize); } });
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined || !/^\d+$/.test(length)) return streamed(c, next);
    if (Number(length) > maxSize) throw HttpError.tooLarge(maxSize);
    return next();
  };
};
const limiters = Object.fromEntries(Object.entries(BODY_LIMITS).map(([k, v]) => [k, limiter(v)])) as Record<keyof typeof BODY_LIMITS, MiddlewareHandler>;

/** Picks the body limit by route, so that no request body is ever read without one. */
export const requestLimits: MiddlewareHandler = (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const path = c.req.path;
  if (path === '/api/bundles') return limiters.bundle(c, next);
  if (path.endsWith('/upload')) return limiters.upload(c, next);
  if (path.endsWith('/bulk')) return limiters.bulk(c, next);
  if (/^\/api\/programmes(\/[^/]+)?\/?$/.test(path)) return limiters.programme(c, next);
  return limiters.json(c, next);
};
