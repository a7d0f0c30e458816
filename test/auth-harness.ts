// Accounts for API tests: users with roles, and a client that behaves like a browser (cookies, the
// CSRF token echoed in X-CSRF-Token) or like automation (a personal API token).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Store } from '../src/store/index.js';
import { findUserByName } from '../src/store/index.js';
import { createApiToken, createUser, setGrants } from '../src/server/auth/index.js';
import type { Grant } from '../src/server/auth/index.js';
import { apiFor, ROOT } from './server-harness.js';
import type { Api, ApiResponse, RequestOptions } from './server-harness.js';

export type Target = Parameters<typeof apiFor>[0];

/** A password that passes the rules, per user, so that tests can sign in. */
export const passwordOf = (username: string) => `Wachtwoord-${createHash('sha256').update(username).digest('hex').slice(0, 12)}!`;

/** Creates a user with a known password and these grants (on `programme`, default every programme). */
export async function seedUser(store: Store, username: string, grants: readonly Omit<Grant, 'source'>[] = [], password = passwordOf(username)): Promise<void> {
  if (!(await findUserByName(store.db, username))) await createUser(store, { username, password }, 'test-setup');
  await setGrants(store, username, grants, 'test-setup');
}

/** A grant without benefit scope. */
export const role = (r: Grant['role'], programme = '*', scope: { benefits?: string[]; ownerRoles?: string[] } = {}): Omit<Grant, 'source'> =>
  ({ programme, role: r, benefits: scope.benefits ?? [], ownerRoles: scope.ownerRoles ?? [] });

/** An API client signed in with a fresh personal API token of `username`. */
export async function tokenApi(store: Store, target: Target, username: string): Promise<Api> {
  const user = (await findUserByName(store.db, username))!;
  const { token } = await createApiToken(store, user.id, 'test', undefined);
  const api = apiFor(target);
  return (method, path, options = {}) => api(method, path, { ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });
}

/** A browser-like client: keeps the cookies it is given and sends the CSRF token with every change. */
export interface BrowserClient {
  readonly api: Api;
  readonly cookies: Map<string, string>;
  /** Signs in with username and password (default `passwordOf(username)`). */
  login(username: string, password?: string): Promise<ApiResponse>;
}

/** A browser-like client of `target`; `sendCsrf: false` leaves out the X-CSRF-Token header. */
export function browserClient(target: Target, options: { readonly sendCsrf?: boolean; readonly headers?: Record<string, string> } = {}): BrowserClient {
  const raw = apiFor(target);
  const cookies = new Map<string, string>();
  const api: Api = async (method, path, request: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers, ...request.headers };
    if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = cookies.get('koers-csrf') ?? cookies.get('__Host-koers-csrf');
    if (options.sendCsrf !== false && method !== 'GET' && csrf) headers['x-csrf-token'] ??= csrf;
    const res = await raw(method, path, { ...request, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return res;
  };
  return {
    api,
    cookies,
    login: (username, password = passwordOf(username)) => api('POST', '/api/auth/login', { json: { username, password } }),
  };
}

/** Signs in a browser-like client and fails the test when that does not work. */
export async function signedIn(target: Target, username: string, password?: string): Promise<BrowserClient> {
  const client = browserClient(target);
  const res = await client.login(username, password);
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${res.text}`);
  return client;
}

/** Starts `koers serve` and keeps everything it prints. */
export async function serveCapturing(database: string, extra: string[] = [], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['bin/koers.js', 'serve', '--port', '0', '--db', database, ...extra], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`serve exited with ${code}: ${out}`));
    });
  });
  return { child, url, output: () => out };
}
