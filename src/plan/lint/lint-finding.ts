import type { FieldPath, Programme } from '../../model/index.js';

export type Severity = 'error' | 'warning' | 'info';

/** Stable codes of the plan-consistency checks; documented in the README. */
export type LintCode =
  | 'gate-effort-late'
  | 'gate-kpi-off-plan'
  | 'kpi-target-against-direction'
  | 'kpi-goal-differs-from-last-target'
  | 'kpi-moment-outside-horizon'
  | 'benefit-without-owner'
  | 'benefit-without-indicator'
  | 'benefit-dependency-unmet'
  | 'benefit-serves-no-goal'
  | 'goal-without-benefit'
  | 'effort-serves-no-benefit'
  | 'effort-starts-before-dependency'
  | 'capability-without-effort'
  | 'phase-milestone-mismatch';

/** One plan conflict, with the ids involved and where in the file it sits. */
export interface LintFinding {
  readonly code: LintCode;
  readonly severity: Severity;
  readonly message: string;
  readonly ids: readonly string[];
  readonly path: FieldPath;
}

export type LintRule = (programme: Programme) => LintFinding[];
