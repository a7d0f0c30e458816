import { Hono } from 'hono';
import { z } from 'zod';
import { deleteUserToken, findUserByName, listGrants, listUserTokens } from '../../store/index.js';
import { message } from '../../formats/messages/index.js';
import { HttpError } from '../http-error.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { jsonBody } from '../validate.js';
import { changePassword } from './accounts.js';
import { createApiToken } from './api-tokens.js';
import type { AuthDeps } from './auth-deps.js';
import { assertLoginAllowed, loginKeys, noteLoginFailure, noteLoginSuccess } from './login-throttle.js';
import { verifyPassword, MAX_PASSWORD_LENGTH } from './password-hash.js';
import { forbidden, requirePrincipal } from './principal.js';
import type { Principal } from './principal.js';
import { accessSchema, presentAccess } from './present-access.js';
import { presentGrant, presentUser, userSchema } from './present-user.js';
import { clearSessionCookies, sessionCookie, setSessionCookies } from './session-cookie.js';
import { sessionCacheKey } from './authenticate.js';
import { endSession, startSession } from './sessions.js';

const loginSchema = z.strictObject({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
const passwordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
const tokenSchema = z.strictObject({
  name: z.string().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

/** What the dashboard needs to know about the signed-in user. */
export const sessionSchema = z.object({
  user: z.object({ username: z.string(), displayName: z.string() }),
  grants: userSchema.shape.grants,
  via: z.enum(['session', 'token']),
  csrfToken: z.string().nullable().meta({ description: 'Send it in X-CSRF-Token with every change; null for API tokens, which need none.' }),
  mustChangePassword: z.boolean(),
  access: accessSchema,
});
const tokenSummarySchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), expiresAt: z.string().nullable(), lastUsedAt: z.string().nullable() });
const providersSchema = z.object({ password: z.boolean(), oidc: z.object({ loginUrl: z.string() }).nullable() });

export const authDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/api/auth/providers', tag: 'accounts', summary: 'How one can sign in: password, and single sign-on when configured', responses: { 200: { description: 'The ways to sign in', schema: providersSchema } } },
  {
    method: 'post', path: '/api/auth/login', tag: 'accounts', summary: 'Sign in with username and password',
    description: 'Sets the HttpOnly session cookie (a new id at every sign-in) and the koers-csrf cookie. Failed sign-ins are limited per account and per address; past the limit the answer is 429 with Retry-After.',
    body: { schema: loginSchema }, responses: { 200: { description: 'Signed in', schema: sessionSchema } },
  },
  { method: 'post', path: '/api/auth/logout', tag: 'accounts', summary: 'Sign out: ends the session and clears its cookies', responses: { 204: { description: 'Signed out' } } },
  { method: 'get', path: '/api/auth/session', tag: 'accounts', summary: 'The signed-in user ("who am I"): roles, what they may change per programme, and the CSRF token', responses: { 200: { description: 'Signed in', schema: sessionSchema } } },
  {
    method: 'put', path: '/api/auth/password', tag: 'accounts', summary: 'Change your own password', description: 'Ends your other sessions and gives this one a new id (new cookies).',
    body: { schema: passwordSchema }, responses: { 200: { description: 'Changed', schema: sessionSchema } },
  },
  { method: 'get', path: '/api/auth/tokens', tag: 'accounts', summary: 'Your personal API tokens (without their secrets)', responses: { 200: { description: 'The tokens', schema: z.object({ items: z.array(tokenSummarySchema) }) } } },
  {
    method: 'post', path: '/api/auth/tokens', tag: 'accounts', summary: 'Create a personal API token for automation; the secret is shown once',
    body: { schema: tokenSchema }, responses: { 201: { description: 'Created', schema: tokenSummarySchema.extend({ token: z.string() }) } },
  },
  { method: 'delete', path: '/api/auth/tokens/:tokenId', tag: 'accounts', summary: 'Revoke one of your API tokens', responses: { 204: { description: 'Revoked' } } },
];

