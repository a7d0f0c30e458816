import type { Level, SteeringParameter, SteeringParameterId } from '../model/index.js';
import { EPSILON } from './kpi-model.js';
import { latest, overrideKey } from './record-index.js';
import { ragAtLeast, ragOf } from './rag.js';
import type { StatusContext } from './status-context.js';
import type { BenefitStatus, EffortStatus, GateStatus, KpiStatus, Reason, RiskScore, SteeringStatus, StatusRag } from './status-types.js';

export interface SteeringInputs {
  readonly kpis: readonly KpiStatus[];
  readonly benefits: readonly BenefitStatus[];
  readonly efforts: readonly EffortStatus[];
  readonly gates: readonly GateStatus[];
}

type Derived = SteeringStatus['derived'] & { readonly risks?: readonly RiskScore[] };

const LEVEL: Readonly<Record<Level, number>> = { L: 1, M: 2, H: 3 };
const reason = (code: Reason['code'], values: Reason['values'] = {}): Reason => ({ code, values });
const ids = (list: readonly { readonly id: string }[]) => list.map((x) => x.id).join(', ');

/** The five stuurparameters: each derived from the status (or manual without inputs), beside the latest human override. */
export function steeringStatus(ctx: StatusContext, inputs: SteeringInputs): SteeringStatus[] {
  return ctx.programme.steering.map((p: SteeringParameter): SteeringStatus => {
    const { risks, ...derived } = derive(ctx, p.id, inputs);
    const o = latest(ctx.index.overrides.get(overrideKey({ kind: 'parameter', parameter: p.id })), ctx.asOfDay);
    const override = o && { rag: o.rag, rationale: o.rationale, date: o.date, recordedBy: o.recordedBy };
    const rag: StatusRag | undefined = override?.rag ?? (derived.kind === 'derived' ? derived.rag : undefined);
    const meetsNorm = rag === undefined || rag === 'grijs' ? undefined : rag === p.norm || !ragAtLeast(rag, p.norm);
    return { parameter: p.id, norm: p.norm, description: p.description, derived, override, rag, meetsNorm, ...(risks ? { risks } : {}) };
  });
}

function derive(ctx: StatusContext, id: SteeringParameterId, inputs: SteeringInputs): Derived {
  switch (id) {
    case 'doeltreffendheid': return effectiveness(ctx, inputs);
    case 'tempo': return tempo(ctx, inputs);
    case 'haalbaarheid': return feasibility(ctx, inputs);
    case 'wendbaarheid': return { kind: 'manual', reasons: [reason('no-inputs')] };
    case 'efficientie': return efficiency(ctx);
  }
}

/** Mean KPI achievement (each capped to 0..1) against the tolerances; red when a benefit is behind plan. */
function effectiveness(ctx: StatusContext, { kpis, benefits }: SteeringInputs): Derived {
  const measured = kpis.filter((k) => k.achievement !== undefined);
  if (measured.length === 0) return { kind: 'derived', rag: 'grijs', reasons: [reason('no-measurements', { total: kpis.length })] };
  const mean = measured.reduce((sum, k) => sum + Math.min(1, Math.max(0, k.achievement!)), 0) / measured.length;
  const behind = benefits.filter((b) => b.behind).map((b) => ({ id: b.benefit }));
  const red = benefits.filter((b) => b.rag === 'rood').map((b) => ({ id: b.benefit }));
  const overridden = kpis.filter((k) => k.override !== undefined && k.override.rag !== k.derived.rag).map((k) => ({ id: k.kpi }));
  const reasons = [reason('kpi-achievement', { mean, measured: measured.length, total: kpis.length })];
  if (behind.length) reasons.push(reason('benefits-behind', { count: behind.length, ids: ids(behind), threshold: ctx.options.behindThreshold }));
  if (red.length) reasons.push(reason('benefits-red', { count: red.length, ids: ids(red) }));
  // The mean is of the measured numbers; KPI judgements count through the benefits' RAG, and are named here.
  if (overridden.length) reasons.push(reason('kpis-overridden', { count: overridden.length, ids: ids(overridden) }));
  return { kind: 'derived', rag: behind.length ? 'rood' : ragOf(mean, ctx.options.tolerances), reasons };
}

