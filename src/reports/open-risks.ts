import type { IsoDate } from '../calendar/index.js';
import type { Records, RiskEntry } from '../model/index.js';

/**
 * The risk register on a date: per risk id the latest entry on or before `asOf`, kept when it is open.
 *
 * @example openRisks(records, '2026-05-15').map((r) => r.id) // ['R-03', 'R-07']
 */
export function openRisks(records: Records, asOf: IsoDate): RiskEntry[] {
  const latest = new Map<string, RiskEntry>();
  for (const entry of records.risks) {
    if (entry.date > asOf) continue;
    const seen = latest.get(entry.id);
    if (!seen || entry.date >= seen.date) latest.set(entry.id, entry);
  }
  return [...latest.values()].filter((r) => r.status === 'open');
}