/** Signing in and out, the current session, changing one's password, and personal API tokens. */
export function authRoute({ store, options, oidc, cache }: AuthDeps) {
  const sessionJson = async (principal: Principal, csrfToken: string | null, mustChangePassword: boolean) => ({
    user: { username: principal.username, displayName: principal.displayName },
    grants: principal.grants.map(presentGrant),
    via: principal.via.kind,
    csrfToken,
    mustChangePassword,
    access: await presentAccess(store.db, principal.grants),
  });

  return new Hono()
    .get('/api/auth/providers', (c) => c.json({ password: true, oidc: oidc ? { loginUrl: '/api/auth/oidc/login' } : null }, 200))
    .post('/api/auth/login', jsonBody(loginSchema), async (c) => {
      const { username, password } = c.req.valid('json');
      const keys = loginKeys(c, options, username);
      await assertLoginAllowed(store, options, keys);
      const user = await findUserByName(store.db, username.trim());
      const ok = (await verifyPassword(user?.password_hash, password)) && user !== undefined && user.disabled === 0;
      if (!ok || !user) {
        await noteLoginFailure(store, options, keys);
        throw new HttpError(401, 'invalid-credentials', 'Unauthenticated', message('auth.invalid-credentials', {}));
      }
      await noteLoginSuccess(store, keys);
      const previous = sessionCookie(c);
      if (previous !== undefined) cache.forget(sessionCacheKey(previous));
      const session = await startSession(store, options, user.id, 'password', previous);
      setSessionCookies(c, options, session);
      const grants = presentUser(user, await listGrants(store.db, user.id)).grants;
      return c.json({
        user: { username: user.username, displayName: user.display_name }, grants, via: 'session' as const, csrfToken: session.csrfToken, mustChangePassword: user.must_change_password === 1,
        access: await presentAccess(store.db, grants),
      }, 200);
    })
    .post('/api/auth/logout', async (c) => {
      const cookie = sessionCookie(c);
      if (cookie !== undefined) {
        await endSession(store, cookie);
        cache.forget(sessionCacheKey(cookie));
      }
      clearSessionCookies(c);
      return c.body(null, 204);
    })
    .get('/api/auth/session', async (c) => {
      const principal = requirePrincipal(c);
      return c.json(await sessionJson(principal, principal.via.kind === 'session' ? principal.via.csrfToken : null, principal.mustChangePassword), 200);
    })
    .put('/api/auth/password', jsonBody(passwordSchema), async (c) => {
      const principal = requirePrincipal(c);
      if (principal.via.kind !== 'session') throw forbidden(message('auth.password-in-session', {}));
      const { currentPassword, newPassword } = c.req.valid('json');
      await changePassword(store, principal.userId, principal.username, currentPassword, newPassword, principal.via.sessionId);
      cache.forgetUser(principal.userId);
      const session = await startSession(store, options, principal.userId, 'password', sessionCookie(c));
      setSessionCookies(c, options, session);
      return c.json(await sessionJson(principal, session.csrfToken, false), 200);
    })
    .get('/api/auth/tokens', async (c) => {
      const principal = requirePrincipal(c);
      const tokens = await listUserTokens(store.db, principal.userId);
      return c.json({ items: tokens.map((t) => ({ id: t.id, name: t.name, createdAt: t.created_at, expiresAt: t.expires_at, lastUsedAt: t.last_used_at })) }, 200);
    })
    .post('/api/auth/tokens', jsonBody(tokenSchema), async (c) => {
      const principal = requirePrincipal(c);
      const { name, expiresInDays } = c.req.valid('json');
      const { token, summary: t } = await createApiToken(store, principal.userId, name, expiresInDays, options.now());
      return c.json({ id: t.id, name: t.name, createdAt: t.created_at, expiresAt: t.expires_at, lastUsedAt: t.last_used_at, token }, 201);
    })
    .delete('/api/auth/tokens/:tokenId', async (c) => {
      const principal = requirePrincipal(c);
      if (!(await deleteUserToken(store.db, principal.userId, c.req.param('tokenId')))) throw HttpError.notFound(`you have no API token "${c.req.param('tokenId')}"`);
      cache.forgetUser(principal.userId);
      return c.body(null, 204);
    });
}
