import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { insertOidcLogin, takeOidcLogin } from '../../store/index.js';
import { HttpError } from '../http-error.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { queryOf } from '../validate.js';
import type { AuthDeps } from './auth-deps.js';
import { signOnAccount } from './oidc-sign-on.js';
import { secureCookies, sessionCookie, setSessionCookies } from './session-cookie.js';
import { startSession } from './sessions.js';
import { sameSecret } from './secret-token.js';

/** A sign-on must come back within this time. */
const PENDING_MINUTES = 10;
/** Binds a sign-on to the browser that started it, so nobody can finish their sign-on in someone else's browser. */
const STATE_COOKIE = 'koers-oidc-state';

const loginQuery = z.object({ returnTo: z.string().max(2000).optional().meta({ description: 'A path of the dashboard to return to; default /.' }) });

export const oidcDocs: readonly RouteDoc[] = [
  {
    method: 'get', path: '/api/auth/oidc/login', tag: 'accounts', summary: 'Sign in through single sign-on: redirects to the provider', query: loginQuery,
    responses: { 302: { description: 'To the OpenID Connect provider' } },
  },
  {
    method: 'get', path: '/api/auth/oidc/callback', tag: 'accounts', summary: "The provider's redirect back; starts a session and returns to the dashboard",
    responses: { 302: { description: 'Signed in; to the page the sign-in started from' } },
  },
];

/** Only a path on this site: `//evil.example` and `https://…` would make Koers an open redirect. */
const safeReturn = (path: string | undefined) => (path && /^\/(?![/\\])[^\s]*$/.test(path) ? path : '/');

/** Single sign-on with OpenID Connect: authorization code flow with PKCE, state and nonce. */
export function oidcRoute({ store, options, oidc, cache }: AuthDeps) {
  const client = () => {
    if (!oidc) throw new HttpError(404, 'sso-not-configured', 'Not found', 'single sign-on is not configured on this server (KOERS_OIDC_ISSUER …)');
    return oidc;
  };
  return new Hono()
    .get('/api/auth/oidc/login', queryOf(loginQuery), async (c) => {
      const started = await client().start();
      const now = options.now();
      await insertOidcLogin(store.db, {
        state: started.state, nonce: started.nonce, code_verifier: started.codeVerifier, return_to: safeReturn(c.req.valid('query').returnTo), created_at: now.toISOString(),
      }, new Date(now.getTime() - PENDING_MINUTES * 60_000).toISOString());
      // Lax: the provider's redirect back is a top-level navigation, which carries Lax cookies.
      setCookie(c, STATE_COOKIE, started.state, { path: '/api/auth/oidc/callback', httpOnly: true, sameSite: 'Lax', secure: secureCookies(c, options), maxAge: PENDING_MINUTES * 60 });
      return c.redirect(started.url, 302);
    })
    .get('/api/auth/oidc/callback', async (c) => {
      const oidcClient = client();
      const state = c.req.query('state') ?? '';
      const cookie = getCookie(c, STATE_COOKIE) ?? '';
      deleteCookie(c, STATE_COOKIE, { path: '/api/auth/oidc/callback' });
      if (c.req.query('error')) throw new HttpError(403, 'sso-refused', 'Forbidden', `the sign-on provider refused: ${c.req.query('error')}`);
      if (state === '' || !sameSecret(state, cookie)) throw HttpError.badRequest('this sign-on was not started in this browser; start again from the sign-in page');
      const pending = await takeOidcLogin(store.db, state);
      const now = options.now();
      if (!pending || Date.parse(pending.created_at) < now.getTime() - PENDING_MINUTES * 60_000) throw HttpError.badRequest('this sign-on has expired or was used already; start again from the sign-in page');
      let identity;
      try {
        identity = await oidcClient.finish(new URL(c.req.url).search, { state: pending.state, nonce: pending.nonce, codeVerifier: pending.code_verifier });
      } catch (error) {
        throw new HttpError(403, 'sso-failed', 'Forbidden', `the sign-on could not be verified: ${(error as Error).message}`);
      }
      const user = await signOnAccount(store, identity);
      cache.forgetUser(user.id);
      const session = await startSession(store, options, user.id, 'oidc', sessionCookie(c));
      setSessionCookies(c, options, session);
      return c.redirect(pending.return_to, 302);
    });
}
