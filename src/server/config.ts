import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isPostgresUrl } from '../store/index.js';
import { readAuthOptions } from './auth/index.js';
import type { AuthOptions } from './auth/index.js';

/** Everything the server reads from its environment, validated once at startup. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** A SQLite file path or a `postgres://` URL. */
  readonly database: string;
  /** The PostgreSQL schema that holds Koers's tables. */
  readonly databaseSchema: string | undefined;
  readonly poolSize: number;
  /** Where the built dashboard lives; served when it holds an index.html. Undefined: no dashboard. */
  readonly webDir: string | undefined;
  /** Chromium for PDF documents (KOERS_CHROMIUM_PATH); default the system's. */
  readonly chromiumPath?: string | undefined;
  /** The time zone that decides what "today" is when a status is asked without a date. */
  readonly timeZone: string;
  /** Import the Klant in Beeld example when the database holds no programme. */
  readonly seedExample: boolean;
  /** Sign-in settings (KOERS_SESSION_*, KOERS_SECURE_COOKIES, KOERS_TRUST_PROXY, KOERS_OIDC_*); default when absent. */
  readonly auth?: AuthOptions;
}

/** Command-line options, which win over the environment. */
export interface ConfigOverrides {
  readonly port?: string | number;
  readonly host?: string;
  readonly database?: string;
  readonly seedExample?: boolean;
}

export const DEFAULT_SQLITE_PATH = 'data/koers.db';

const portSchema = z.coerce.number({ error: 'a port number from 0 to 65535' }).int('a port number from 0 to 65535').min(0, 'a port number from 0 to 65535').max(65535, 'a port number from 0 to 65535');
const flag = z.enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'true or false' }).transform((v) => ['1', 'true', 'yes'].includes(v));

const envSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().min(1, 'an address such as 127.0.0.1 or 0.0.0.0').default('127.0.0.1'),
  DATABASE_URL: z.string().refine(isPostgresUrl, 'a postgres:// or postgresql:// URL').optional(),
  KOERS_DB_PATH: z.string().min(1, 'a file path').default(DEFAULT_SQLITE_PATH),
  KOERS_DB_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case letters, digits and _').optional(),
  KOERS_DB_POOL_SIZE: z.coerce.number({ error: 'a number of connections from 1 to 100' }).int('a whole number').min(1, 'at least 1').max(100, 'at most 100').default(20),
  KOERS_WEB_DIR: z.string().min(1, 'a directory').optional(),
  KOERS_CHROMIUM_PATH: z.string().min(1, 'a path to a Chromium or Chrome executable').optional(),
  KOERS_TIME_ZONE: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Amsterdam').default('Europe/Amsterdam'),
  KOERS_SEED_EXAMPLE: flag.default(false),
});

/** The server's configuration is invalid; the message names the variable and what would be valid. */
export class ConfigError extends Error {}

/**
 * Reads and validates the configuration: flags first, then the environment, then defaults.
 * `--db` and `DATABASE_URL` may name PostgreSQL; otherwise data lives in SQLite at `KOERS_DB_PATH`.
 *
 * @example const config = readConfig(process.env, { port: options.port });
 */
export function readConfig(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`invalid environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const auth = readAuthOptions(env);
  if (!auth.ok) throw new ConfigError(auth.problem);
  let port = e.PORT;
  if (overrides.port !== undefined) {
    const p = portSchema.safeParse(overrides.port);
    if (!p.success) throw new ConfigError(`invalid --port "${overrides.port}": ${p.error.issues[0]!.message}`);
    port = p.data;
  }
  return {
    port,
    host: overrides.host ?? e.HOST,
    database: overrides.database ?? e.DATABASE_URL ?? e.KOERS_DB_PATH,
    databaseSchema: e.KOERS_DB_SCHEMA,
    poolSize: e.KOERS_DB_POOL_SIZE,
    webDir: e.KOERS_WEB_DIR ?? fileURLToPath(new URL('../web/dist', import.meta.url)),
    chromiumPath: e.KOERS_CHROMIUM_PATH,
    timeZone: e.KOERS_TIME_ZONE,
    seedExample: overrides.seedExample ?? e.KOERS_SEED_EXAMPLE,
    auth: auth.options,
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
