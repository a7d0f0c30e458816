import type { Programme } from '../../model/index.js';
import { plannedRealisationAt, realisationStart } from '../benefit-plan.js';
import type { LintFinding } from './lint-finding.js';

/** Every benefit needs a baateigenaar and at least one indicator. */
export function benefitOwnerAndIndicator(p: Programme): LintFinding[] {
  return p.benefits.flatMap((b, i): LintFinding[] => [
    ...(b.owner ? [] : [{ code: 'benefit-without-owner' as const, severity: 'error' as const, message: `benefit ${b.id} "${b.name}" has no baateigenaar`, ids: [b.id], path: ['benefits', i] }]),
    ...(b.indicators.length ? [] : [{ code: 'benefit-without-indicator' as const, severity: 'error' as const, message: `benefit ${b.id} "${b.name}" has no indicator KPI, so its realisation cannot be measured`, ids: [b.id], path: ['benefits', i] }]),
  ]);
}

/**
 * Once goals name their benefits, every benefit should serve a goal and every goal have a benefit:
 * the DIN reads from vision to effort, and a loose end is either missing work or work without purpose.
 */
export function benefitGoalLinks(p: Programme): LintFinding[] {
  if (!p.goals.some((g) => g.benefits.length)) return [];
  const served = new Set(p.goals.flatMap((g) => g.benefits));
  return [
    ...p.goals.flatMap((g, i): LintFinding[] => g.benefits.length ? [] : [{ code: 'goal-without-benefit', severity: 'warning', message: `goal ${g.id} "${g.name}" names no benefit that realises it`, ids: [g.id], path: ['programme', 'goals', i, 'benefits'] }]),
    ...p.benefits.flatMap((b, i): LintFinding[] => served.has(b.id) ? [] : [{ code: 'benefit-serves-no-goal', severity: 'warning', message: `benefit ${b.id} "${b.name}" serves no programme goal; add it to the \`benefits\` of a goal`, ids: [b.id], path: ['benefits', i] }]),
  ];
}

/** "B2 needs B1 at 50%": B2's planned realisation starts before B1's plan reaches the threshold. */
export function benefitDependencyUnmet(p: Programme): LintFinding[] {
  return p.benefits.flatMap((b, bi) =>
    b.dependsOn.flatMap((dep, di) => {
      const other = p.benefits.find((x) => x.id === dep.benefit)!;
      const starts = realisationStart(p, b);
      if (!starts) return [];
      const level = plannedRealisationAt(p, other, starts) ?? 0;
      if (level + 1e-9 >= dep.threshold) return [];
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      return [{
        code: 'benefit-dependency-unmet' as const,
        severity: 'warning' as const,
        message: `${b.id} needs ${other.id} at ${pct(dep.threshold)} first, but ${b.id} is planned to start realising on ${starts}, when ${other.id} is planned at only ${pct(level)}`,
        ids: [b.id, other.id],
        path: ['benefits', bi, 'dependsOn', di],
      }];
    }),
  );
}
