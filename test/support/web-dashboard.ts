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
import { ROOT } from './run-cli.js';

/** A running Koers server with the built dashboard and the example programme, on a temporary SQLite file. */
export interface DashboardServer {
  readonly url: string;
  readonly store: Store;
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
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
