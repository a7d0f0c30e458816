import type { IsoDate } from '../calendar/index.js';
import { programmeStatus, StatusError } from '../steer/index.js';
import { allRecords, findProgrammeWithPlan } from '../store/index.js';
import type { Store } from '../store/index.js';
import { AppError } from './app-error.js';
import { notFound, planOf } from './load-plan.js';
import { recordsOf } from './stored-record.js';

/** Status JSON (UTF-8 bytes) by key. Keys come from the database, so a cache per instance stays correct beside other instances. */
export interface StatusCache {
  get(key: string): Uint8Array<ArrayBuffer> | undefined;
  set(key: string, body: Uint8Array<ArrayBuffer>): void;
}

/** A bounded least-recently-used cache; old revisions fall out as new ones come in. */
export function createStatusCache(limit = 256): StatusCache {
  const entries = new Map<string, Uint8Array<ArrayBuffer>>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(key, body) {
      entries.set(key, body);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
  };
}

const UTF8 = new TextEncoder();

export interface ComputedStatus {
  /** Identifies this exact status: programme incarnation, plan version, records revision and date. */
  readonly key: string;
  /** The steering engine's result as JSON, encoded once (UTF-8) and sent as is by every hit. */
  readonly body: Uint8Array<ArrayBuffer>;
  readonly version: number;
  readonly revision: number;
  readonly cached: boolean;
}

/**
 * The programme's status on `asOf`, from the steering engine. The cache key is read from the
 * database in every request: every write counts itself in the programme's revision (in the
 * write's own transaction), so a write through any instance makes every instance miss and recompute.
 *
 * @example const { body } = await computeStatus(store, cache, 'klant-in-beeld', '2026-07-15');
 */
export async function computeStatus(store: Store, cache: StatusCache, programmeId: string, asOf: IsoDate): Promise<ComputedStatus> {
  const found = await findProgrammeWithPlan(store.db, programmeId);
  if (!found?.plan) throw notFound(programmeId);
  const { programme: row, plan, revision } = found;
  const key = `${row.uid}.${row.current_version}.${revision}.${asOf}`;
  const base = { key, version: row.current_version, revision };
  const hit = cache.get(key);
  if (hit !== undefined) return { ...base, body: hit, cached: true };

  // Records are read after the revision: a write landing in between can only make this entry
  // newer than its key, never older, and the next request sees the new revision anyway.
  const [programme, rows] = await Promise.all([planOf(store.db, plan), allRecords(store.db, programmeId)]);
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = UTF8.encode(JSON.stringify(programmeStatus(programme, recordsOf(rows), asOf)));
  } catch (error) {
    if (error instanceof StatusError) throw new AppError('invalid-input', error.message, [{ path: 'asOf', message: error.message }]);
    throw error;
  }
  cache.set(key, body);
  return { ...base, body, cached: false };
}
