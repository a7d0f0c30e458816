import type { Programme } from '../../model/index.js';
import type { LintFinding } from './lint-finding.js';

/** Principle P1, goals before efforts: every effort contributes to a benefit, directly or through a capability. */
export function effortServesNoBenefit(p: Programme): LintFinding[] {
  const benefits = new Set(p.benefits.map((b) => b.id));
  const capabilities = new Map(p.capabilities.map((c) => [c.id, c]));
  return p.efforts.flatMap((e, i) => {
    if (e.management) return [];
    const served = e.serves.some((id) => benefits.has(id) || (capabilities.get(id)?.benefits.length ?? 0) > 0);
    if (served) return [];
    return [{
      code: 'effort-serves-no-benefit' as const,
      severity: 'warning' as const,
      message: `${e.id} "${e.name}" serves no benefit or capability (principle P1: goals before efforts)`,
      ids: [e.id],
      path: ['efforts', i, 'serves'],
    }];
  });
}

/** An effort starts before an effort it depends on has ended. */
export function effortStartsBeforeDependency(p: Programme): LintFinding[] {
  const byId = new Map(p.efforts.map((e) => [e.id, e]));
  return p.efforts.flatMap((e, i) =>
    e.dependsOn.flatMap((id, di) => {
      const dep = byId.get(id)!;
      if (e.start > dep.end) return [];
      return [{
        code: 'effort-starts-before-dependency' as const,
        severity: 'warning' as const,
        message: `${e.id} starts on ${e.start}, but depends on ${dep.id}, which ends on ${dep.end}`,
        ids: [e.id, dep.id],
        path: ['efforts', i, 'dependsOn', di],
      }];
    }),
  );
}

/** A capability that no effort builds. */
export function capabilityWithoutEffort(p: Programme): LintFinding[] {
  const served = new Set(p.efforts.flatMap((e) => e.serves));
  return p.capabilities.flatMap((c, i) =>
    served.has(c.id) ? [] : [{
      code: 'capability-without-effort' as const,
      severity: 'warning' as const,
      message: `capability ${c.id} "${c.name}" is built by no effort`,
      ids: [c.id],
      path: ['capabilities', i],
    }],
  );
}
