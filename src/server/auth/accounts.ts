import { AppError, inputIssue } from '../../app/app-error.js';
import { message } from '../../formats/messages/index.js';
import type { Store, UserRow } from '../../store/index.js';
import {
  appendAudit, deleteGrant, deleteUserSessions, findUserByName, insertUser, newId, replaceGrants, updateUser, upsertGrant,
} from '../../store/index.js';
import type { Database } from '../../store/index.js';
import type { Kysely } from 'kysely';
import { hashPassword, oneTimePassword, passwordProblem, verifyPassword } from './password-hash.js';
import { ALL_PROGRAMMES } from './roles.js';
import type { Grant } from './roles.js';

/** Lower-case letters, digits and `._@-`, 2 to 64 characters, starting with a letter or digit. */
export const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** A new account. Without `password` (and not `ssoOnly`) it gets a one-time password to change at first sign-in. */
export interface NewUser {
  readonly username: string;
  readonly displayName?: string;
  readonly password?: string;
  readonly admin?: boolean;
  /** Signs in only through single sign-on: no password at all. */
  readonly ssoOnly?: boolean;
}

/** A created account and, when Koers chose it, the one-time password to hand over (shown once, never stored). */
export interface CreatedUser {
  readonly user: UserRow;
  readonly oneTimePassword: string | undefined;
}

/**
 * Creates an account; `admin` grants beheerder on every programme. The audit log records who made
 * it, never the password.
 *
 * @example const { oneTimePassword } = await createUser(store, { username: 'anna', admin: true }, 'koers-cli');
 */
export async function createUser(store: Store, input: NewUser, actor: string): Promise<CreatedUser> {
  const username = checkUsername(input.username);
  const displayName = (input.displayName ?? '').trim() || username;
  if (displayName.length > 200) throw new AppError('invalid-input', message('account.display-name-too-long', {}), [inputIssue('displayName', message('account.too-long', {}))]);
  let password = input.password;
  let generated: string | undefined;
  if (password !== undefined) {
    const problem = passwordProblem(password, username);
    if (problem) throw new AppError('invalid-input', problem, [inputIssue('password', problem)]);
  } else if (!input.ssoOnly) {
    password = generated = oneTimePassword();
  }
  const hash = password === undefined ? null : await hashPassword(password);
  const at = new Date().toISOString();
  const user: UserRow = {
    id: newId(), username, display_name: displayName, password_hash: hash, must_change_password: generated ? 1 : 0, disabled: 0, oidc_subject: null,
    created_at: at, created_by: actor, updated_at: at, updated_by: actor,
  };
  await store.dialect.writeTransaction(store.db, async (trx) => {
    if (!(await insertUser(trx, user))) throw new AppError('conflict', message('account.username-taken', { username }));
    if (input.admin) await upsertGrant(trx, grantRow(user.id, { programme: ALL_PROGRAMMES, role: 'beheerder', benefits: [], ownerRoles: [], source: 'local' }, at, actor));
    await audit(trx, at, actor, username, 'create', undefined, { username, displayName, admin: !!input.admin, ssoOnly: !!input.ssoOnly });
  });
  return { user, oneTimePassword: generated };
}

/** Sets a new one-time password (to change at the next sign-in) and ends the account's sessions. */
export async function resetPassword(store: Store, username: string, actor: string): Promise<string> {
  const user = await existing(store, username);
  const password = oneTimePassword();
  const hash = await hashPassword(password);
  const at = new Date().toISOString();
  await store.dialect.writeTransaction(store.db, async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, must_change_password: 1, updated_at: at, updated_by: actor });
    await deleteUserSessions(trx, user.id);
    await audit(trx, at, actor, user.username, 'update', undefined, { passwordReset: true });
  });
  return password;
}

/**
 * A user changes their own password, proving the current one. Every other session of theirs ends;
 * the caller rotates the current one.
 */
export async function changePassword(store: Store, userId: string, username: string, current: string, next: string, keepSession: string | undefined): Promise<void> {
  const user = await existing(store, username);
  if (user.id !== userId || !(await verifyPassword(user.password_hash, current))) {
    throw new AppError('invalid-input', message('account.wrong-password', {}), [inputIssue('currentPassword', message('account.wrong-password-field', {}))]);
  }
  const problem = passwordProblem(next, user.username) ?? (next === current ? message('account.password-unchanged', {}) : undefined);
  if (problem) throw new AppError('invalid-input', problem, [inputIssue('newPassword', problem)]);
  const hash = await hashPassword(next);
  const at = new Date().toISOString();
  await store.dialect.writeTransaction(store.db, async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, must_change_password: 0, updated_at: at, updated_by: user.username });
    await deleteUserSessions(trx, user.id, keepSession);
    await audit(trx, at, user.username, user.username, 'update', undefined, { passwordChanged: true });
  });
}

