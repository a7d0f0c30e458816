import { AppError } from '../../app/app-error.js';
import type { Store, UserRow } from '../../store/index.js';
import { appendAudit, findUserByName, findUserBySubject, insertUser, newId, replaceGrants, updateUser } from '../../store/index.js';
import { grantRow, USERNAME } from './accounts.js';
import type { OidcIdentity } from './oidc-client.js';
import { parseRoleClaim } from './roles.js';

/**
 * The account of a single sign-on identity. Accounts are found by the provider's subject; a new
 * identity gets a new account named after its username claim, or takes over an account a beheerder
 * made for it (`ssoOnly`: no password, not yet linked). An account with a password is never taken
 * over by a name that merely matches. With a role claim configured, the claim's roles replace the
 * account's sign-on roles at every sign-on; roles assigned in Koers stay.
 */
export async function signOnAccount(store: Store, identity: OidcIdentity): Promise<UserRow> {
  const at = new Date().toISOString();
  return store.dialect.writeTransaction(store.db, async (trx) => {
    let user = await findUserBySubject(trx, identity.subject);
    if (!user) {
      const username = usernameOf(identity.username);
      const named = await findUserByName(trx, username);
      if (named && (named.password_hash !== null || named.oidc_subject !== null)) {
        throw new AppError('conflict', `the username "${username}" belongs to another Koers account; ask a beheerder to make it a single sign-on account`);
      }
      if (named) {
        await updateUser(trx, named.id, { oidc_subject: identity.subject, updated_at: at, updated_by: 'single-sign-on' });
        user = { ...named, oidc_subject: identity.subject };
      } else {
        user = {
          id: newId(), username, display_name: identity.displayName.slice(0, 200) || username, password_hash: null, must_change_password: 0, disabled: 0,
          oidc_subject: identity.subject, created_at: at, created_by: 'single-sign-on', updated_at: at, updated_by: 'single-sign-on',
        };
        if (!(await insertUser(trx, user))) throw new AppError('conflict', `the account "${username}" was just created by another sign-on; try again`);
        await appendAudit(trx, [{ id: newId(), at, actor: 'single-sign-on', programme_id: null, entity: 'user', entity_id: username, action: 'create', before: null, after: JSON.stringify({ username, displayName: user.display_name, singleSignOn: true }) }]);
      }
    }
    if (user.disabled) throw new AppError('conflict', `the account "${user.username}" is disabled`);
    if (identity.roles !== undefined) {
      await replaceGrants(trx, user.id, 'oidc', parseRoleClaim(identity.roles).map((g) => grantRow(user.id, g, at, 'single-sign-on')));
    }
    return user;
  });
}

/** A Koers username from a claim: lower case, other characters as `-`, at most 64. */
function usernameOf(claim: string): string {
  let name = claim.trim().toLowerCase().replace(/[^a-z0-9._@-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64);
  if (name.length < 2) name = `sso-${name}${newId().slice(-6).toLowerCase()}`;
  return USERNAME.test(name) ? name : `sso-${newId().slice(-10).toLowerCase()}`;
}
