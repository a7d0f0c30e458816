import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { build } from 'vite';
import { createStatusCache } from '../../src/app/compute-status.js';
import { seedExample } from '../../src/app/seed-example.js';
import { createApp } from '../../src/server/create-app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';
import { createUser } from '../../src/server/auth/index.js';
import { testUsers } from '../server-harness.js';
import { ROOT } from './run-cli.js';

/** A running Koers server with the built dashboard and the example programme, on a temporary SQLite file. */
export interface DashboardServer {
  readonly url: string;
  readonly store: Store;
  /** The cookies of a signed-in beheerder's session, for a browser context (`context.addCookies`). */
  readonly cookies: readonly { readonly name: string; readonly value: string; readonly url: string }[];
  /** Headers that sign a `fetch` in as that beheerder (a personal API token). */
  readonly headers: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

let built: Promise<string> | undefined;

/**
 * Builds the dashboard once per test file into a temporary folder, so the tests exercise the real
 * bundle without touching web/dist while other tests may serve it.
 */
export function buildDashboard(): Promise<string> {
  // The build sets NODE_ENV=production for React; the test process keeps its own.
  const nodeEnv = process.env.NODE_ENV;
  const outDir = built ? '' : mkdtempSync(join(tmpdir(), 'koers-web-dist-'));
  built ??= build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir } })
    .then(() => outDir)
    .finally(() => { process.env.NODE_ENV = nodeEnv; });
  return built;
}

/** Serves an app on a free loopback port; `close` stops it. */
export async function listen(app: { fetch: (request: Request) => Response | Promise<Response> }): Promise<{ url: string; close: () => Promise<void> }> {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts the real Koers app (API and dashboard) on a free port, with the Klant in Beeld example
 * imported, as `npm start` would on a first start.
 */
export async function startDashboard(options: { readonly today: string }): Promise<DashboardServer> {
  const webDir = await buildDashboard();
  const dir = mkdtempSync(join(tmpdir(), 'koers-web-'));
  const store = await openStore({ database: join(dir, 'koers.db') });
  // As `koers serve --example` (npm start) does on a first start.
  if ((await seedExample(store)) === undefined) throw new Error('the example programme was not imported');
  const app = createApp({ store, statusCache: createStatusCache(), today: () => options.today, webDir });
  const { url, close: closeServer } = await listen(app);
  // A signed-in beheerder, as after the sign-in page: the session's cookies, and a token for fetch.
  const password = 'een lang test wachtwoord 2026';
  await createUser(store, { username: 'dashboard', displayName: 'Dashboard Tester', password, admin: true }, 'test-setup');
  const signIn = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dashboard', password }) });
  const cookies = signIn.headers.getSetCookie().map((c) => c.split(';')[0]!).map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url }));
  const token = await testUsers(store).tokenFor('dashboard');
  return {
    url,
    store,
    cookies,
    headers: { authorization: `Bearer ${token}` },
    async close() {
      await closeServer();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