/** Gives a user a role on a programme (or `*`); granting it again replaces the baateigenaar's benefit scope. */
export async function grantRole(store: Store, username: string, grant: Omit<Grant, 'source'>, actor: string): Promise<void> {
  const user = await existing(store, username);
  const at = new Date().toISOString();
  await store.dialect.writeTransaction(store.db, async (trx) => {
    await upsertGrant(trx, grantRow(user.id, { ...grant, source: 'local' }, at, actor));
    await audit(trx, at, actor, user.username, 'update', undefined, { granted: grantJson(grant) }, grant.programme);
  });
}

/** Takes a role away; false when the user did not have it. */
export async function revokeRole(store: Store, username: string, programme: string, role: string, actor: string): Promise<boolean> {
  const user = await existing(store, username);
  const at = new Date().toISOString();
  return store.dialect.writeTransaction(store.db, async (trx) => {
    const removed = await deleteGrant(trx, user.id, programme, role);
    if (removed) await audit(trx, at, actor, user.username, 'update', { granted: { programme, role } }, { revoked: { programme, role } }, programme);
    return removed;
  });
}

/** Replaces all of a user's local grants at once (the admin screen's save). */
export async function setGrants(store: Store, username: string, grants: readonly Omit<Grant, 'source'>[], actor: string): Promise<void> {
  const user = await existing(store, username);
  const at = new Date().toISOString();
  await store.dialect.writeTransaction(store.db, async (trx) => {
    await replaceGrants(trx, user.id, 'local', grants.map((g) => grantRow(user.id, { ...g, source: 'local' }, at, actor)));
    await audit(trx, at, actor, user.username, 'update', undefined, { grants: grants.map(grantJson) });
  });
}

/** Disables an account: it can no longer sign in, and its sessions and tokens stop working at once. */
export async function disableUser(store: Store, username: string, actor: string): Promise<void> {
  const user = await existing(store, username);
  const at = new Date().toISOString();
  await store.dialect.writeTransaction(store.db, async (trx) => {
    await updateUser(trx, user.id, { disabled: 1, updated_at: at, updated_by: actor });
    await deleteUserSessions(trx, user.id);
    await audit(trx, at, actor, user.username, 'update', undefined, { disabled: true });
  });
}

/** Enables a disabled account again; its old password and roles hold again (reset the password when in doubt). */
export async function enableUser(store: Store, username: string, actor: string): Promise<void> {
  const user = await existing(store, username);
  const at = new Date().toISOString();
  await store.dialect.writeTransaction(store.db, async (trx) => {
    await updateUser(trx, user.id, { disabled: 0, updated_at: at, updated_by: actor });
    await audit(trx, at, actor, user.username, 'update', undefined, { disabled: false });
  });
}

/** The row to store for a grant. */
export function grantRow(userId: string, grant: Grant, at: string, actor: string) {
  return { user_id: userId, programme_id: grant.programme, role: grant.role, benefits: JSON.stringify(grant.benefits), owner_roles: JSON.stringify(grant.ownerRoles), source: grant.source, created_at: at, created_by: actor };
}

function checkUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new AppError('invalid-input', message('account.username-invalid', { username: raw }), [inputIssue('username', message('account.username-invalid-field', {}), message('expect.username', {}))]);
  }
  return username;
}

async function existing(store: Store, username: string): Promise<UserRow> {
  const user = await findUserByName(store.db, username);
  if (!user) throw new AppError('not-found', message('account.not-found', { username }));
  return user;
}

const grantJson = (g: Omit<Grant, 'source'>) => ({ programme: g.programme, role: g.role, ...(g.role === 'baateigenaar' ? { benefits: g.benefits, ownerRoles: g.ownerRoles } : {}) });

/** Account changes go to the same append-only audit log as programme changes (entity `user`). */
async function audit(trx: Kysely<Database>, at: string, actor: string, username: string, action: 'create' | 'update', before: unknown, after: unknown, programme?: string): Promise<void> {
  await appendAudit(trx, [{
    id: newId(), at, actor, programme_id: programme && programme !== ALL_PROGRAMMES ? programme : null, entity: 'user', entity_id: username, action,
    before: before === undefined ? null : JSON.stringify(before), after: after === undefined ? null : JSON.stringify(after),
  }]);
}
