import type { Role } from '../app/access.js';

/** One role of an account on a programme (`*`: every programme), as GET /api/users answers it. */
export interface UserGrant {
  readonly programme: string;
  readonly role: Role;
  readonly benefits: readonly string[];
  readonly ownerRoles: readonly string[];
  /** `oidc` roles come from the single sign-on claim and are replaced at each sign-on; they cannot be edited here. */
  readonly source: 'local' | 'oidc';
}

/** An account as the users API shows it. */
export interface User {
  readonly username: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly mustChangePassword: boolean;
  readonly hasPassword: boolean;
  readonly singleSignOn: boolean;
  readonly grants: readonly UserGrant[];
  readonly createdAt: string;
  readonly createdBy: string;
}

/** The roles, in the order the server lists them (most rights first). */
export const ROLES: readonly Role[] = ['beheerder', 'programmamanager', 'baateigenaar', 'stuurgroeplid', 'lezer'];

/** The programme id of a grant on every programme. */
export const EVERY_PROGRAMME = '*';

const enc = encodeURIComponent;

/** The users API's paths. */
export const userRoutes = {
  list: () => '/api/users',
  one: (username: string) => `/api/users/${enc(username)}`,
  grants: (username: string) => `/api/users/${enc(username)}/grants`,
  password: (username: string) => `/api/users/${enc(username)}/password`,
  enable: (username: string) => `/api/users/${enc(username)}/enable`,
} as const;

/** The path of the signed-in user's session ("who am I"). */
export const SESSION = '/api/auth/session';

/** A user's status in one word, for the list. */
export type UserState = 'disabled' | 'password-change' | 'sso-only' | 'active';

export function userState(user: User): UserState {
  if (user.disabled) return 'disabled';
  if (user.mustChangePassword) return 'password-change';
  if (!user.hasPassword && user.singleSignOn) return 'sso-only';
  return 'active';
}
