import type { IsoDate } from '../calendar/index.js';
import type { Goal, Programme } from '../model/index.js';

export type DinNodeKind = 'vision' | 'goal' | 'benefit' | 'capability' | 'effort';

/** A node of the doelen-inspanningennetwerk. Without goal links, one vision node carries the goals. */
export interface DinNode {
  readonly id: string;
  readonly kind: DinNodeKind;
  readonly name: string;
  readonly illustrative: boolean;
}

/** "`from` is realised through `to`": goal (or vision) → benefit → capability → effort. */
export interface DinEdge {
  readonly from: string;
  readonly to: string;
}

/** The DIN as four ordered columns and the edges between them. */
export interface DinReport {
  readonly kind: 'din';
  readonly programme: Programme;
  readonly generated: IsoDate;
  readonly vision: string;
  readonly goals: readonly Goal[];
  /**
   * Columns left to right: goals (or the one vision node when no goal names a benefit), benefits,
   * capabilities, efforts; each ordered to keep edges short.
   */
  readonly columns: readonly (readonly DinNode[])[];
  readonly edges: readonly DinEdge[];
  /** Programme-management efforts (governance, businesscase): they serve the programme, not a benefit. */
  readonly management: readonly DinNode[];
}

/** Id of the vision node. */
export const VISION_NODE = 'visie';

/**
 * The doelen-inspanningennetwerk of Werken aan Programma's: vision and goals, realised through benefits,
 * which need capabilities, which efforts build. Efforts that serve a benefit directly link to it.
 * When no goal names its benefits, every benefit links to one vision node, which lists the goals.
 *
 * @example dinReport(programme, '2026-01-10').columns.map((c) => c.length) // [1, 6, 7, 24]
 */
export function dinReport(programme: Programme, generated: IsoDate): DinReport {
  const benefitIds = new Set(programme.benefits.map((b) => b.id));
  const capabilityIds = new Set(programme.capabilities.map((c) => c.id));
  const edges: DinEdge[] = [];
  const goalLinks = programme.goals.some((g) => g.benefits.length > 0);
  if (goalLinks) for (const g of programme.goals) for (const b of g.benefits) edges.push({ from: g.id, to: b });
  else for (const b of programme.benefits) edges.push({ from: VISION_NODE, to: b.id });
  for (const c of programme.capabilities) for (const b of c.benefits) edges.push({ from: b, to: c.id });
  const working = programme.efforts.filter((e) => !e.management);
  for (const e of working) for (const s of e.serves) if (benefitIds.has(s) || capabilityIds.has(s)) edges.push({ from: s, to: e.id });

  const first: DinNode[] = goalLinks
    ? programme.goals.map((g) => ({ id: g.id, kind: 'goal', name: g.name, illustrative: false }))
    : [{ id: VISION_NODE, kind: 'vision', name: programme.name, illustrative: false }];
  const benefits = orderByParents(
    programme.benefits.map((b): DinNode => ({ id: b.id, kind: 'benefit', name: b.name, illustrative: b.illustrative })),
    new Map(first.map((n, i) => [n.id, i])),
    edges,
  );
  const capabilities = orderByParents(
    programme.capabilities.map((c): DinNode => ({ id: c.id, kind: 'capability', name: c.name, illustrative: false })),
    new Map(benefits.map((b, i) => [b.id, i])),
    edges,
  );
  // Efforts that serve a benefit directly are placed as if the benefit sat in the capability column.
  const scale = capabilities.length / Math.max(1, benefits.length);
  const efforts = orderByParents(
    working.map((e): DinNode => ({ id: e.id, kind: 'effort', name: e.name, illustrative: e.illustrative })),
    new Map([...capabilities.map((c, i) => [c.id, i] as const), ...benefits.map((b, i) => [b.id, i * scale] as const)]),
    edges,
  );
  return {
    kind: 'din',
    programme,
    generated,
    vision: programme.vision,
    goals: programme.goals,
    columns: [first, benefits, capabilities, efforts],
    edges,
    management: programme.efforts.filter((e) => e.management).map((e) => ({ id: e.id, kind: 'effort', name: e.name, illustrative: e.illustrative })),
  };
}

/**
 * Sorts a column by the mean position of its parents in the column before (the barycentre heuristic),
 * which removes most edge crossings; ties keep the model's order, and nodes without parents go last.
 */
function orderByParents(nodes: readonly DinNode[], positions: ReadonlyMap<string, number>, edges: readonly DinEdge[]): DinNode[] {
  const centre = (node: DinNode) => {
    const linked = edges.filter((e) => e.to === node.id && positions.has(e.from)).map((e) => positions.get(e.from)!);
    return linked.length ? linked.reduce((a, b) => a + b, 0) / linked.length : Number.POSITIVE_INFINITY;
  };
  return nodes
    .map((node, index) => ({ node, index, key: centre(node) }))
    .sort((a, b) => (a.key === b.key ? a.index - b.index : a.key - b.key))
    .map((x) => x.node);
}
