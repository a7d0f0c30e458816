import type { Context } from 'hono';
import { requirePrincipal } from './auth/index.js';

/**
 * The user a change is recorded under: the signed-in user's username (session or API token). The
 * X-Koers-User header of earlier versions is ignored. Routes that change anything are signed-in
 * routes, so a missing user is a 401.
 *
 * @example audit({ actor: actorOf(c), … })
 */
export function actorOf(c: Context): string {
  return requirePrincipal(c).username;
}
