import type { Kysely } from 'kysely';
import { diffPlans } from '../plan/index.js';
import type { PlanDiff } from '../plan/index.js';
import type { Database } from '../store/index.js';
import { loadPlan } from './load-plan.js';

/** The diff between two stored versions of a programme, with the versions it compares. */
export interface VersionDiff {
  readonly programmeId: string;
  readonly from: number;
  readonly to: number;
  readonly diff: PlanDiff;
}

/**
 * Compares two plan versions; `to` defaults to the current version and `from` to the one before it.
 *
 * @example await diffPlanVersions(db, 'klant-in-beeld', { from: 1, to: 3 });
 */
export async function diffPlanVersions(db: Kysely<Database>, programmeId: string, versions: { readonly from?: number; readonly to?: number }): Promise<VersionDiff> {
  const current = await loadPlan(db, programmeId, versions.to);
  const to = current.version.version;
  const from = versions.from ?? Math.max(1, to - 1);
  const before = from === to ? current : await loadPlan(db, programmeId, from);
  return { programmeId, from, to, diff: diffPlans(before.programme, current.programme) };
}
