import type { EscalationRule, Programme } from '../model/index.js';
import { behindOn, dependenciesOn } from './benefit-status.js';
import { benefitBreakpoints } from './benefit-model.js';
import { dateOfDay, dayOf } from './day-number.js';
import { gateBreakpoints, gateOn } from './gate-status.js';
import { holdsSince, previousBreak } from './holds-since.js';
import { ackKey } from './record-index.js';
import type { StatusContext } from './status-context.js';
import type { BenefitStatus, Escalation, EscalationEvidence, GateStatus } from './status-types.js';

type Found = { readonly subject: string; readonly since: number; readonly evidence: EscalationEvidence };

/**
 * The escalations that hold on the as-of date, one per rule and subject, each with the date since which it
 * has held without interruption and whether the escalation role has acknowledged it since then.
 */
export function escalations(ctx: StatusContext, benefits: readonly BenefitStatus[], gates: readonly GateStatus[]): Escalation[] {
  const { programme } = ctx;
  const role = programme.roles.find((r) => r.id === programme.escalation.to);
  return programme.escalation.rules.flatMap((rule) =>
    findings(ctx, rule, benefits, gates).map((f): Escalation => {
      const ack = acknowledgement(ctx, rule.id, f.subject, f.since);
      return {
        rule: rule.id,
        kind: rule.kind,
        text: rule.text,
        subject: f.subject,
        subjectName: subjectName(programme, f.subject),
        since: dateOfDay(f.since),
        to: { role: programme.escalation.to, name: role?.name },
        evidence: f.evidence,
        acknowledged: ack !== undefined,
        acknowledgement: ack && { date: ack.date, recordedBy: ack.recordedBy, note: ack.note },
      };
    }),
  );
}

function findings(ctx: StatusContext, rule: EscalationRule, benefits: readonly BenefitStatus[], gates: readonly GateStatus[]): Found[] {
  const day = ctx.asOfDay;
  switch (rule.kind) {
    case 'benefit-behind':
      return benefits.flatMap((s) => {
        const b = ctx.benefits.get(s.benefit)!;
        const now = behindOn(b, day, rule.threshold);
        if (!now) return [];
        const since = holdsSince((d) => behindOn(b, d, rule.threshold) !== undefined, previousBreak(benefitBreakpoints(b)), day, ctx.startDay) ?? day;
        return [{ subject: s.benefit, since, evidence: { kind: rule.kind, ...now, threshold: rule.threshold } }];
      });
    case 'benefit-conflict':
      return benefits.flatMap((s) => {
        const violated = s.dependencies.filter((d) => d.violated);
        if (violated.length === 0) return [];
        const b = ctx.benefits.get(s.benefit)!;
        const breaks = [...benefitBreakpoints(b), ...s.dependencies.flatMap((d) => benefitBreakpoints(ctx.benefits.get(d.benefit)!))];
        const holds = (d: number) => dependenciesOn(ctx, b, d).some((x) => x.violated);
        const since = holdsSince(holds, previousBreak(breaks), day, ctx.startDay) ?? day;
        const dependencies = violated.map((d) => ({ benefit: d.benefit, threshold: d.threshold, realisation: d.realisation }));
        return [{ subject: s.benefit, since, evidence: { kind: rule.kind, dependencies } }];
      });
    case 'gate-at-risk':
      return gates.filter((g) => g.gate && g.atRisk).map((g) => {
        const m = ctx.programme.milestones.find((x) => x.id === g.milestone)!;
        const windowStart = dayOf(m.date) - ctx.options.gateAtRiskWeeks * 7;
        const since = holdsSince((d) => gateOn(ctx, m, d).atRisk, previousBreak(gateBreakpoints(ctx, m)), day, windowStart) ?? day;
        const open = g.criteria.filter((c) => c.state !== 'met').map((c) => c.criterion);
        return { subject: g.milestone, since, evidence: { kind: rule.kind, date: g.date, daysUntil: g.daysUntil, met: g.met, total: g.total, open } };
      });
    case 'commitment':
    case 'external-factor': {
      const timeline = ctx.index.signals.get(rule.id);
      if (!timeline) return [];
      const bySubject = new Map<string, Found>();
      timeline.items.forEach((s, i) => {
        const signal = { date: s.date, note: s.note, recordedBy: s.recordedBy };
        const found = bySubject.get(s.subject);
        if (!found) bySubject.set(s.subject, { subject: s.subject, since: timeline.days[i]!, evidence: { kind: rule.kind, signals: [signal] } });
        else if (found.evidence.kind === rule.kind) bySubject.set(s.subject, { ...found, evidence: { kind: rule.kind, signals: [...found.evidence.signals, signal] } });
      });
      return [...bySubject.values()];
    }
  }
}

/** The latest acknowledgement of this escalation made on or after the day it started to hold. */
function acknowledgement(ctx: StatusContext, rule: string, subject: string, since: number) {
  const timeline = ctx.index.acknowledgements.get(ackKey(rule, subject));
  if (!timeline || timeline.days.length === 0) return undefined;
  const last = timeline.days.length - 1;
  return timeline.days[last]! >= since ? timeline.items[last] : undefined;
}

function subjectName(p: Programme, id: string): string | undefined {
  if (id === p.id) return p.name;
  const lists = [p.benefits, p.milestones, p.efforts, p.kpis, p.capabilities, p.goals] as const;
  for (const list of lists) {
    const found = (list as readonly { readonly id: string; readonly name: string }[]).find((x) => x.id === id);
    if (found) return found.name;
  }
  return undefined;
}
