import type { Context, MiddlewareHandler } from 'hono';
import { message } from '../../formats/messages/index.js';
import type { AuthOptions } from './auth-options.js';
import { forbidden, principalOf } from './principal.js';
import { sameSecret } from './secret-token.js';

/** The header the dashboard echoes the CSRF token in; the token comes from the `koers-csrf` cookie or GET /api/auth/session. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that another site could have made a browser send:
 * 1. when the browser says the request came from another origin, always — this also covers the
 *    sign-in form, which has no session yet. Sec-Fetch-Site decides when the browser sends it (every
 *    current browser does); otherwise an Origin header must name the host the request was sent to;
 * 2. for requests signed in by session cookie, unless X-CSRF-Token matches the session's token.
 * Requests with an API token carry no ambient credentials and need no CSRF token.
 */
export function csrfProtection(options: AuthOptions): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if (site !== undefined) {
      if (site !== 'same-origin' && site !== 'none') throw forbidden(`a ${site} request may not change anything in Koers`, 'cross-site-request');
    } else if (origin !== undefined && !sameOrigin(c, origin, options)) {
      throw forbidden(`a request from ${origin} may not change anything in Koers`, 'cross-site-request');
    }
    const principal = principalOf(c);
    if (principal?.via.kind === 'session') {
      const token = c.req.header(CSRF_HEADER);
      if (token === undefined || token === '') throw forbidden('send the CSRF token of your session in the X-CSRF-Token header (the koers-csrf cookie holds it)', 'csrf-token-missing');
      if (!sameSecret(token, principal.via.csrfToken)) throw forbidden(message('auth.csrf-invalid', {}), 'csrf-token-invalid');
    }
    return next();
  };
}

/** Whether an Origin header names the host this request was sent to (the scheme may differ behind a TLS proxy). */
function sameOrigin(c: Context, origin: string, options: AuthOptions): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = options.trustProxy ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const expected = forwarded ?? c.req.header('host') ?? new URL(c.req.url).host;
  return host.toLowerCase() === expected.toLowerCase();
}
