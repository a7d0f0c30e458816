import type { Store, UserRow } from '../../store/index.js';
import { deleteExpiredSessions, deleteSession, findSession, insertSession, touchSession } from '../../store/index.js';
import type { SessionRow } from '../../store/index.js';
import type { AuthOptions } from './auth-options.js';
import { newSecret, sha256 } from './secret-token.js';

/** A session as handed to the browser: the cookie value (never stored), its CSRF token and lifetime. */
export interface NewSession {
  readonly id: string;
  readonly csrfToken: string;
  readonly maxAgeSeconds: number;
}

/** Sessions are marked as used at most this often, so that reading is not a write per request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Starts a session for a user who just proved who they are. The session the browser had before
 * (if any) ends here: the id always changes at sign-in, so an id planted before sign-in is worthless.
 *
 * @example const session = await startSession(store, options, user.id, 'password', sessionCookie(c));
 */
export async function startSession(store: Store, options: AuthOptions, userId: string, method: 'password' | 'oidc', previousCookie: string | undefined): Promise<NewSession> {
  const now = options.now();
  if (previousCookie !== undefined) await deleteSession(store.db, sha256(previousCookie));
  // Now and then, sweep sessions nobody will use again.
  if (Math.random() < 0.05) await deleteExpiredSessions(store.db, now.toISOString(), idleCutoff(options, now));
  const id = newSecret();
  const csrfToken = newSecret();
  const maxAgeSeconds = options.sessionMaxHours * 3600;
  const at = now.toISOString();
  await insertSession(store.db, { id: sha256(id), user_id: userId, csrf_token: csrfToken, method, created_at: at, last_seen_at: at, expires_at: new Date(now.getTime() + maxAgeSeconds * 1000).toISOString() });
  return { id, csrfToken, maxAgeSeconds };
}

/**
 * The live session for a cookie value with its account: undefined when there is none, it ran past
 * its idle or absolute end (it is then deleted), or the account is disabled.
 */
export async function resolveSession(store: Store, options: AuthOptions, cookie: string): Promise<{ readonly session: SessionRow; readonly user: UserRow } | undefined> {
  const found = await findSession(store.db, sha256(cookie));
  if (!found) return undefined;
  const now = options.now();
  const { session, user } = found;
  if (session.expires_at <= now.toISOString() || session.last_seen_at < idleCutoff(options, now) || user.disabled) {
    await deleteSession(store.db, session.id);
    return undefined;
  }
  if (now.getTime() - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) await touchSession(store.db, session.id, now.toISOString());
  return found;
}

/** Ends the session of this cookie value. */
export const endSession = (store: Store, cookie: string): Promise<void> => deleteSession(store.db, sha256(cookie));

const idleCutoff = (options: AuthOptions, now: Date) => new Date(now.getTime() - options.sessionIdleMinutes * 60_000).toISOString();
