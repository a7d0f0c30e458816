import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store/index.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { DEFAULT_AUTH_OPTIONS } from './auth-options.js';
import type { AuthOptions } from './auth-options.js';
import type { AuthDeps } from './auth-deps.js';
import { authDocs } from './auth.route.js';
import { authenticate } from './authenticate.js';
import { authorize } from './authorize.js';
import { csrfProtection } from './csrf.js';
import { createOidcClient } from './oidc-client.js';
import type { OidcClient } from './oidc-client.js';
import { oidcDocs } from './oidc.route.js';
import { PrincipalCache } from './principal-cache.js';
import { securityHeaders } from './security-headers.js';
import { userDocs } from './users.route.js';

/**
 * The account dependencies of an app: options with defaults spread in, and the sign-on client when
 * single sign-on is configured.
 *
 * @example const auth = authDepsOf(store, { secureCookies: true });
 */
export function authDepsOf(store: Store, options: Partial<AuthOptions> = {}, oidc?: OidcClient): AuthDeps {
  const all: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, ...options };
  return { store, options: all, oidc: oidc ?? (all.oidc ? createOidcClient(all.oidc) : undefined), cache: new PrincipalCache() };
}

/**
 * The middleware, to be used in this order: security headers on every answer (`headers`), who is
 * asking (`authenticate`), cross-site refusal (`csrf`), the permission table (`authorize`; it needs
 * the app's routes to refuse a route the table forgot).
 */
export function authMiddleware(auth: AuthDeps, servedRoutes: () => readonly { readonly method: string; readonly path: string }[]) {
  return {
    headers: securityHeaders(auth.options),
    authenticate: authenticate(auth.store, auth.options, auth.cache),
    csrf: csrfProtection(auth.options),
    authorize: authorize(auth.store, servedRoutes),
  } as const satisfies Record<string, MiddlewareHandler>;
}

/** The OpenAPI entries of the account routes. */
export const authRouteDocs: readonly RouteDoc[] = [...authDocs, ...oidcDocs, ...userDocs];
