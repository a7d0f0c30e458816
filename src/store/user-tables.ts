/**
 * The tables of accounts and sessions, kept apart from the programme tables so that the store's
 * `Database` only has to extend `AccountTables`. Booleans are integers 0/1 and timestamps ISO text,
 * so SQLite and PostgreSQL hold the same values.
 */
export interface AccountTables {
  user_account: UserAccountTable;
  role_grant: RoleGrantTable;
  user_token: UserTokenTable;
  session: SessionTable;
  session_oidc_login: SessionOidcLoginTable;
  user_login_throttle: UserLoginThrottleTable;
}

/** A person (or an automation account) who signs in. Never deleted, only disabled, so audit names stay meaningful. */
export interface UserAccountTable {
  id: string;
  /** Lower-case, unique; the name the audit log records. */
  username: string;
  display_name: string;
  /** An argon2id PHC string; null for accounts that sign in only through single sign-on. */
  password_hash: string | null;
  /** 1 when the password was set by someone else (first run, reset) and must be changed at sign-in. */
  must_change_password: number;
  disabled: number;
  /** `issuer|sub` of the single sign-on identity linked to this account. */
  oidc_subject: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** One role of a user on one programme (`*`: every programme). */
export interface RoleGrantTable {
  user_id: string;
  /** A programme id, or `*` for every programme, present and future. */
  programme_id: string;
  role: string;
  /** For baateigenaar: JSON array of benefit ids the user owns. */
  benefits: string;
  /** For baateigenaar: JSON array of the model's owner role ids; the user owns every benefit of those roles. */
  owner_roles: string;
  /** `local` (granted in Koers) or `oidc` (from the sign-on role claim, replaced at every sign-on). */
  source: string;
  created_at: string;
  created_by: string;
}

/** A personal API token for automation; only its SHA-256 is kept. */
export interface UserTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}

/** A signed-in browser. `id` is the SHA-256 of the cookie value, so a copy of the table holds no usable session. */
export interface SessionTable {
  id: string;
  user_id: string;
  /** The token the dashboard sends back in X-CSRF-Token on every change. */
  csrf_token: string;
  method: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute end of the session, however active it is. */
  expires_at: string;
}

/** A single sign-on in progress: what the callback must check, for at most a few minutes. */
export interface SessionOidcLoginTable {
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: string;
}

/** Failed sign-ins per account (`account:name`) or address (`ip:…`), shared by every instance. */
export interface UserLoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  blocked_until: string | null;
}
