import type { Programme } from '../../model/index.js';
import { benefitDependencyUnmet, benefitGoalLinks, benefitOwnerAndIndicator } from './benefit-rules.js';
import { capabilityWithoutEffort, effortServesNoBenefit, effortStartsBeforeDependency } from './effort-rules.js';
import { gateEffortLate, gateKpiOffPlan, phaseMilestoneMismatch } from './gate-rules.js';
import { kpiGoalDiffersFromLastTarget, kpiMomentOutsideHorizon, kpiTargetAgainstDirection } from './kpi-rules.js';
import type { LintFinding, LintRule, Severity } from './lint-finding.js';

const RULES: readonly LintRule[] = [
  gateEffortLate,
  gateKpiOffPlan,
  phaseMilestoneMismatch,
  kpiTargetAgainstDirection,
  kpiGoalDiffersFromLastTarget,
  kpiMomentOutsideHorizon,
  benefitOwnerAndIndicator,
  benefitDependencyUnmet,
  benefitGoalLinks,
  effortServesNoBenefit,
  effortStartsBeforeDependency,
  capabilityWithoutEffort,
];

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Plan-consistency checks a programme office wants, most severe first.
 *
 * @example lintProgramme(programme).filter((f) => f.severity === 'error')
 */
export function lintProgramme(programme: Programme): LintFinding[] {
  return RULES.flatMap((rule) => rule(programme)).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** True when a finding is at least as severe as `threshold`. */
export const atLeast = (finding: LintFinding, threshold: Severity) => RANK[finding.severity] <= RANK[threshold];
