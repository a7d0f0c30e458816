import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../app/app-error.js';
import { findUserByName, listAllGrants, listGrants, listUsers } from '../../store/index.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { jsonBody } from '../validate.js';
import { createUser, disableUser, resetPassword, setGrants } from './accounts.js';
import type { AuthDeps } from './auth-deps.js';
import { MAX_PASSWORD_LENGTH } from './password-hash.js';
import { requirePrincipal } from './principal.js';
import { presentUser, userSchema } from './present-user.js';
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
const grantsSchema = z.strictObject({ grants: z.array(grantInputSchema).max(1000) });
const oneTimeSchema = z.object({ oneTimePassword: z.string().meta({ description: 'Shown once; hand it over in person or by a second channel.' }) });

export const userDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/api/users', tag: 'accounts', summary: 'Every account with its roles (beheerder)', responses: { 200: { description: 'The accounts', schema: z.object({ items: z.array(userSchema) }) } } },
  {
    method: 'post', path: '/api/users', tag: 'accounts', summary: 'Create an account (beheerder)', body: { schema: newUserSchema },
    responses: { 201: { description: 'Created; with a one-time password when none was given', schema: z.object({ user: userSchema, oneTimePassword: z.string().nullable() }) } },
  },
  { method: 'get', path: '/api/users/:username', tag: 'accounts', summary: 'One account (beheerder)', responses: { 200: { description: 'The account', schema: userSchema } } },
  { method: 'delete', path: '/api/users/:username', tag: 'accounts', summary: 'Disable an account: no sign-in, sessions and tokens stop (beheerder)', responses: { 204: { description: 'Disabled' } } },
  {
    method: 'put', path: '/api/users/:username/grants', tag: 'accounts', summary: "Set an account's roles per programme (beheerder)",
    description: 'Replaces every role assigned in Koers; roles from the single sign-on claim are kept and replaced at each sign-on.',
    body: { schema: grantsSchema }, responses: { 200: { description: 'The account with its roles', schema: userSchema } },
  },
  { method: 'post', path: '/api/users/:username/password', tag: 'accounts', summary: 'Reset a password to a one-time password; ends their sessions (beheerder)', responses: { 200: { description: 'The one-time password', schema: oneTimeSchema } } },
];

/** Account management for beheerders: create, list, roles, password resets, disabling. */
export function usersRoute({ store, cache }: AuthDeps) {
  const one = async (username: string) => {
    const user = await findUserByName(store.db, username);
    if (!user) throw new AppError('not-found', `there is no user "${username}"`);
    return presentUser(user, await listGrants(store.db, user.id));
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
    .get('/api/users/:username', async (c) => c.json(await one(c.req.param('username')), 200))
    .delete('/api/users/:username', async (c) => {
      const actor = requirePrincipal(c);
      if (c.req.param('username').toLowerCase() === actor.username) throw new AppError('conflict', 'you cannot disable your own account; ask another beheerder');
      await disableUser(store, c.req.param('username'), actor.username);
      await forget(c.req.param('username'));
      return c.body(null, 204);
    })
    .put('/api/users/:username/grants', jsonBody(grantsSchema), async (c) => {
      await setGrants(store, c.req.param('username'), c.req.valid('json').grants, requirePrincipal(c).username);
      await forget(c.req.param('username'));
      return c.json(await one(c.req.param('username')), 200);
    })
    .post('/api/users/:username/password', async (c) => {
      const oneTimePassword = await resetPassword(store, c.req.param('username'), requirePrincipal(c).username);
      await forget(c.req.param('username'));
      return c.json({ oneTimePassword }, 200);
    });
}
