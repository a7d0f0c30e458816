import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../../app/app-error.js';
import { message, renderMessage } from '../../formats/messages/index.js';
import { findUserByName, listAllGrants, listGrants, listUsers } from '../../store/index.js';
import { HttpError } from '../http-error.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { jsonBody } from '../validate.js';
import { createUser, disableUser, enableUser, resetPassword, setGrants } from './accounts.js';
import type { AuthDeps } from './auth-deps.js';
import { MAX_PASSWORD_LENGTH } from './password-hash.js';
import { requirePrincipal } from './principal.js';
import { presentUser, userSchema } from './present-user.js';
import type { UserJson } from './present-user.js';
import { ROLES } from './roles.js';

const newUserSchema = z.strictObject({
  username: z.string().min(1).max(64),
  displayName: z.string().max(200).optional(),
  password: z.string().max(MAX_PASSWORD_LENGTH).optional().meta({ description: 'Leave out to get a one-time password, to be changed at the first sign-in.' }),
  admin: z.boolean().optional().meta({ description: 'beheerder on every programme' }),
  ssoOnly: z.boolean().optional().meta({ description: 'No password: signs in through single sign-on only.' }),
});
const grantInputSchema = z.strictObject({
  programme: z.string().min(1).max(200).meta({ description: 'A programme id, or * for every programme.' }),
  role: z.enum(ROLES),
  benefits: z.array(z.string().min(1).max(200)).max(200).default([]),
  ownerRoles: z.array(z.string().min(1).max(200)).max(200).default([]),
});
const grantsSchema = z.strictObject({
  grants: z.array(grantInputSchema).max(1000).superRefine((grants, ctx) => {
    // One role once per programme: a second baateigenaar row would otherwise be dropped unseen.
    const seen = new Set<string>();
    grants.forEach((g, i) => {
      const key = `${g.programme}\u0000${g.role}`;
      const twice = message('account.role-twice', { role: g.role, programme: g.programme });
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'role'], message: renderMessage(twice, 'en'), params: { message: twice } });
      seen.add(key);
    });
  }),
});
const oneTimeSchema = z.object({ oneTimePassword: z.string().meta({ description: 'Shown once; hand it over in person or by a second channel.' }) });

const ifMatch = ['If-Match'] as const;
const stale = { 412: { description: 'If-Match named an older state of the account: someone changed it meanwhile' } };

export const userDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/api/users', tag: 'accounts', summary: 'Every account with its roles (beheerder)', responses: { 200: { description: 'The accounts', schema: z.object({ items: z.array(userSchema) }) } } },
  {
    method: 'post', path: '/api/users', tag: 'accounts', summary: 'Create an account (beheerder)', body: { schema: newUserSchema },
    responses: { 201: { description: 'Created; with a one-time password when none was given', schema: z.object({ user: userSchema, oneTimePassword: z.string().nullable() }) } },
  },
  { method: 'get', path: '/api/users/:username', tag: 'accounts', summary: 'One account, with an ETag for the changes below (beheerder)', responses: { 200: { description: 'The account', schema: userSchema, headers: ['ETag'] } } },
  { method: 'delete', path: '/api/users/:username', tag: 'accounts', summary: 'Disable an account: no sign-in, sessions and tokens stop (beheerder)', headers: ifMatch, responses: { 204: { description: 'Disabled' }, ...stale } },
  { method: 'post', path: '/api/users/:username/enable', tag: 'accounts', summary: 'Enable a disabled account again (beheerder)', headers: ifMatch, responses: { 200: { description: 'The account', schema: userSchema, headers: ['ETag'] }, ...stale } },
  {
    method: 'put', path: '/api/users/:username/grants', tag: 'accounts', summary: "Set an account's roles per programme (beheerder)",
    description: 'Replaces every role assigned in Koers; roles from the single sign-on claim are kept and replaced at each sign-on. Send If-Match with the ETag of GET /api/users/:username so that a change someone else made meanwhile is not overwritten.',
    headers: ifMatch, body: { schema: grantsSchema }, responses: { 200: { description: 'The account with its roles', schema: userSchema, headers: ['ETag'] }, ...stale },
  },
  { method: 'post', path: '/api/users/:username/password', tag: 'accounts', summary: 'Reset a password to a one-time password; ends their sessions (beheerder)', headers: ifMatch, responses: { 200: { description: 'The one-time password', schema: oneTimeSchema }, ...stale } },
];

