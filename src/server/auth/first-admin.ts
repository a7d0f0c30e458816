import { AppError } from '../../app/app-error.js';
import type { Store } from '../../store/index.js';
import { countUsers } from '../../store/index.js';
import { createUser } from './accounts.js';

/** The demo beheerder made on a new embedded database. */
export const DEMO_ADMIN = 'admin';

/**
 * On a database without any account, makes the beheerder `admin` with a one-time password, which
 * must be changed at the first sign-in, and returns it; undefined when accounts exist already (or
 * another instance made one at the same moment).
 *
 * @example const first = await ensureFirstAdmin(store); if (first) console.log(first.password);
 */
export async function ensureFirstAdmin(store: Store): Promise<{ readonly username: string; readonly password: string } | undefined> {
  if ((await countUsers(store.db)) > 0) return undefined;
  try {
    const { oneTimePassword } = await createUser(store, { username: DEMO_ADMIN, displayName: 'Beheerder', admin: true }, 'koers-first-run');
    return oneTimePassword === undefined ? undefined : { username: DEMO_ADMIN, password: oneTimePassword };
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return undefined;
    throw error;
  }
}
