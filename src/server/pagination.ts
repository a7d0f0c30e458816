import type { Context } from 'hono';
import { z } from 'zod';
import { inputIssue } from '../app/app-error.js';
import { message } from '../formats/messages/index.js';
import { HttpError } from './http-error.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** `?limit=&cursor=` of every list. The cursor is opaque: it is the `next` link's, passed back. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).meta({ description: `Items per page, 1–${MAX_PAGE_SIZE}.` }),
  cursor: z.string().max(200).optional().meta({ description: 'From the `next` link of the previous page.' }),
});

/** A page of a list and the link to the next page (null on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

/** The key a cursor stands for. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key === '' || encodeCursor(key) !== cursor) throw HttpError.badRequest(message('request.unknown-cursor', {}), [inputIssue('cursor', message('request.unknown-cursor-field', {}))]);
  return key;
}

/**
 * A page from rows fetched with `limit + 1`: the extra row only says there is more.
 *
 * @example const rows = await listRecords(db, id, filter, { after, limit: limit + 1 }); return c.json(pageOf(c, rows, limit, (r) => r.id, present));
 */
export function pageOf<R, T>(c: Context, rows: readonly R[], limit: number, keyOf: (row: R) => string, present: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit);
  if (rows.length <= limit || items.length === 0) return { items: items.map(present), next: null };
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', encodeCursor(keyOf(items.at(-1)!)));
  url.searchParams.set('limit', String(limit));
  return { items: items.map(present), next: `${url.pathname}${url.search}` };
}
