import type { Rag, Tolerances } from '../model/index.js';
import { EPSILON } from './kpi-model.js';
import type { StatusRag } from './status-types.js';

/**
 * RAG of an achievement: `groen` at or above `tolerances.green`, `geel` at or above `tolerances.amber`,
 * `rood` below, `grijs` when there is nothing to judge.
 *
 * @example ragOf(0.85, { green: 0.9, amber: 0.8 }) // 'geel'
 */
export function ragOf(achievement: number | undefined, tolerances: Tolerances): StatusRag {
  if (achievement === undefined) return 'grijs';
  if (achievement >= tolerances.green - EPSILON) return 'groen';
  if (achievement >= tolerances.amber - EPSILON) return 'geel';
  return 'rood';
}

const SEVERITY: Readonly<Record<StatusRag, number>> = { grijs: 0, groen: 1, geel: 2, rood: 3 };

/** The worst RAG of a list; `grijs` entries count only when nothing else is there. */
export function worstRag(rags: Iterable<StatusRag | undefined>): StatusRag {
  let worst: StatusRag = 'grijs';
  for (const r of rags) if (r !== undefined && SEVERITY[r] > SEVERITY[worst]) worst = r;
  return worst;
}

/** True when `rag` is at least as bad as `threshold` (`grijs` never is). */
export function ragAtLeast(rag: StatusRag, threshold: Rag): boolean {
  return rag !== 'grijs' && SEVERITY[rag] >= SEVERITY[threshold];
}

/** An empty tally per RAG. */
export const ragCounts = (rags: readonly StatusRag[]): Record<StatusRag, number> => {
  const counts = { groen: 0, geel: 0, rood: 0, grijs: 0 };
  for (const r of rags) counts[r]++;
  return counts;
};
