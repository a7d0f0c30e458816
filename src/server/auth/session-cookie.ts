import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AuthOptions } from './auth-options.js';

/** The session cookie: `__Host-` prefixed when Secure, so no subdomain or path can shadow it. */
const SESSION = { secure: '__Host-koers-session', plain: 'koers-session' } as const;
/** The CSRF token cookie: readable by the dashboard's script, which echoes it in X-CSRF-Token. */
const CSRF = { secure: '__Host-koers-csrf', plain: 'koers-csrf' } as const;

/** Whether this request reached Koers over https (directly, or as a trusted proxy says). */
export function isHttps(c: Context, options: AuthOptions): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return options.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** Whether cookies get the Secure flag for this request. */
export const secureCookies = (c: Context, options: AuthOptions): boolean => (options.secureCookies === 'auto' ? isHttps(c, options) : options.secureCookies);

/** The session id the browser sent, if any (either cookie name, so a change of mode does not strand anyone). */
export const sessionCookie = (c: Context): string | undefined => getCookie(c, SESSION.secure) ?? getCookie(c, SESSION.plain);

/**
 * Sets the session cookie (HttpOnly, SameSite=Lax, Secure over https) and the CSRF cookie. Both
 * live for the session's absolute lifetime; the server enforces the idle timeout.
 */
export function setSessionCookies(c: Context, options: AuthOptions, session: { readonly id: string; readonly csrfToken: string; readonly maxAgeSeconds: number }): void {
  const secure = secureCookies(c, options);
  const common = { path: '/', secure, maxAge: session.maxAgeSeconds } as const;
  setCookie(c, secure ? SESSION.secure : SESSION.plain, session.id, { ...common, httpOnly: true, sameSite: 'Lax' });
  setCookie(c, secure ? CSRF.secure : CSRF.plain, session.csrfToken, { ...common, httpOnly: false, sameSite: 'Lax' });
}

/** Removes both cookies, under either name. */
export function clearSessionCookies(c: Context): void {
  for (const name of [SESSION.secure, CSRF.secure]) deleteCookie(c, name, { path: '/', secure: true });
  for (const name of [SESSION.plain, CSRF.plain]) deleteCookie(c, name, { path: '/' });
}
