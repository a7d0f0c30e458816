import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Temporal } from 'temporal-polyfill';
import { createStatusCache } from '../app/compute-status.js';
import { seedExample } from '../app/seed-example.js';
import { openStore, purgeIdempotencyKeys } from '../store/index.js';
import type { Store } from '../store/index.js';
import type { ServerConfig } from './config.js';
import { createApp } from './create-app.js';

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly store: Store;
  /** Stops accepting requests, lets running ones finish, and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database (running migrations), seeds the example when asked and the database is
 * empty, and listens. Port 0 picks a free port.
 *
 * @example const server = await startServer(readConfig(process.env));
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = await openStore({ database: config.database, poolSize: config.poolSize, ...(config.databaseSchema ? { schema: config.databaseSchema } : {}) });
  try {
    if (config.seedExample) await seedExample(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    store,
    statusCache: createStatusCache(),
    today: () => Temporal.Now.plainDateISO(config.timeZone).toString(),
    webDir: config.webDir,
    chromiumPath: config.chromiumPath,
    ...(config.auth ? { auth: config.auth } : {}),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const purger = startPurging(store);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    store,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      })
        .then(() => purger.stop())
        .then(() => store.close())),
  };
}

/** How often expired idempotency keys are deleted. */
const PURGE_EVERY_MS = 60 * 60_000;

/**
 * Deletes expired idempotency keys at start and then hourly, off the request path. Every instance
 * does so; deleting what another instance deleted already is harmless.
 */
function startPurging(store: Store): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const purge = () => {
    running = running
      .then(() => purgeIdempotencyKeys(store.db, new Date().toISOString()))
      .then(
        () => undefined,
        (error: unknown) => void process.stderr.write(`koers: deleting expired idempotency keys failed: ${error instanceof Error ? error.message : String(error)}\n`),
      );
  };
  purge();
  const timer = setInterval(purge, PURGE_EVERY_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return running;
    },
  };
}
