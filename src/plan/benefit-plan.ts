import { daysBetween, monthEnd, monthStart } from '../calendar/index.js';
import type { IsoDate } from '../calendar/index.js';
import type { Band, Benefit, Programme } from '../model/index.js';

/** Realisation reached at the end of a band, per the batenrealisatieplan legend. */
export const BAND_CEILING: Readonly<Record<Band, number>> = { basis: 0.3, groei: 0.7, target: 1, borging: 1 };

/**
 * Planned realisation (0–1) at the end of each programme quarter, from the roadmap bands.
 * A run of quarters in one band climbs evenly to the band's ceiling, so "basis, groei, groei" plans 30%, 50%, 70%.
 * Quarters before the first band are undefined (not yet being realised).
 */
export function plannedQuarterLevels(benefit: Benefit): (number | undefined)[] {
  const bands = benefit.roadmap;
  const levels: (number | undefined)[] = [];
  let level: number | undefined;
  for (let q = 0; q < bands.length; ) {
    const band = bands[q];
    if (band === undefined) {
      levels.push(level);
      q++;
      continue;
    }
    let runEnd = q;
    while (runEnd + 1 < bands.length && bands[runEnd + 1] === band) runEnd++;
    const from = level ?? 0;
    const ceiling = Math.max(from, BAND_CEILING[band]);
    const length = runEnd - q + 1;
    for (let i = 1; i <= length; i++) levels.push(from + ((ceiling - from) * i) / length);
    level = ceiling;
    q = runEnd + 1;
  }
  return levels;
}

/** The date realisation starts: the first day of the first quarter with a band. */
export function realisationStart(programme: Programme, benefit: Benefit): IsoDate | undefined {
  const q = benefit.roadmap.findIndex((b) => b !== undefined);
  return q < 0 ? undefined : monthStart(programme.start, q * 3 + 1);
}

/** Planned realisation on a date, interpolated linearly within each quarter; undefined before realisation starts. */
export function plannedRealisationAt(programme: Programme, benefit: Benefit, date: IsoDate): number | undefined {
  const levels = plannedQuarterLevels(benefit);
  const first = levels.findIndex((l) => l !== undefined);
  if (first < 0) return undefined;
  let previous = 0;
  for (let q = 0; q < levels.length; q++) {
    const level = levels[q];
    if (level === undefined) continue;
    const from = monthStart(programme.start, q * 3 + 1);
    const to = monthEnd(programme.start, q * 3 + 3);
    if (date < from) return q === first ? undefined : previous;
    if (date <= to) return previous + (level - previous) * ((daysBetween(from, date) + 1) / (daysBetween(from, to) + 1));
    previous = level;
  }
  return previous;
}