/** A strong entity tag of an account as the API shows it; any change to it (roles, status, password state) changes the tag. */
export const userEtag = (user: UserJson) => `"u${createHash('sha256').update(JSON.stringify(user)).digest('hex').slice(0, 20)}"`;

/** Account management for beheerders: create, list, roles, password resets, disabling and enabling. */
export function usersRoute({ store, cache }: AuthDeps) {
  const one = async (username: string) => {
    const user = await findUserByName(store.db, username);
    if (!user) throw new AppError('not-found', message('account.not-found', { username }));
    return presentUser(user, await listGrants(store.db, user.id));
  };
  /** 412 when If-Match names another state of the account than the current one. */
  const assertCurrent = async (c: Context, username: string) => {
    const header = c.req.header('if-match')?.trim();
    if (header === undefined || header === '' || header === '*') return;
    const current = userEtag(await one(username));
    if (!header.split(',').some((t) => t.trim().replace(/^W\//, '') === current)) {
      throw HttpError.preconditionFailed(message('account.stale', { username }));
    }
  };
  const answer = async (c: Context, username: string) => {
    const user = await one(username);
    return c.json(user, 200, { etag: userEtag(user) });
  };
  // Sessions and tokens of a changed account must not outlive the change on this instance.
  const forget = async (username: string) => {
    const user = await findUserByName(store.db, username);
    if (user) cache.forgetUser(user.id);
  };
  return new Hono()
    .get('/api/users', async (c) => {
      const [users, grants] = await Promise.all([listUsers(store.db), listAllGrants(store.db)]);
      return c.json({ items: users.map((u) => presentUser(u, grants.filter((g) => g.user_id === u.id))) }, 200);
    })
    .post('/api/users', jsonBody(newUserSchema), async (c) => {
      const created = await createUser(store, c.req.valid('json'), requirePrincipal(c).username);
      return c.json({ user: await one(created.user.username), oneTimePassword: created.oneTimePassword ?? null }, 201, { location: `/api/users/${encodeURIComponent(created.user.username)}` });
    })
    .get('/api/users/:username', (c) => answer(c, c.req.param('username')))
    .delete('/api/users/:username', async (c) => {
      const actor = requirePrincipal(c);
      if (c.req.param('username').toLowerCase() === actor.username) throw new AppError('conflict', message('account.disable-self', {}));
      await assertCurrent(c, c.req.param('username'));
      await disableUser(store, c.req.param('username'), actor.username);
      await forget(c.req.param('username'));
      return c.body(null, 204);
    })
    .post('/api/users/:username/enable', async (c) => {
      await assertCurrent(c, c.req.param('username'));
      await enableUser(store, c.req.param('username'), requirePrincipal(c).username);
      return answer(c, c.req.param('username'));
    })
    .put('/api/users/:username/grants', jsonBody(grantsSchema), async (c) => {
      await assertCurrent(c, c.req.param('username'));
      await setGrants(store, c.req.param('username'), c.req.valid('json').grants, requirePrincipal(c).username);
      await forget(c.req.param('username'));
      return answer(c, c.req.param('username'));
    })
    .post('/api/users/:username/password', async (c) => {
      await assertCurrent(c, c.req.param('username'));
      const oneTimePassword = await resetPassword(store, c.req.param('username'), requirePrincipal(c).username);
      await forget(c.req.param('username'));
      return c.json({ oneTimePassword }, 200);
    });
}
