import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Temporal } from 'temporal-polyfill';
import { createStatusCache } from '../app/compute-status.js';
import { seedExample } from '../app/seed-example.js';
import { openStore } from '../store/index.js';
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
      }).then(() => store.close())),
  };
}
