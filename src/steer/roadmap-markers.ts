import type { ProgrammeStatus } from './status-types.js';

/** Mermaid Gantt task tags, which the other roadmap views mirror. */
export type RoadmapMarker = 'done' | 'active' | 'crit';

export interface RoadmapMarkers {
  readonly efforts: Readonly<Record<string, readonly RoadmapMarker[]>>;
  readonly milestones: Readonly<Record<string, readonly RoadmapMarker[]>>;
}

/**
 * Roadmap markers from a status: an effort done is `done`, running is `active`, late is `crit` (plus
 * `active` once started); a milestone decided is `done`, at risk or passed undecided is `crit`.
 * Planned efforts and open milestones get no marker.
 *
 * @example roadmapMarkers(status).efforts['SYS-02'] // ['crit', 'active']
 */
export function roadmapMarkers(status: ProgrammeStatus): RoadmapMarkers {
  const efforts: Record<string, RoadmapMarker[]> = {};
  for (const e of status.efforts) {
    const started = e.actualStart !== undefined || (e.percentComplete ?? 0) > 0;
    efforts[e.effort] =
      e.state === 'done' ? ['done']
      : e.state === 'running' ? ['active']
      : e.state === 'late' ? (started ? ['crit', 'active'] : ['crit'])
      : [];
  }
  const milestones: Record<string, RoadmapMarker[]> = {};
  for (const g of status.gates) {
    milestones[g.milestone] = g.state === 'decided' ? ['done'] : g.state === 'at-risk' || (g.gate && g.state === 'passed') ? ['crit'] : [];
  }
  return { efforts, milestones };
}
