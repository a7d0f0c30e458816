// The databases every store and API test runs against: a temp SQLite file always, and a fresh
// PostgreSQL schema when KOERS_TEST_DATABASE_URL is set (CI). No mocks of either.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import { hasPostgres, postgresUrl } from './support/environment.js';

/** A fresh, empty database and how to open more connections to it (for a second instance). */
export interface TestDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  /** `--db` value: the SQLite path or the PostgreSQL URL. */
  readonly database: string;
  readonly schema: string | undefined;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

let counter = 0;
const unique = () => `${process.pid}_${Date.now().toString(36)}_${counter++}`;

export async function freshSqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-store-'));
  const database = join(dir, 'koers.db');
  return { dialect: 'sqlite', database, schema: undefined, open: () => openStore({ database }), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function freshPostgres(): Promise<TestDatabase> {
  const database = postgresUrl!;
  const schema = `koers_test_${unique()}`;
  return {
    dialect: 'postgres',
    database,
    schema,
    open: () => openStore({ database, schema, poolSize: 12 }),
    async drop() {
      const client = new pg.Client({ connectionString: database });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** The dialects to run on; PostgreSQL is skipped loudly outside CI when it is not configured. */
export const dialects: readonly { readonly name: 'sqlite' | 'postgres'; readonly fresh: () => Promise<TestDatabase> }[] = [
  { name: 'sqlite', fresh: freshSqlite },
  ...(hasPostgres() ? [{ name: 'postgres' as const, fresh: freshPostgres }] : []),
];
