import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Store } from '../../store/index.js';
import { blockLogins, clearLoginFailures, countLoginFailure, deleteStaleLoginThrottles, findLoginBlocks } from '../../store/index.js';
import { message } from '../../formats/messages/index.js';
import { HttpError } from '../http-error.js';
import type { AuthOptions } from './auth-options.js';

/** The throttle keys of a sign-in attempt: the account named and the address it came from. */
export interface LoginKeys {
  readonly account: string;
  readonly address: string;
}

/** The client's address: the socket's, or behind a trusted proxy the first X-Forwarded-For entry. */
export function clientAddress(c: Context, options: AuthOptions): string {
  if (options.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // called without a socket (app.request in tests)
  }
}

export const loginKeys = (c: Context, options: AuthOptions, username: string): LoginKeys => ({
  account: `account:${username.trim().toLowerCase()}`,
  address: `ip:${clientAddress(c, options)}`,
});

/**
 * Refuses a sign-in while its account or address is blocked: 429 with Retry-After in seconds. The
 * counts live in the database, so every instance sees the same.
 */
export async function assertLoginAllowed(store: Store, options: AuthOptions, keys: LoginKeys): Promise<void> {
  const now = options.now();
  const blocks = await findLoginBlocks(store.db, [keys.account, keys.address], now.toISOString());
  if (blocks.length === 0) return;
  const until = Math.max(...blocks.map((b) => Date.parse(b.blocked_until!)));
  const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  throw new HttpError(429, 'too-many-sign-in-attempts', 'Too many requests', message('auth.too-many-attempts', { minutes: Math.ceil(seconds / 60) }), [], { 'retry-after': String(seconds) });
}

/** Counts a failed sign-in against the account and the address, and blocks either once it has had too many. */
export async function noteLoginFailure(store: Store, options: AuthOptions, keys: LoginKeys): Promise<void> {
  const now = options.now();
  const windowStart = new Date(now.getTime() - options.failureWindowMinutes * 60_000).toISOString();
  const until = new Date(now.getTime() + options.blockMinutes * 60_000).toISOString();
  if (Math.random() < 0.05) await deleteStaleLoginThrottles(store.db, windowStart, now.toISOString());
  for (const [key, limit] of [[keys.account, options.accountFailures], [keys.address, options.addressFailures]] as const) {
    const failures = await countLoginFailure(store.db, key, now.toISOString(), windowStart);
    if (failures >= limit) await blockLogins(store.db, key, until);
  }
}

/** A successful sign-in clears its account's count (not its address's: one good password does not vouch for the rest). */
export const noteLoginSuccess = (store: Store, keys: LoginKeys): Promise<void> => clearLoginFailures(store.db, keys.account);
