import * as client from 'openid-client';
import type { OidcOptions } from './auth-options.js';

/** A sign-on started: where to send the browser, and what the callback must check. */
export interface OidcStart {
  readonly url: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** Who the provider says signed in. `roles` is the role claim's values, or undefined when roles are assigned in Koers. */
export interface OidcIdentity {
  /** `issuer|sub`: stable, unlike names and e-mail addresses. */
  readonly subject: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[] | undefined;
}

/** The OpenID Connect relying party: authorization code flow with PKCE, state and nonce. */
export interface OidcClient {
  start(): Promise<OidcStart>;
  /** Redeems the code of a callback (its query string) for the ID token, and reads the identity from it. */
  finish(query: string, pending: { readonly state: string; readonly nonce: string; readonly codeVerifier: string }): Promise<OidcIdentity>;
}

/**
 * A client for the configured provider. The provider's metadata is fetched on first use (and again
 * after a failure), so Koers starts even while the provider is down.
 *
 * @example const oidc = createOidcClient(options.oidc); const { url } = await oidc.start();
 */
export function createOidcClient(options: OidcOptions): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const config = () => {
    configuration ??= client
      .discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, options.allowInsecureIssuer ? { execute: [client.allowInsecureRequests] } : {})
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };
  return {
    async start() {
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(await config(), {
        redirect_uri: options.redirectUrl,
        scope: options.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, codeVerifier };
    },
    async finish(query, pending) {
      const cfg = await config();
      // The registered redirect URL, not the URL as seen behind a proxy, is what the provider compares.
      const current = new URL(options.redirectUrl);
      current.search = query;
      const tokens = await client.authorizationCodeGrant(cfg, current, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
      const claims = tokens.claims()!;
      let all: Readonly<Record<string, unknown>> = claims;
      if ((options.roleClaim !== undefined && claims[options.roleClaim] === undefined) || claims[options.usernameClaim] === undefined) {
        all = { ...(await client.fetchUserInfo(cfg, tokens.access_token, claims.sub)), ...claims };
      }
      const text = (name: string) => (typeof all[name] === 'string' ? (all[name] as string) : undefined);
      const username = text(options.usernameClaim) ?? text('email') ?? claims.sub;
      return {
        subject: `${claims.iss}|${claims.sub}`,
        username,
        displayName: text('name') ?? username,
        roles: options.roleClaim === undefined ? undefined : claimValues(all[options.roleClaim]),
      };
    },
  };
}

/** A role claim as a list: an array of strings, or one string of values separated by spaces. */
function claimValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}
