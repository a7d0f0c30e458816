import type { Context } from 'hono';
import { HttpError } from './http-error.js';

/** A strong entity tag for a version number: `"v3"` for plans, `"r2"` for records. */
export const etagOf = (prefix: 'v' | 'r', version: number) => `"${prefix}${version}"`;

/**
 * The version an If-Match header asks for: undefined when there is none (or `*`), so the change
 * is unconditional; -1 for a tag that can never match, so the change fails with 412.
 *
 * @example const expectedVersion = ifMatchVersion(c, 'r');
 */
export function ifMatchVersion(c: Context, prefix: 'v' | 'r'): number | undefined {
  const header = c.req.header('if-match')?.trim();
  if (header === undefined || header === '' || header === '*') return undefined;
  const tags = header.split(',').map((t) => t.trim()).filter(Boolean);
  if (tags.length !== 1) throw HttpError.badRequest('If-Match must hold exactly one entity tag, as received in the ETag header', [{ path: 'If-Match', message: `${tags.length} tags` }]);
  const match = new RegExp(`^(?:W/)?"${prefix}(\\d{1,9})"$`).exec(tags[0]!);
  return match ? Number(match[1]) : -1;
}

/** True when the request's If-None-Match already names `etag`, so a 304 will do. */
export function notModified(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match');
  return header !== undefined && header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
