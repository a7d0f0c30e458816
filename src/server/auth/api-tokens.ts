import { AppError } from '../../app/app-error.js';
import type { Store, UserTokenSummary } from '../../store/index.js';
import { insertUserToken, newId } from '../../store/index.js';
import { API_TOKEN_PREFIX, newSecret, sha256 } from './secret-token.js';

/** A new personal API token: the secret is in `token`, shown once; Koers keeps only its hash. */
export interface CreatedToken {
  readonly token: string;
  readonly summary: UserTokenSummary;
}

/**
 * Creates a personal API token for automation. It acts with its user's roles (as they are at each
 * request), is sent as `Authorization: Bearer koers_…`, needs no CSRF token, and can expire.
 *
 * @example const { token } = await createApiToken(store, user.id, 'metingen-import', 90);
 */
export async function createApiToken(store: Store, userId: string, name: string, expiresInDays: number | undefined, now = new Date()): Promise<CreatedToken> {
  const label = name.trim();
  if (label === '' || label.length > 100) throw new AppError('invalid-input', 'a token needs a name of 1 to 100 characters', [{ path: 'name', message: 'invalid name' }]);
  if (expiresInDays !== undefined && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 3650)) {
    throw new AppError('invalid-input', 'a token expires in 1 to 3650 days', [{ path: 'expiresInDays', message: 'out of range' }]);
  }
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  const summary: UserTokenSummary = {
    id: newId(),
    user_id: userId,
    name: label,
    created_at: now.toISOString(),
    expires_at: expiresInDays === undefined ? null : new Date(now.getTime() + expiresInDays * 86_400_000).toISOString(),
    last_used_at: null,
  };
  await insertUserToken(store.db, { ...summary, token_hash: sha256(token) });
  return { token, summary };
}
