import type { RoadmapMilestone } from '../../plan/index.js';
import { fitText, textWidth } from './svg-text.js';

/** A milestone label placed beside its diamond, in one of a few lanes. */
export interface PlacedLabel {
  readonly milestone: RoadmapMilestone;
  readonly lane: number;
  readonly x: number;
  /** The label runs right of the diamond (`start`) or, near the right edge, left of it (`end`). */
  readonly anchor: 'start' | 'end';
  readonly text: string;
  /** The full label when `text` had to be shortened. */
  readonly full: string;
}

interface Slot {
  label: PlacedLabel;
  from: number;
  to: number;
}

/** Room between a diamond's centre and its label, and between two labels. */
const GAP = 10;
const SPACE = 8;
const DIAMOND = 6;

/**
 * Puts each milestone's label ("M3 Fundament klaar") right of its diamond, or left of it when it would
 * run past the chart, in the first of `maxLanes` lanes where it touches nothing. When no lane has room
 * the label is shortened to the room there is; when even the diamond has no room, the label in its way
 * is shortened. Labels never overlap; shortened ones keep their full text for a tooltip.
 */
export function placeMilestoneLabels(
  milestones: readonly RoadmapMilestone[],
  x: (position: number) => number,
  bounds: { readonly left: number; readonly right: number },
  size: number,
  maxLanes: number,
): PlacedLabel[] {
  const lanes: Slot[][] = Array.from({ length: maxLanes }, () => []);
  const width = (text: string) => textWidth(text, size);
  const free = (lane: number, from: number, to: number) =>
    from >= bounds.left && to <= bounds.right && lanes[lane]!.every((s) => to + SPACE <= s.from || from >= s.to + SPACE);
  const put = (lane: number, label: PlacedLabel, from: number, to: number) => lanes[lane]!.push({ label, from, to });

  for (const milestone of [...milestones].sort((a, b) => a.at - b.at)) {
    const cx = x(milestone.at);
    const full = `${milestone.id} ${milestone.name}`;
    const w = width(full);
    const options = [
      { from: cx - DIAMOND, to: cx + GAP + w, anchor: 'start' as const, x: cx + GAP },
      { from: cx - GAP - w, to: cx + DIAMOND, anchor: 'end' as const, x: cx - GAP },
    ];
    const fit = lanes.findIndex((_, lane) => options.some((o) => free(lane, o.from, o.to)));
    if (fit >= 0) {
      const o = options.find((option) => free(fit, option.from, option.to))!;
      put(fit, { milestone, lane: fit, x: o.x, anchor: o.anchor, text: full, full }, o.from, o.to);
      continue;
    }
    // Shorten: in the lane with the most room right of the diamond, after cutting back a label that
    // covers the diamond when every lane has one.
    const roomIn = (lane: number) => {
      const spans = lanes[lane]!;
      if (spans.some((s) => cx - DIAMOND < s.to + SPACE && cx + GAP > s.from - SPACE)) return -Infinity;
      return Math.min(bounds.right, ...spans.filter((s) => s.from >= cx).map((s) => s.from - SPACE)) - (cx + GAP);
    };
    let lane = lanes.map((_, i) => i).reduce((best, i) => (roomIn(i) > roomIn(best) ? i : best), 0);
    if (roomIn(lane) === -Infinity) lane = cutBack(lanes, cx - DIAMOND - SPACE, size);
    const text = fitText(full, Math.max(0, roomIn(lane)), size) || milestone.id;
    put(lane, { milestone, lane, x: cx + GAP, anchor: 'start', text, full }, cx - DIAMOND, cx + GAP + width(text));
  }
  return lanes.flat().map((s) => s.label).sort((a, b) => a.milestone.at - b.milestone.at);
}

/** Shortens the right-running label in some lane so that it ends before `limit`; returns that lane. */
function cutBack(lanes: Slot[][], limit: number, size: number): number {
  let best = { lane: 0, room: -Infinity };
  for (const [lane, spans] of lanes.entries()) {
    const last = spans.at(-1);
    if (last?.label.anchor === 'start' && limit - last.label.x > best.room) best = { lane, room: limit - last.label.x };
  }
  const slot = lanes[best.lane]!.at(-1);
  if (slot) {
    const text = fitText(slot.label.full, Math.max(0, best.room), size) || slot.label.milestone.id;
    slot.label = { ...slot.label, text };
    slot.to = slot.label.x + textWidth(text, size);
  }
  return best.lane;
}
