import type { Context } from 'hono';
import type { Message } from '../../formats/messages/index.js';
import { HttpError } from '../http-error.js';
import { ALL_PROGRAMMES } from './roles.js';
import type { Grant } from './roles.js';

/** Who is making a request, as the authenticate middleware found out. */
export interface Principal {
  readonly userId: string;
  /** The account name; the audit log records changes under it. */
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly Grant[];
  /** A browser session (cookie, CSRF token needed for changes) or a personal API token (Bearer). */
  readonly via: { readonly kind: 'session'; readonly sessionId: string; readonly csrfToken: string } | { readonly kind: 'token'; readonly tokenId: string };
  /** Set after a first run or a reset: until the password is changed, only account routes answer. */
  readonly mustChangePassword: boolean;
}

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal | undefined;
  }
}

/** The signed-in user of a request, or undefined. */
export const principalOf = (c: Context): Principal | undefined => c.get('principal');

/** The signed-in user; a 401 problem when there is none. */
export function requirePrincipal(c: Context): Principal {
  const principal = principalOf(c);
  if (!principal) throw unauthenticated();
  return principal;
}

/**
 * The programmes the signed-in user may see in lists: undefined when a grant on `*` shows them all,
 * else the programmes of their grants.
 */
export function visibleProgrammes(c: Context): readonly string[] | undefined {
  const grants = requirePrincipal(c).grants;
  if (grants.some((g) => g.programme === ALL_PROGRAMMES)) return undefined;
  return [...new Set(grants.map((g) => g.programme))];
}

/** 401 with the scheme a client should use. */
export const unauthenticated = (detail = 'sign in first: POST /api/auth/login, or send a personal API token as "Authorization: Bearer …"') =>
  new HttpError(401, 'unauthenticated', 'Unauthenticated', detail, [], { 'www-authenticate': 'Bearer realm="koers"' });

/** 403 with a stable code. */
export const forbidden = (detail: string | Message, code = 'forbidden') => new HttpError(403, code, 'Forbidden', detail);
