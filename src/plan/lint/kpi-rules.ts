import type { Programme } from '../../model/index.js';
import type { LintFinding } from './lint-finding.js';

/** Consecutive planned values move against the KPI's direction (e.g. churn planned to rise). */
export function kpiTargetAgainstDirection(p: Programme): LintFinding[] {
  return p.kpis.flatMap((kpi, ki) => {
    const points = [
      { moment: 'START', value: kpi.baseline.value },
      ...kpi.targets.map((t) => ({ moment: t.moment, value: t.value })),
    ].filter((x): x is { moment: string; value: number } => x.value !== undefined);
    const findings: LintFinding[] = [];
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      const against = kpi.direction === 'higher' ? b.value < a.value : b.value > a.value;
      if (against) {
        findings.push({
          code: 'kpi-target-against-direction',
          severity: 'warning',
          message: `${kpi.name}: ${kpi.direction === 'higher' ? 'higher' : 'lower'} is better, but the target goes from ${a.value} at ${a.moment} to ${b.value} at ${b.moment}`,
          ids: [kpi.id],
          path: ['kpis', ki, 'targets', b.moment === 'START' ? 'baseline' : b.moment],
        });
      }
    }
    return findings;
  });
}

/** The final goal differs from the last planned target. */
export function kpiGoalDiffersFromLastTarget(p: Programme): LintFinding[] {
  return p.kpis.flatMap((kpi, ki) => {
    const last = kpi.targets.findLast((t) => t.value !== undefined);
    if (!last || last.value === kpi.goal.value) return [];
    return [{
      code: 'kpi-goal-differs-from-last-target' as const,
      severity: 'info' as const,
      message: `${kpi.name}: the goal is ${kpi.goal.value}, but the last target (${last.moment}) is ${last.value}`,
      ids: [kpi.id],
      path: ['kpis', ki, 'goal'],
    }];
  });
}

/** Measurement moments or deadlines after the horizon: nobody in the programme will be there to measure. */
export function kpiMomentOutsideHorizon(p: Programme): LintFinding[] {
  const kpis = p.kpis.flatMap((kpi, ki) => {
    const late = kpi.targets.filter((t) => t.month > p.horizon).map((t) => t.moment);
    if (kpi.deadline > p.horizon) late.push(`deadline M${kpi.deadline}`);
    if (late.length === 0) return [];
    return [{
      code: 'kpi-moment-outside-horizon' as const,
      severity: 'warning' as const,
      message: `${kpi.name} is measured after the horizon of ${p.horizon} months (${late.join(', ')}); hand the measurement over to the line organisation or extend the horizon`,
      ids: [kpi.id],
      path: ['kpis', ki, 'targets'],
    }];
  });
  const benefits = p.benefits.flatMap((b, bi) => {
    const late = b.moments.filter((m) => m > p.horizon);
    if (late.length === 0) return [];
    return [{
      code: 'kpi-moment-outside-horizon' as const,
      severity: 'warning' as const,
      message: `benefit ${b.id} has measurement moments after the horizon of ${p.horizon} months (${late.map((m) => `M${m}`).join(', ')})`,
      ids: [b.id],
      path: ['benefits', bi, 'moments'],
    }];
  });
  return [...kpis, ...benefits];
}
