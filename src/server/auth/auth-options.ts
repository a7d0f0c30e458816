import { z } from 'zod';

/** Single sign-on through an OpenID Connect provider. */
export interface OidcOptions {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Koers's callback as registered at the provider: `https://koers.example.org/api/auth/oidc/callback`. */
  readonly redirectUrl: string;
  readonly scopes: string;
  /** The claim (in the ID token or userinfo) that lists roles; without it roles are assigned in Koers. */
  readonly roleClaim: string | undefined;
  /** The claim that becomes the Koers username. */
  readonly usernameClaim: string;
  /** Allows an `http://` issuer; only for a provider on this machine (tests, development). */
  readonly allowInsecureIssuer: boolean;
}

/** How sign-in behaves; every field has a default (`DEFAULT_AUTH_OPTIONS`). */
export interface AuthOptions {
  /** `auto`: Secure cookies when the request came over https (or X-Forwarded-Proto says so behind a trusted proxy). */
  readonly secureCookies: 'auto' | boolean;
  /** Believe X-Forwarded-For and X-Forwarded-Proto (set when Koers runs behind a reverse proxy). */
  readonly trustProxy: boolean;
  /** A session ends after this long without a request… */
  readonly sessionIdleMinutes: number;
  /** …and after this long in any case. */
  readonly sessionMaxHours: number;
  /** Failed sign-ins per account and per address before sign-in is blocked for `blockMinutes`. */
  readonly accountFailures: number;
  readonly addressFailures: number;
  readonly failureWindowMinutes: number;
  readonly blockMinutes: number;
  readonly oidc: OidcOptions | undefined;
  /** The clock; tests move it. */
  readonly now: () => Date;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  secureCookies: 'auto',
  trustProxy: false,
  sessionIdleMinutes: 120,
  sessionMaxHours: 12,
  accountFailures: 5,
  addressFailures: 50,
  failureWindowMinutes: 15,
  blockMinutes: 15,
  oidc: undefined,
  now: () => new Date(),
};

const flag = z.enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'true or false' }).transform((v) => ['1', 'true', 'yes'].includes(v));
const minutes = (max: number) => z.coerce.number({ error: `a whole number from 1 to ${max}` }).int(`a whole number from 1 to ${max}`).min(1, `at least 1`).max(max, `at most ${max}`);
const httpUrl = z.string().refine((v) => /^https?:\/\/[^\s]+$/.test(v), 'an http:// or https:// URL');

const envSchema = z.object({
  KOERS_SECURE_COOKIES: z.enum(['auto', 'true', 'false'], { error: 'auto, true or false' }).default('auto'),
  KOERS_TRUST_PROXY: flag.default(false),
  KOERS_SESSION_IDLE_MINUTES: minutes(7 * 24 * 60).default(DEFAULT_AUTH_OPTIONS.sessionIdleMinutes),
  KOERS_SESSION_MAX_HOURS: minutes(30 * 24).default(DEFAULT_AUTH_OPTIONS.sessionMaxHours),
  KOERS_LOGIN_MAX_FAILURES: minutes(1000).default(DEFAULT_AUTH_OPTIONS.accountFailures),
  KOERS_OIDC_ISSUER: httpUrl.optional(),
  KOERS_OIDC_CLIENT_ID: z.string().min(1, 'the client id registered at the provider').optional(),
  KOERS_OIDC_CLIENT_SECRET: z.string().min(1, 'the client secret').optional(),
  KOERS_OIDC_REDIRECT_URL: httpUrl.optional(),
  KOERS_OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  KOERS_OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  KOERS_OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
});

/** Sign-in settings from the environment; `problem` names the variable and what would be valid. */
export function readAuthOptions(env: NodeJS.ProcessEnv): { readonly ok: true; readonly options: AuthOptions } | { readonly ok: false; readonly problem: string } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `invalid environment variable ${String(issue.path[0])}: ${issue.message}` };
  }
  const e = parsed.data;
  const oidcVars = { KOERS_OIDC_ISSUER: e.KOERS_OIDC_ISSUER, KOERS_OIDC_CLIENT_ID: e.KOERS_OIDC_CLIENT_ID, KOERS_OIDC_CLIENT_SECRET: e.KOERS_OIDC_CLIENT_SECRET, KOERS_OIDC_REDIRECT_URL: e.KOERS_OIDC_REDIRECT_URL };
  const missing = Object.entries(oidcVars).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length > 0 && missing.length < 4) return { ok: false, problem: `single sign-on needs ${missing.join(', ')} as well (or none of the KOERS_OIDC_* variables)` };
  const issuer = e.KOERS_OIDC_ISSUER;
  const local = issuer !== undefined && /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(issuer);
  if (issuer !== undefined && issuer.startsWith('http:') && !local) return { ok: false, problem: 'invalid environment variable KOERS_OIDC_ISSUER: an https:// URL (http:// only for a provider on this machine)' };
  return {
    ok: true,
    options: {
      ...DEFAULT_AUTH_OPTIONS,
      secureCookies: e.KOERS_SECURE_COOKIES === 'auto' ? 'auto' : e.KOERS_SECURE_COOKIES === 'true',
      trustProxy: e.KOERS_TRUST_PROXY,
      sessionIdleMinutes: e.KOERS_SESSION_IDLE_MINUTES,
      sessionMaxHours: e.KOERS_SESSION_MAX_HOURS,
      accountFailures: e.KOERS_LOGIN_MAX_FAILURES,
      oidc: missing.length === 0
        ? {
          issuer: issuer!,
          clientId: e.KOERS_OIDC_CLIENT_ID!,
          clientSecret: e.KOERS_OIDC_CLIENT_SECRET!,
          redirectUrl: e.KOERS_OIDC_REDIRECT_URL!,
          scopes: e.KOERS_OIDC_SCOPES,
          roleClaim: e.KOERS_OIDC_ROLE_CLAIM,
          usernameClaim: e.KOERS_OIDC_USERNAME_CLAIM,
          allowInsecureIssuer: local,
        }
        : undefined,
    },
  };
}
