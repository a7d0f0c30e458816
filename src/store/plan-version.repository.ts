import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { coalesceReads } from './coalesce-reads.js';
import type { Database, PlanVersionTable, ProgrammeTable } from './database.js';

export type PlanVersionRow = PlanVersionTable;
/** A version without its YAML text, for listings. */
export type PlanVersionSummary = Omit<PlanVersionRow, 'yaml'>;

/** Stores an imported file as the next version. */
export async function insertPlanVersion(db: Kysely<Database>, row: PlanVersionRow): Promise<void> {
  await db.insertInto('plan_version').values(row).execute();
}

/** One version with its YAML text, or undefined. */
export async function findPlanVersion(db: Kysely<Database>, programmeId: string, version: number): Promise<PlanVersionRow | undefined> {
  return db.selectFrom('plan_version').selectAll().where('programme_id', '=', programmeId).where('version', '=', version).executeTakeFirst();
}

/** Versions in order, after version `after`, without their text. */
export async function listPlanVersions(
  db: Kysely<Database>,
  programmeId: string,
  page: { readonly after?: number; readonly limit: number },
): Promise<PlanVersionSummary[]> {
  let query = db
    .selectFrom('plan_version')
    .select(['programme_id', 'version', 'file_name', 'sha256', 'imported_at', 'imported_by'])
    .where('programme_id', '=', programmeId)
    .orderBy('version')
    .limit(page.limit);
  if (page.after !== undefined) query = query.where('version', '>', page.after);
  return query.execute();
}

/** Every version with its text, oldest first (for backups). */
export async function allPlanVersions(db: Kysely<Database>, programmeId: string): Promise<PlanVersionRow[]> {
  return db.selectFrom('plan_version').selectAll().where('programme_id', '=', programmeId).orderBy('version').execute();
}

/** What `findProgrammeWithPlan` answers. */
export interface ProgrammeWithPlan {
  /** Shared between the callers of one query: never change it. */
  readonly programme: Readonly<ProgrammeTable>;
  readonly plan: Readonly<PlanVersionSummary> | undefined;
  /** Writes counted so far; changes with every committed write. */
  readonly revision: number;
}

type JoinedRow = ProgrammeTable & { plan_version: number | null; file_name: string | null; sha256: string | null; imported_at: string | null; imported_by: string | null; revision: number | string };

// One coalescer per database handle (and per transaction, which is a handle of its own).
const sharedReads = new WeakMap<Kysely<Database>, (key: string) => Promise<ProgrammeWithPlan | undefined>>();

/**
 * A programme's row with the summary of one plan version (default the current one) and its
 * revision, in one query: what nearly every request needs first. Concurrent calls for the same
 * programme share a query sent after they were made (`coalesceReads`), so every caller still sees
 * all writes committed before its call, while a busy programme costs one query per round trip.
 *
 * @example const found = await findProgrammeWithPlan(db, 'klant-in-beeld'); // { programme, plan, revision }
 */
export function findProgrammeWithPlan(db: Kysely<Database>, programmeId: string, version?: number): Promise<ProgrammeWithPlan | undefined> {
  let shared = sharedReads.get(db);
  if (!shared) {
    shared = coalesceReads((key: string) => {
      const split = key.indexOf(':');
      return queryProgrammeWithPlan(db, key.slice(split + 1), split === 0 ? undefined : Number(key.slice(0, split)));
    });
    sharedReads.set(db, shared);
  }
  return shared(`${version ?? ''}:${programmeId}`);
}

/**
 * The query behind `findProgrammeWithPlan`. Written as SQL rather than with the query builder
 * because it runs on every request and building the query cost more than running it.
 */
async function queryProgrammeWithPlan(db: Kysely<Database>, programmeId: string, version: number | undefined): Promise<ProgrammeWithPlan | undefined> {
  const { rows } = await sql<JoinedRow>`
    select p.id, p.uid, p.name, p.organisation, p.current_version, p.created_at, p.created_by, p.updated_at, p.updated_by, v.version as plan_version, v.file_name, v.sha256, v.imported_at, v.imported_by,
      cast(coalesce((select sum(r.count) from programme_revision r where r.programme_id = p.id), 0) as integer) as revision
    from programme p
    left join plan_version v on v.programme_id = p.id and v.version = ${version === undefined ? sql.ref('p.current_version') : version}
    where p.id = ${programmeId}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const { plan_version, file_name, sha256, imported_at, imported_by, revision, ...programme } = row;
  const plan = plan_version === null || sha256 === null || imported_at === null || imported_by === null
    ? undefined
    : { programme_id: programme.id, version: plan_version, file_name, sha256, imported_at, imported_by };
  return { programme, plan, revision: Number(revision) };
}
