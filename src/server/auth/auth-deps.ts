import type { Store } from '../../store/index.js';
import type { AuthOptions } from './auth-options.js';
import type { OidcClient } from './oidc-client.js';
import type { PrincipalCache } from './principal-cache.js';

/** What the account routes and middleware need. */
export interface AuthDeps {
  readonly store: Store;
  readonly options: AuthOptions;
  /** Single sign-on, when configured. */
  readonly oidc: OidcClient | undefined;
  /** Recently resolved sessions and tokens; routes that end or change them forget them here. */
  readonly cache: PrincipalCache;
}
