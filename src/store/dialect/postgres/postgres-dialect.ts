import { Kysely, PostgresDialect, sql } from 'kysely';
import type { CompiledQuery, PostgresPool, PostgresPoolClient, QueryCreator } from 'kysely';
import pg from 'pg';
import type { Database } from '../../database.js';
import type { DatabaseDialect, Write } from '../../database-dialect.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * PostgreSQL: read-committed transactions. Plan changes lock the programme's row; record writes run
 * side by side, so that concurrent commits share PostgreSQL's WAL flushes.
 */
export function postgresDialect(schema: string): DatabaseDialect {
  return {
    name: 'postgres',
    migrationTableSchema: schema,
    writeTransaction: (db, work) => db.transaction().execute(work),
    // One statement is atomic by itself: no BEGIN and COMMIT round trips.
    async writeAll(db, writes) {
      if (writes.length === 0) return;
      const statement = oneStatement(db, writes);
      if (statement) await db.executeQuery(statement);
      else await db.transaction().execute((trx) => oneByOne(trx, writes));
    },
    async writeAllIn(trx, writes) {
      if (writes.length === 0) return;
      const statement = oneStatement(trx, writes);
      if (statement) await trx.executeQuery(statement);
      else await oneByOne(trx, writes);
    },
    readSnapshot: (db, work) => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
    async lockProgramme(trx, programmeId) {
      await trx.selectFrom('programme').select('id').where('id', '=', programmeId).forUpdate().execute();
    },
    async integrityCheck(db) {
      await sql`select 1`.execute(db);
      return 'ok';
    },
  };
}

/** PostgreSQL takes at most this many parameters in one statement. */
const MAX_PARAMETERS = 65_535;

/**
 * The writes as one statement, each a data-modifying `WITH` query (PostgreSQL runs those to the end
 * whatever the main query reads); undefined when together they take too many parameters. Two of
 * them must never change the same row.
 */
function oneStatement(db: Kysely<Database>, writes: readonly Write[]): CompiledQuery | undefined {
  if (writes.length === 1) return writes[0]!.compile();
  let creator: QueryCreator<Database> = db;
  writes.forEach((write, i) => {
    creator = creator.with(`w${i}`, () => write as never) as unknown as QueryCreator<Database>;
  });
  const statement = creator.selectNoFrom(sql<number>`1`.as('done')).compile();
  return statement.parameters.length <= MAX_PARAMETERS ? statement : undefined;
}

async function oneByOne(trx: Kysely<Database>, writes: readonly Write[]): Promise<void> {
  for (const write of writes) await trx.executeQuery(write);
}

/** Options of `openPostgres`, defaults spread in. */
export interface PostgresOptions {
  /** The schema that holds Koers's tables; created when missing. Default `public`. */
  readonly schema?: string;
  /** Connections per instance. Default 20. */
  readonly poolSize?: number;
}

/** Connects to `url`, creating the schema first when it is missing. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<{ db: Kysely<Database>; schema: string }> {
  const { schema, poolSize } = { schema: 'public', poolSize: 20, ...options };
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and _`);
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  try {
    await setup.query(`create schema if not exists ${schema}`);
  } catch (error) {
    // Two instances starting at once may race on `create schema`; losing the race is fine.
    const exists = await setup.query('select 1 from information_schema.schemata where schema_name = $1', [schema]);
    if (exists.rowCount === 0) throw error;
  } finally {
    await setup.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: `-c search_path=${schema}` });
  // An idle connection dropped by the server must not crash the process; the pool reconnects.
  pool.on('error', (error) => process.stderr.write(`koers: PostgreSQL connection lost: ${error.message}\n`));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) }), schema };
}

/**
 * Kysely sends every query as text, which PostgreSQL parses and plans each time; for the few
 * queries the server runs all day that costs more than running them. Those are sent as named
 * prepared statements, which each connection plans once. Left out: statements with many
 * parameters (bulk inserts, whose text varies with the number of rows) and `*` selects, whose
 * prepared plan would break when a migration adds a column while this instance runs.
 */
function withPreparedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined && names.size < PREPARED_LIMIT) names.set(text, (name = `koers_${names.size}`));
    return name;
  };
  return {
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect();
      return {
        release: () => client.release(),
        query: ((textOrCursor: string | object, values?: readonly unknown[]) => {
          if (typeof textOrCursor !== 'string') return client.query(textOrCursor as never);
          const name = (values?.length ?? 0) <= PREPARED_MAX_PARAMETERS && !textOrCursor.includes('*') ? nameOf(textOrCursor) : undefined;
          return client.query({ text: textOrCursor, values: values ? [...values] : [], ...(name ? { name } : {}) });
        }) as unknown as PostgresPoolClient['query'],
      };
    },
  };
}

const PREPARED_LIMIT = 200;
/** Enough for one record with its audit entry and revision bump (one statement, 23 parameters); bulk inserts have more. */
const PREPARED_MAX_PARAMETERS = 32;
