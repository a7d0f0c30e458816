import type { IsoDate } from '../../calendar/index.js';

/** A problem in a Mermaid chart, at its source line (1-based). */
export interface GanttIssue {
  readonly line: number;
  readonly message: string;
}

/** Mermaid's status tags; `milestone` and `vert` are task kinds instead. */
export interface GanttTags {
  readonly done: boolean;
  readonly active: boolean;
  readonly crit: boolean;
}

/** What a `click` line attached to a task. */
export interface GanttLink {
  readonly href: string | undefined;
  readonly call: { readonly name: string; readonly args: string | undefined } | undefined;
  readonly line: number;
}

/**
 * One bar, milestone or `vert` marker, with the times Mermaid computes for it.
 * `startAt`/`endAt` are Mermaid's own instants as local date-times (`2026-01-01T00:00:00.000`);
 * `endAt` is exclusive. `start`/`end` are the whole days Koers plans with: inclusive, rounded out.
 */
export interface GanttTask {
  readonly kind: 'task' | 'milestone' | 'vert';
  /** Mermaid's id: the one written, or Mermaid's own `task1`, `task2` … for tasks without one. */
  readonly id: string;
  readonly explicitId: boolean;
  /** The title as Mermaid shows it (entities such as `#58;` decoded). */
  readonly title: string;
  readonly section: string;
  readonly line: number;
  readonly tags: GanttTags;
  readonly startAt: string;
  readonly endAt: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Ids in `after …`; a task without a start follows the task before it (`previous`). */
  readonly after: readonly string[];
  readonly previous: string | undefined;
  readonly until: readonly string[];
  readonly link: GanttLink | undefined;
}

/** A Mermaid Gantt chart as Mermaid 11 understands it, with every task's dates computed. */
export interface GanttChart {
  readonly title: string | undefined;
  readonly accTitle: string | undefined;
  readonly accDescr: string | undefined;
  /** As written; undefined when the chart has no `dateFormat` line. */
  readonly dateFormat: string | undefined;
  readonly axisFormat: string | undefined;
  readonly tickInterval: string | undefined;
  readonly todayMarker: string | undefined;
  readonly weekday: string;
  readonly weekend: 'friday' | 'saturday';
  readonly inclusiveEndDates: boolean;
  readonly topAxis: boolean;
  readonly excludes: readonly string[];
  readonly includes: readonly string[];
  readonly displayMode: string | undefined;
  readonly sections: readonly string[];
  readonly tasks: readonly GanttTask[];
  /** `%%` comment lines, trimmed, without the `%%`. */
  readonly comments: readonly { readonly line: number; readonly text: string }[];
}

/** The outcome of reading a chart: the chart when there are no errors, and every finding with its line. */
export interface GanttReadResult {
  readonly chart: GanttChart | undefined;
  readonly warnings: readonly GanttIssue[];
  readonly errors: readonly GanttIssue[];
}
