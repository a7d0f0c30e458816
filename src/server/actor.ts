import type { Context } from 'hono';
import { HttpError } from './http-error.js';

/** Who makes changes when the request does not say. */
export const ANONYMOUS = 'anonymous';
const ACTOR_HEADER = 'x-koers-user';
const ACTOR = /^[^\u0000-\u001f\u007f]{1,200}$/u;

/**
 * The user a change is recorded under. For now the `X-Koers-User` header says who it is; when
 * accounts arrive, this is the one function that changes.
 *
 * @example audit({ actor: actorOf(c), … })
 */
export function actorOf(c: Context): string {
  const header = c.req.header(ACTOR_HEADER)?.trim();
  if (header === undefined || header === '') return ANONYMOUS;
  if (!ACTOR.test(header)) throw HttpError.badRequest('the X-Koers-User header must be a name of 1 to 200 printable characters', [{ path: 'X-Koers-User', message: 'not a valid user name' }]);
  return header;
}
