import { AppError } from '../app/app-error.js';
import { ConfigError, readConfig, startServer } from '../server/index.js';
import { countUsers, isPostgresUrl } from '../store/index.js';
import type { Store } from '../store/index.js';
import { ensureFirstAdmin } from '../server/auth/index.js';
import { CliError, EXIT } from './cli-error.js';

export interface ServeOptions {
  readonly db?: string;
  readonly port?: string;
  readonly host?: string;
  readonly example?: boolean;
}

/** `koers serve`: the API and dashboard, until SIGINT or SIGTERM. */
export async function serveCommand(options: ServeOptions): Promise<void> {
  let config;
  try {
    config = readConfig(process.env, {
      ...(options.db === undefined ? {} : { database: options.db }),
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.host === undefined ? {} : { host: options.host }),
      ...(options.example ? { seedExample: true } : {}),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  let server;
  try {
    server = await startServer(config);
  } catch (error) {
    const where = isPostgresUrl(config.database) ? 'the PostgreSQL database' : `the database "${config.database}"`;
    if (error instanceof AppError) throw new CliError(`cannot load the example: ${error.message}`, EXIT.failed);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${config.port} on ${config.host} is in use; choose another with --port`, EXIT.usage);
    throw new CliError(`cannot start: ${where}: ${(error as Error).message}`, EXIT.failed);
  }
  // Listen for signals before saying where we serve: whoever reads that line may stop us at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.stdout.write('koers: stopping\n');
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await announceFirstAdmin(server.store);
  process.stdout.write(`koers: serving ${server.store.location} (${server.store.dialect.name}) on ${server.url}\n`);
  await stopped;
}

/**
 * On a new embedded (SQLite) database, makes the demo beheerder and prints its one-time password
 * once, here on the console and nowhere else; on PostgreSQL says how to make the first beheerder.
 */
async function announceFirstAdmin(store: Store): Promise<void> {
  if (store.dialect.name === 'sqlite') {
    const first = await ensureFirstAdmin(store);
    if (first) {
      process.stdout.write(`koers: first start: created the beheerder user "${first.username}" with the one-time password: ${first.password}\n`);
      process.stdout.write('koers: sign in with it and choose your own password; it is not shown again (lost it? koers users reset-password admin)\n');
    }
  } else if ((await countUsers(store.db)) === 0) {
    process.stdout.write('koers: there are no users yet; create the first beheerder with: koers users add NAME --admin --db <the same database URL>\n');
  }
}
