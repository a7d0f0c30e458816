// In-process API tests: the real app on a real database, called through app.request().
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { createStatusCache } from '../src/app/compute-status.js';
import { createApp } from '../src/server/index.js';
import { createApiToken } from '../src/server/auth/index.js';
import { findUserByName, insertUser, newId, openStore, upsertGrant } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import type { TestDatabase } from './store-targets.js';

export const EXAMPLE_YAML = readFileSync(new URL('../examples/klant-in-beeld/programme.yaml', import.meta.url), 'utf8');
export const EXAMPLE_ID = 'klant-in-beeld';

/** The example under another id, so that tests sharing a database do not collide. */
export function exampleAs(id: string, text = EXAMPLE_YAML): string {
  return text.replace(/^  id: klant-in-beeld$/m, `  id: ${id}`);
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON when it is JSON; loosely typed on purpose, tests assert its shape. */
  readonly body: any;
}

export interface RequestOptions {
  readonly json?: unknown;
  readonly yaml?: string;
  readonly body?: BodyInit;
  readonly headers?: Record<string, string>;
}

export type Api = (method: string, path: string, options?: RequestOptions) => Promise<ApiResponse>;

/**
 * Signs test requests in. Tests name the acting user with an `X-Koers-User` header, as before
 * accounts existed; the harness turns that name (default `tester`) into a beheerder account with a
 * personal API token on first use and sends the token instead. The server itself ignores the header.
 */
export interface TestUsers {
  tokenFor(username: string): Promise<string>;
}

/** The user of requests that name none. */
export const TEST_USER = 'tester';

/** Test users in `store`, made directly in the tables (no audit entries, so fingerprints of the programme data stay put). */
export function testUsers(store: Store): TestUsers {
  const tokens = new Map<string, Promise<string>>();
  const make = async (username: string) => {
    const at = new Date().toISOString();
    const existing = await findUserByName(store.db, username);
    const id = existing?.id ?? newId();
    if (!existing) {
      await insertUser(store.db, { id, username, display_name: username, password_hash: null, must_change_password: 0, disabled: 0, oidc_subject: null, created_at: at, created_by: 'test', updated_at: at, updated_by: 'test' });
      await upsertGrant(store.db, { user_id: id, programme_id: '*', role: 'beheerder', benefits: '[]', owner_roles: '[]', source: 'local', created_at: at, created_by: 'test' });
    }
    return (await createApiToken(store, id, 'test harness', undefined)).token;
  };
  return {
    tokenFor(username) {
      const name = username.toLowerCase();
      if (!tokens.has(name)) tokens.set(name, make(name));
      return tokens.get(name)!;
    },
  };
}

/**
 * The test user's token in a database that a spawned server uses (made before or while it runs; the
 * connection is closed again). Every request is then signed in as `tester`.
 */
export async function testUserIn(database: string, schema?: string): Promise<TestUsers> {
  const store = await openStore({ database, ...(schema ? { schema } : {}), poolSize: 2 });
  try {
    const token = await testUsers(store).tokenFor(TEST_USER);
    return { tokenFor: async () => token };
  } finally {
    await store.close();
  }
}

/**
 * Sends a request to anything with a fetch-like `request` (the app) or to a base URL; with `users`,
 * signed in as the user the `X-Koers-User` header names (see `TestUsers`).
 */
export function apiFor(target: { request: (path: string, init: RequestInit) => Response | Promise<Response> } | string, users?: TestUsers): Api {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (users) {
      const name = headers['x-koers-user'] ?? TEST_USER;
      delete headers['x-koers-user'];
      headers.authorization ??= `Bearer ${await users.tokenFor(name)}`;
    }
    let body: BodyInit | undefined = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    if (options.yaml !== undefined) {
      body = options.yaml;
      headers['content-type'] ??= 'application/yaml';
    }
    const init: RequestInit = { method, headers, ...(body === undefined ? {} : { body }) };
    const res = typeof target === 'string' ? await fetch(`${target}${path}`, init) : await target.request(path, init);
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, headers: res.headers, text, body: /json/.test(type) && text ? JSON.parse(text) : undefined };
  };
}

/** A fresh database and an app on it for the tests of one `describe`, dropped afterwards. */
export function useApp(fresh: () => Promise<TestDatabase>, today = '2026-07-15') {
  const ctx = {} as { db: TestDatabase; store: Store; api: Api; anonymous: Api; users: TestUsers; app: ReturnType<typeof createApp> };
  beforeAll(async () => {
    ctx.db = await fresh();
    ctx.store = await ctx.db.open();
    ctx.app = createApp({ store: ctx.store, statusCache: createStatusCache(), today: () => today, webDir: undefined });
    ctx.users = testUsers(ctx.store);
    ctx.api = apiFor(ctx.app, ctx.users);
    ctx.anonymous = apiFor(ctx.app);
  });
  afterAll(async () => {
    await ctx.store?.close();
    await ctx.db?.drop();
  });
  return ctx;
}

/** Imports the example (under `id`) and returns the response. */
export async function importExample(api: Api, id = EXAMPLE_ID, user = 'tester'): Promise<ApiResponse> {
  const res = await api('POST', '/api/programmes', { yaml: exampleAs(id), headers: { 'x-koers-user': user } });
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${res.text}`);
  return res;
}

/** The repository root, where bin/koers.js runs from. */
export const ROOT = new URL('..', import.meta.url).pathname;

/** Starts the built `koers serve` with `args` and resolves with its URL once it listens. */
export function spawnServer(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/koers.js', 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
}

export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
