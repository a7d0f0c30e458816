import type { z } from 'zod';

/** A response of a documented route: JSON with a schema, or another media type. */
export interface ResponseDoc {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** Default `application/json`. */
  readonly mediaType?: string;
  readonly headers?: readonly string[];
}

/**
 * The OpenAPI description of one route, kept beside the route and built from the same zod
 * schemas that validate it. Paths are written as Hono writes them (`/api/programmes/:id`).
 */
export interface RouteDoc {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly description?: string;
  readonly query?: z.ZodObject;
  /** Request headers the route reads, such as If-Match or Idempotency-Key. */
  readonly headers?: readonly ('If-Match' | 'If-None-Match' | 'Idempotency-Key' | 'X-CSRF-Token')[];
  readonly body?: { readonly schema?: z.ZodType; readonly mediaTypes?: readonly string[]; readonly description?: string };
  readonly responses: Readonly<Record<number, ResponseDoc>>;
}

/** Request headers as OpenAPI parameters. */
export const HEADER_DOCS = {
  'If-Match': 'The ETag last received; a stale one answers 412 and changes nothing.',
  'If-None-Match': 'An ETag; answers 304 when it is still current.',
  'Idempotency-Key': 'Any unique string; a retried request with the same key and body is stored once and answered as the first time.',
  'X-CSRF-Token': 'With a session cookie: the session\'s CSRF token (the koers-csrf cookie, or GET /api/auth/session); without it a change is refused with 403. Not needed with an API token. Changes are recorded under the signed-in user.',
} as const;
