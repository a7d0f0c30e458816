import type { Store } from '../../store/index.js';
import type { AuthOptions } from './auth-options.js';
import type { OidcClient } from './oidc-client.js';

/** What the account routes and middleware need. */
export interface AuthDeps {
  readonly store: Store;
  readonly options: AuthOptions;
  /** Single sign-on, when configured. */
  readonly oidc: OidcClient | undefined;
}
