import type { Kysely } from 'kysely';
import { readProgramme } from '../formats/yaml/index.js';
import type { Programme } from '../model/index.js';
import { findPlanVersion, findProgrammeWithPlan } from '../store/index.js';
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

export const notFound = (programmeId: string) => new AppError('not-found', `there is no programme "${programmeId}"`);
