import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_OPTIONS, readAuthOptions } from './auth-options.js';

const oidc = { KOERS_OIDC_ISSUER: 'https://login.example.org', KOERS_OIDC_CLIENT_ID: 'koers', KOERS_OIDC_CLIENT_SECRET: 's3cret', KOERS_OIDC_REDIRECT_URL: 'https://koers.example.org/api/auth/oidc/callback' };

describe('sign-in settings from the environment', () => {
  it('defaults to automatic Secure cookies, 2 hours idle, 12 hours at most, no single sign-on', () => {
    expect(readAuthOptions({})).toMatchObject({ ok: true, options: { secureCookies: 'auto', trustProxy: false, sessionIdleMinutes: 120, sessionMaxHours: 12, oidc: undefined } });
    expect(DEFAULT_AUTH_OPTIONS.accountFailures).toBe(5);
  });

  it('reads single sign-on with a role claim', () => {
    const read = readAuthOptions({ ...oidc, KOERS_OIDC_ROLE_CLAIM: 'koers_roles', KOERS_SECURE_COOKIES: 'true', KOERS_TRUST_PROXY: '1' });
    expect(read).toMatchObject({ ok: true, options: { secureCookies: true, trustProxy: true, oidc: { ...{ issuer: oidc.KOERS_OIDC_ISSUER, clientId: 'koers', roleClaim: 'koers_roles', usernameClaim: 'preferred_username', scopes: 'openid profile email', allowInsecureIssuer: false } } } });
  });

  it('names what is missing or invalid', () => {
    expect(readAuthOptions({ KOERS_OIDC_ISSUER: oidc.KOERS_OIDC_ISSUER })).toEqual({ ok: false, problem: 'single sign-on needs KOERS_OIDC_CLIENT_ID, KOERS_OIDC_CLIENT_SECRET, KOERS_OIDC_REDIRECT_URL as well (or none of the KOERS_OIDC_* variables)' });
    expect(readAuthOptions({ ...oidc, KOERS_OIDC_ISSUER: 'http://idp.example.org' })).toMatchObject({ ok: false, problem: expect.stringContaining('KOERS_OIDC_ISSUER: an https:// URL') });
    expect(readAuthOptions({ ...oidc, KOERS_OIDC_ISSUER: 'http://127.0.0.1:4000' })).toMatchObject({ ok: true, options: { oidc: { allowInsecureIssuer: true } } });
    expect(readAuthOptions({ KOERS_SESSION_IDLE_MINUTES: '0' })).toEqual({ ok: false, problem: 'invalid environment variable KOERS_SESSION_IDLE_MINUTES: at least 1' });
    expect(readAuthOptions({ KOERS_SECURE_COOKIES: 'soms' })).toMatchObject({ ok: false, problem: expect.stringContaining('KOERS_SECURE_COOKIES') });
  });
});
