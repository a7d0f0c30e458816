import type { Kysely } from 'kysely';
import { message } from '../formats/messages/index.js';
import { readProgramme } from '../formats/yaml/index.js';
import type { Programme } from '../model/index.js';
import { findPlanVersion, findProgramme, findProgrammeWithPlan } from '../store/index.js';
import type { Database, PlanVersionSummary, ProgrammeRow } from '../store/index.js';
import { AppError } from './app-error.js';

/** A programme with the plan version asked for, parsed. */
export interface LoadedPlan {
  readonly row: ProgrammeRow;
  readonly version: PlanVersionSummary;
  readonly programme: Programme;
}

// Parsed plans by content hash. A version's text never changes, so this cache needs no
// invalidation and stays correct however many instances share the database.
const parsed = new Map<string, Programme>();
const PARSED_LIMIT = 64;

/**
 * The programme's current plan (or version `version`), parsed once per distinct file content:
 * one query when the plan is cached, two when its text must be read and parsed.
 *
 * @example const { programme, row } = await loadPlan(db, 'klant-in-beeld');
 */
export async function loadPlan(db: Kysely<Database>, programmeId: string, version?: number): Promise<LoadedPlan> {
  const found = await findProgrammeWithPlan(db, programmeId, version);
  if (!found) throw notFound(programmeId);
  if (!found.plan) throw new AppError('not-found', `programme "${programmeId}" has no version ${version}; it has versions 1 to ${found.programme.current_version}`);
  return { row: found.programme, version: found.plan, programme: await planOf(db, found.plan) };
}

/** The model of a stored plan version, from the cache or else read and parsed. */
export async function planOf(db: Kysely<Database>, version: PlanVersionSummary): Promise<Programme> {
  const hit = parsed.get(version.sha256);
  if (hit) {
    // Refresh its place: the map iterates in insertion order, oldest first.
    parsed.delete(version.sha256);
    parsed.set(version.sha256, hit);
    return hit;
  }
  const row = await findPlanVersion(db, version.programme_id, version.version);
  if (!row) throw notFound(version.programme_id);
  const result = readProgramme(row.yaml);
  if (!result.ok) {
    const first = result.issues[0];
    throw new AppError('invalid-programme', `version ${row.version} of "${row.programme_id}" no longer validates (${first ? `${first.line}:${first.column} ${first.message}` : 'unknown problem'}); import a corrected version`);
  }
  parsed.set(version.sha256, result.programme);
  if (parsed.size > PARSED_LIMIT) parsed.delete(parsed.keys().next().value!);
  return result.programme;
}

/** The programme's row; "not found" when there is none. */
export async function requireProgramme(db: Kysely<Database>, programmeId: string): Promise<ProgrammeRow> {
  const row = await findProgramme(db, programmeId);
  if (!row) throw notFound(programmeId);
  return row;
}

export const notFound = (programmeId: string) => new AppError('not-found', message('programme.not-found', { programme: programmeId }));

/**
 * Runs a record write; when it fails because the programme was deleted meanwhile (on PostgreSQL
 * the foreign key refuses the insert), answers "not found" rather than a database error.
 */
export async function whileProgrammeExists<T>(db: Kysely<Database>, programmeId: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof AppError) && !(await findProgrammeWithPlan(db, programmeId))) throw notFound(programmeId);
    throw error;
  }
}
