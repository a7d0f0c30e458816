import type { MiddlewareHandler } from 'hono';
import type { Store, UserRow } from '../../store/index.js';
import { coalesceReads, findUserToken, listGrants, touchUserToken } from '../../store/index.js';
import type { AuthOptions } from './auth-options.js';
import type { Principal } from './principal.js';
import { unauthenticated } from './principal.js';
import { grantOf } from './roles.js';
import type { Grant } from './roles.js';
import { API_TOKEN_PREFIX, sha256 } from './secret-token.js';
import { clearSessionCookies, sessionCookie } from './session-cookie.js';
import { PrincipalCache } from './principal-cache.js';
import { resolveSession } from './sessions.js';

/**
 * Finds out who makes the request — a personal API token (`Authorization: Bearer koers_…`) or the
 * session cookie — and sets `principal` (undefined for nobody). It refuses nothing by itself except
 * a Bearer token that is not valid; `authorize` decides what the principal may do.
 */
export function authenticate(store: Store, options: AuthOptions, cache = new PrincipalCache()): MiddlewareHandler {
  // Requests that miss the cache together share one lookup (sent after each of them arrived),
  // rather than each asking the database when a busy client's entry runs out.
  const tokenLookup = coalesceReads((hash: string) => lookUpToken(store, options, hash));
  const sessionLookup = coalesceReads((cookie: string) => lookUpSession(store, options, cookie));
  return async (c, next) => {
    c.set('principal', undefined);
    // Only the API asks who is calling; the dashboard's files are the same for everyone.
    if (!c.req.path.startsWith('/api/')) return next();
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match || !match[1]!.startsWith(API_TOKEN_PREFIX)) throw unauthenticated('the Authorization header must be "Bearer koers_…", a personal API token');
      const hash = sha256(match[1]!);
      const key = `token:${hash}`;
      const cached = cache.get(key, options.now().getTime());
      if (cached) {
        c.set('principal', cached);
        return next();
      }
      const found = await tokenLookup(hash);
      if (!found) throw unauthenticated('this API token is not valid: it is unknown, expired or revoked, or its account is disabled');
      cache.set(key, found.principal, found.at, found.until);
      c.set('principal', found.principal);
      return next();
    }
    const cookie = sessionCookie(c);
    if (cookie !== undefined) {
      const key = sessionCacheKey(cookie);
      const cached = cache.get(key, options.now().getTime());
      if (cached) {
        c.set('principal', cached);
        return next();
      }
      const found = await sessionLookup(cookie);
      if (found) {
        cache.set(key, found.principal, found.at, found.until);
        c.set('principal', found.principal);
      } else {
        clearSessionCookies(c);
      }
    }
    return next();
  };
}

/** Who a credential stands for, when it was looked up, and until when that may be trusted. */
interface Resolved {
  readonly principal: Principal;
  readonly at: number;
  readonly until: number;
}

async function lookUpToken(store: Store, options: AuthOptions, hash: string): Promise<Resolved | undefined> {
  const now = options.now();
  const found = await findUserToken(store.db, hash);
  if (!found || found.user.disabled || (found.token.expires_at !== null && found.token.expires_at <= now.toISOString())) return undefined;
  if (found.token.last_used_at === null || now.getTime() - Date.parse(found.token.last_used_at) > 60_000) await touchUserToken(store.db, found.token.id, now.toISOString());
  // A token acts with its user's roles, but never under a pending password change's restriction: only people sign in with passwords.
  const resolved = principal(found.user, await grantsOf(store, found.user.id), { kind: 'token', tokenId: found.token.id }, false);
  return { principal: resolved, at: now.getTime(), until: found.token.expires_at === null ? Infinity : Date.parse(found.token.expires_at) };
}

async function lookUpSession(store: Store, options: AuthOptions, cookie: string): Promise<Resolved | undefined> {
  const now = options.now().getTime();
  const found = await resolveSession(store, options, cookie);
  if (!found) return undefined;
  const via = { kind: 'session', sessionId: found.session.id, csrfToken: found.session.csrf_token } as const;
  const resolved = principal(found.user, await grantsOf(store, found.user.id), via, found.user.must_change_password === 1);
  const idleEnd = Math.max(now, Date.parse(found.session.last_seen_at)) + options.sessionIdleMinutes * 60_000;
  return { principal: resolved, at: now, until: Math.min(Date.parse(found.session.expires_at), idleEnd) };
}

/** The cache key of a session cookie value. */
export const sessionCacheKey = (cookie: string) => `session:${sha256(cookie)}`;

async function grantsOf(store: Store, userId: string): Promise<Grant[]> {
  return (await listGrants(store.db, userId)).map(grantOf).filter((g): g is Grant => g !== undefined);
}

function principal(user: UserRow, grants: readonly Grant[], via: Principal['via'], mustChangePassword: boolean): Principal {
  return { userId: user.id, username: user.username, displayName: user.display_name, grants, via, mustChangePassword };
}
