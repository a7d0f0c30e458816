import type { StatusCache } from '../app/compute-status.js';
import type { IsoDate } from '../calendar/index.js';
import type { Store } from '../store/index.js';
import type { AuthOptions } from './auth/index.js';

/** What the routes need, passed in once; nothing else is shared between requests. */
export interface ServerDeps {
  readonly store: Store;
  /** Status JSON keyed by values read from the database, so it is safe beside other instances. */
  readonly statusCache: StatusCache;
  /** Today's date, for a status asked without `asOf`. */
  readonly today: () => IsoDate;
  /** Where the built dashboard lives; a small API page is served when it holds no index.html. */
  readonly webDir: string | undefined;
  /** Chromium for PDF documents; undefined looks in the usual places. */
  readonly chromiumPath?: string | undefined;
  /** Sign-in settings (session lifetimes, cookies, throttling, single sign-on); defaults spread in. */
  readonly auth?: Partial<AuthOptions>;
}
