import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DatabaseDialect } from './database-dialect.js';
import { migrations } from './migrations/index.js';

/**
 * Brings the schema up to date; safe to run from several instances at once (Kysely takes a lock).
 *
 * @example await migrateToLatest(store.db, store.dialect);
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: DatabaseDialect): Promise<readonly string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    ...(dialect.migrationTableSchema ? { migrationTableSchema: dialect.migrationTableSchema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    throw new Error(`database migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
  return results.map((r) => r.migrationName);
}
