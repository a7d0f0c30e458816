import { AppError } from '../app/app-error.js';
import { ConfigError, readConfig } from '../server/index.js';
import { ALL_PROGRAMMES, createApiToken, createUser, disableUser, enableUser, grantRole, isRole, resetPassword, revokeRole, ROLES } from '../server/auth/index.js';
import { findUserByName, listAllGrants, listUsers, openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { CliError, EXIT } from './cli-error.js';

/** Where the accounts live: the same database `koers serve` uses. */
export interface UsersDbOptions {
  readonly db?: string;
}

/** Who the audit log says made an account change from the command line. */
const CLI_ACTOR = 'koers-cli';

async function withStore<T>(options: UsersDbOptions, work: (store: Store) => Promise<T>): Promise<T> {
  let config;
  try {
    config = readConfig(process.env, options.db === undefined ? {} : { database: options.db });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  let store: Store;
  try {
    store = await openStore({ database: config.database, poolSize: 2, ...(config.databaseSchema ? { schema: config.databaseSchema } : {}) });
  } catch (error) {
    throw new CliError(`cannot open the database: ${(error as Error).message}`, EXIT.failed);
  }
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message, error.code === 'not-found' || error.code === 'conflict' || error.code === 'invalid-input' ? EXIT.failed : EXIT.usage);
    throw error;
  } finally {
    await store.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** `koers users add NAME [--admin] [--name TEXT] [--sso-only] [--password-stdin]`. */
export async function usersAddCommand(username: string, options: UsersDbOptions & { readonly admin?: boolean; readonly name?: string; readonly ssoOnly?: boolean; readonly passwordStdin?: boolean }): Promise<void> {
  if (options.ssoOnly && options.passwordStdin) throw new CliError('--sso-only and --password-stdin exclude each other', EXIT.usage);
  const password = options.passwordStdin ? await readStdin() : undefined;
  await withStore(options, async (store) => {
    const created = await createUser(store, {
      username, ...(options.name ? { displayName: options.name } : {}), ...(password === undefined ? {} : { password }), admin: !!options.admin, ssoOnly: !!options.ssoOnly,
    }, CLI_ACTOR);
    process.stdout.write(`created ${options.admin ? 'beheerder' : 'user'} "${created.user.username}"${options.admin ? ' (beheerder on every programme)' : ''}\n`);
    if (created.oneTimePassword) {
      process.stdout.write(`one-time password: ${created.oneTimePassword}\nIt must be changed at the first sign-in. Hand it over in person; it is not shown again.\n`);
    }
  });
}

/** `koers users list [--format text|json]`. */
export async function usersListCommand(options: UsersDbOptions & { readonly format: 'text' | 'json' }): Promise<void> {
  await withStore(options, async (store) => {
    const [users, grants] = await Promise.all([listUsers(store.db), listAllGrants(store.db)]);
    const rows = users.map((u) => ({
      username: u.username,
      displayName: u.display_name,
      status: u.disabled ? 'disabled' : u.must_change_password ? 'password change due' : 'active',
      signIn: [u.password_hash ? 'password' : undefined, u.oidc_subject ? 'sso' : undefined].filter(Boolean).join('+') || 'sso (not yet linked)',
      roles: grants.filter((g) => g.user_id === u.id).map((g) => `${g.role}@${g.programme_id}${scopeText(g.benefits, g.owner_roles)}${g.source === 'oidc' ? ' (sso)' : ''}`),
    }));
    if (options.format === 'json') {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    if (rows.length === 0) {
      process.stdout.write('no users yet; create the first beheerder with: koers users add NAME --admin\n');
      return;
    }
    for (const r of rows) process.stdout.write(`${r.username.padEnd(24)} ${r.status.padEnd(20)} ${r.signIn.padEnd(9)} ${r.roles.join(', ') || '(no roles)'}\n`);
  });
}

/** `koers users reset-password NAME`: a new one-time password, and their sessions end. */
export async function usersResetPasswordCommand(username: string, options: UsersDbOptions): Promise<void> {
  await withStore(options, async (store) => {
    const password = await resetPassword(store, username, CLI_ACTOR);
    process.stdout.write(`one-time password for "${username.toLowerCase()}": ${password}\nIt must be changed at the next sign-in; their sessions have ended.\n`);
  });
}

/** `koers users disable NAME` and `koers users enable NAME`. */
export async function usersSwitchCommand(action: 'disable' | 'enable', username: string, options: UsersDbOptions): Promise<void> {
  await withStore(options, async (store) => {
    await (action === 'disable' ? disableUser : enableUser)(store, username, CLI_ACTOR);
    process.stdout.write(action === 'disable' ? `"${username.toLowerCase()}" is disabled; their sessions and tokens have stopped working\n` : `"${username.toLowerCase()}" can sign in again\n`);
  });
}

/** `koers users grant NAME ROLE [--programme ID] [--benefit ID …] [--owner-role ID …] [--revoke]`. */
export async function usersGrantCommand(
  username: string,
  role: string,
  options: UsersDbOptions & { readonly programme?: string; readonly benefit?: readonly string[]; readonly ownerRole?: readonly string[]; readonly revoke?: boolean },
): Promise<void> {
  if (!isRole(role)) throw new CliError(`unknown role "${role}"; use one of ${ROLES.join(', ')}`, EXIT.usage);
  const programme = options.programme ?? ALL_PROGRAMMES;
  const benefits = options.benefit ?? [];
  const ownerRoles = options.ownerRole ?? [];
  if (role !== 'baateigenaar' && (benefits.length > 0 || ownerRoles.length > 0)) throw new CliError('--benefit and --owner-role are for the role baateigenaar', EXIT.usage);
  if (role === 'baateigenaar' && !options.revoke && benefits.length === 0 && ownerRoles.length === 0) {
    throw new CliError('a baateigenaar owns benefits: name them with --benefit ID or --owner-role ROLE-ID (the owner role in the programme file)', EXIT.usage);
  }
  await withStore(options, async (store) => {
    if (!(await findUserByName(store.db, username))) throw new CliError(`there is no user "${username}"; create it with: koers users add ${username}`, EXIT.failed);
    const where = programme === ALL_PROGRAMMES ? 'every programme' : `programme "${programme}"`;
    if (options.revoke) {
      const removed = await revokeRole(store, username, programme, role, CLI_ACTOR);
      process.stdout.write(removed ? `"${username}" is no longer ${role} on ${where}\n` : `"${username}" was not ${role} on ${where}; nothing changed\n`);
      return;
    }
    await grantRole(store, username, { programme, role, benefits, ownerRoles }, CLI_ACTOR);
    process.stdout.write(`"${username}" is ${role} on ${where}${scopeText(JSON.stringify(benefits), JSON.stringify(ownerRoles))}\n`);
  });
}

/** `koers users token NAME --name LABEL [--expires-in-days N]`: a personal API token, shown once. */
export async function usersTokenCommand(username: string, options: UsersDbOptions & { readonly name: string; readonly expiresInDays?: string }): Promise<void> {
  const days = options.expiresInDays === undefined ? undefined : Number(options.expiresInDays);
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650)) throw new CliError(`invalid --expires-in-days "${options.expiresInDays}": a whole number of days from 1 to 3650`, EXIT.usage);
  await withStore(options, async (store) => {
    const user = await findUserByName(store.db, username);
    if (!user) throw new CliError(`there is no user "${username}"`, EXIT.failed);
    const { token, summary } = await createApiToken(store, user.id, options.name, days);
    process.stdout.write(`${token}\n`);
    process.stderr.write(`API token "${summary.name}" for "${user.username}"${summary.expires_at ? `, valid until ${summary.expires_at}` : ''}; send it as "Authorization: Bearer …". It is not shown again.\n`);
  });
}

function scopeText(benefits: string, ownerRoles: string): string {
  const list = (text: string) => (JSON.parse(text) as string[]);
  const items = [...list(benefits), ...list(ownerRoles).map((r) => `@${r}`)];
  return items.length > 0 ? ` [${items.join(', ')}]` : '';
}