/** Red when an effort slips more than `tempoRedSlipDays` or a gate is at risk; amber when an effort is late, a criterion at risk or a passed gate undecided. */
function tempo(ctx: StatusContext, { efforts, gates }: SteeringInputs): Derived {
  const late = efforts.filter((e) => e.state === 'late');
  const maxDays = Math.max(0, ...late.map((e) => e.slippageDays));
  const atRisk = gates.filter((g) => g.atRisk).map((g) => ({ id: g.milestone }));
  const criteria = gates.filter((g) => g.state !== 'decided').flatMap((g) => g.criteria.filter((c) => c.state === 'at-risk'));
  const undecided = gates.filter((g) => g.gate && g.state === 'passed').map((g) => ({ id: g.milestone }));
  const reasons = late.length
    ? [reason('efforts-late', { count: late.length, maxDays, ids: ids(late.map((e) => ({ id: e.effort }))) })]
    : [reason('efforts-on-schedule', { recorded: efforts.filter((e) => e.evidence === 'recorded').length, total: efforts.length })];
  if (atRisk.length) reasons.push(reason('gates-at-risk', { count: atRisk.length, ids: ids(atRisk), weeks: ctx.options.gateAtRiskWeeks }));
  if (criteria.length) reasons.push(reason('criteria-at-risk', { count: criteria.length, ids: ids(criteria.map((c) => ({ id: c.criterion }))) }));
  if (undecided.length) reasons.push(reason('gates-undecided', { count: undecided.length, ids: ids(undecided) }));
  const rag: StatusRag =
    maxDays > ctx.options.tempoRedSlipDays || atRisk.length ? 'rood'
    : late.length || criteria.length || undecided.length ? 'geel'
    : 'groen';
  return { kind: 'derived', rag, reasons };
}

/**
 * Risks scored kans × impact (L=1, M=2, H=3). Red: an open register risk of 9 or a violated benefit
 * dependency. Amber: an open register risk of 6, a blocked effort, or a model risk of 6+ on a benefit
 * that is amber, red or behind (its mitigation is evidently not enough).
 */
function feasibility(ctx: StatusContext, { benefits, efforts }: SteeringInputs): Derived {
  const register: RiskScore[] = ctx.index.risks.filter((r) => r.status === 'open').map((r) => ({
    source: 'register', id: r.id, subject: r.subject, description: r.description, likelihood: r.likelihood, impact: r.impact, score: LEVEL[r.likelihood] * LEVEL[r.impact],
  }));
  const weak = new Set(benefits.filter((b) => b.behind || b.rag === 'rood' || b.rag === 'geel').map((b) => b.benefit));
  const open = new Set(benefits.filter((b) => b.band !== 'borging').map((b) => b.benefit));
  const model: RiskScore[] = ctx.programme.benefits.filter((b) => open.has(b.id)).flatMap((b) => b.risks.map((r) => ({
    source: 'model' as const, id: b.id, subject: b.id, description: r.description, likelihood: r.likelihood, impact: r.impact, score: LEVEL[r.likelihood] * LEVEL[r.impact],
  })));
  const high = register.filter((r) => r.score >= 9);
  const medium = [...register.filter((r) => r.score >= 6 && r.score < 9), ...model.filter((r) => r.score >= 6 && weak.has(r.subject))];
  const violated = benefits.filter((b) => b.dependencies.some((d) => d.violated)).map((b) => ({ id: b.benefit }));
  const blocked = efforts.filter((e) => e.blockedBy.length > 0).map((e) => ({ id: e.effort }));
  const reasons: Reason[] = [];
  if (high.length) reasons.push(reason('risks-high', { count: high.length, ids: ids(high) }));
  if (medium.length) reasons.push(reason('risks-medium', { count: medium.length, ids: [...new Set(medium.map((r) => r.id))].join(', ') }));
  if (violated.length) reasons.push(reason('dependencies-violated', { count: violated.length, ids: ids(violated) }));
  if (blocked.length) reasons.push(reason('efforts-blocked', { count: blocked.length, ids: ids(blocked) }));
  if (reasons.length === 0) reasons.push(reason('risks-none', { open: register.length + model.length }));
  const rag: StatusRag = high.length || violated.length ? 'rood' : medium.length || blocked.length ? 'geel' : 'groen';
  const risks = [...register, ...model].sort((a, b) => b.score - a.score);
  return { kind: 'derived', rag, reasons, risks };
}

/** Budget planned ÷ spent (latest cumulative entry) against the tolerances; manual without budget records. */
function efficiency(ctx: StatusContext): Derived {
  const entry = latest(ctx.index.budget, ctx.asOfDay);
  if (!entry) return { kind: 'manual', reasons: [reason('no-inputs')] };
  const ratio = entry.spent <= EPSILON ? 1 : entry.planned / entry.spent;
  return { kind: 'derived', rag: ragOf(ratio, ctx.options.tolerances), reasons: [reason('budget', { planned: entry.planned, spent: entry.spent, ratio, spentShare: entry.planned > 0 ? entry.spent / entry.planned : 0, date: entry.date })] };
}
