import type { Programme } from '../../model/index.js';
import { kpiTargetAt } from '../kpi-plan.js';
import type { LintFinding } from './lint-finding.js';

/** A gate criterion needs an effort that is planned to finish after the gate. */
export function gateEffortLate(p: Programme): LintFinding[] {
  return p.milestones.flatMap((m, mi) =>
    m.criteria.flatMap((c, ci) =>
      c.needs.flatMap((need) => {
        if (need.kind !== 'effort-finished') return [];
        const effort = p.efforts.find((e) => e.id === need.effort)!;
        if (effort.end <= m.date) return [];
        return [{
          code: 'gate-effort-late' as const,
          severity: 'error' as const,
          message: `${m.id} (${m.date}) needs "${c.text}", but ${effort.id} "${effort.name}" is planned to end on ${effort.end}`,
          ids: [m.id, effort.id],
          path: ['milestones', mi, 'criteria', ci],
        }];
      }),
    ),
  );
}

/** A gate criterion asks for a KPI value that differs from the KPI's own target at that moment. */
export function gateKpiOffPlan(p: Programme): LintFinding[] {
  return p.milestones.flatMap((m, mi) =>
    m.criteria.flatMap((c, ci) =>
      c.needs.flatMap((need) => {
        if (need.kind !== 'kpi-reaches') return [];
        const kpi = p.kpis.find((k) => k.id === need.kpi)!;
        const planned = kpiTargetAt(kpi, m.month);
        if (planned === undefined || planned === need.value) return [];
        const stricter = kpi.direction === 'higher' ? need.value > planned : need.value < planned;
        return [{
          code: 'gate-kpi-off-plan' as const,
          severity: stricter ? ('warning' as const) : ('info' as const),
          message: `${m.id} asks ${kpi.name} to reach ${need.value}, but the KPI plan targets ${planned} at ${m.id}`,
          ids: [m.id, kpi.id],
          path: ['milestones', mi, 'criteria', ci],
        }];
      }),
    ),
  );
}

/** A phase's closing milestone falls in another month than the phase's last month. */
export function phaseMilestoneMismatch(p: Programme): LintFinding[] {
  return p.phases.flatMap((phase, i) => {
    const m = p.milestones.find((x) => x.id === phase.milestone)!;
    if (m.month === phase.to) return [];
    return [{
      code: 'phase-milestone-mismatch' as const,
      severity: 'warning' as const,
      message: `phase ${phase.name} ends in month ${phase.to}, but its milestone ${m.id} falls in month ${m.month}`,
      ids: [phase.id, m.id],
      path: ['phases', i, 'milestone'],
    }];
  });
}
