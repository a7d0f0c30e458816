import { lastAtOrBefore } from './day-number.js';

/** The latest day on or before a given day at which a stepwise input changes, or −Infinity. */
export type PreviousBreak = (day: number) => number;

/** Breakpoints from ascending day lists (record timelines), searched without copying them. */
export function previousBreak(lists: readonly (readonly number[])[]): PreviousBreak {
  return (day) => {
    let best = -Infinity;
    for (const list of lists) {
      const i = lastAtOrBefore(list, day);
      if (i >= 0 && list[i]! > best) best = list[i]!;
    }
    return best;
  };
}

/**
 * The earliest day, not before `floor`, from which `holds` is true on every day up to `day`; undefined
 * when it does not hold on `day`. Breakpoints are the days on which a stepwise input changes; between
 * two of them the condition must be monotone (once true it stays true until the next breakpoint), as it
 * is when the only continuous input is a planned curve that never falls. Each interval costs one or two
 * checks, plus a binary search in the interval where the condition started.
 */
export function holdsSince(holds: (day: number) => boolean, previous: PreviousBreak, day: number, floor: number): number | undefined {
  if (day < floor || !holds(day)) return undefined;
  let hi = day;
  for (;;) {
    const b = previous(hi);
    const lo = b > floor ? b : floor;
    if (holds(lo)) {
      if (lo === floor || !holds(lo - 1)) return lo;
      hi = lo - 1;
      continue;
    }
    // The condition starts strictly inside (lo, hi]: find its first day.
    let a = lo;
    let c = hi;
    while (c - a > 1) {
      const mid = Math.floor((a + c) / 2);
      if (holds(mid)) c = mid;
      else a = mid;
    }
    return c;
  }
}
