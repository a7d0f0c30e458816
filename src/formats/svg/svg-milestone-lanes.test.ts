import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoadmapMilestone } from '../../plan/index.js';
import { placeMilestoneLabels } from './svg-milestone-lanes.js';
import { textWidth } from './svg-text.js';

const milestone = (month: number, name: string): RoadmapMilestone =>
  ({ id: `M${month}`, name, short: name.toUpperCase(), month, at: month, date: '2026-01-31', gate: true });
const x = (position: number) => 300 + position * 25;
const bounds = { left: 280, right: 300 + 48 * 25 + 20 };

/** The horizontal extent of a placed label, diamond included. */
function extent(l: ReturnType<typeof placeMilestoneLabels>[number]) {
  const cx = x(l.milestone.at);
  const w = textWidth(l.text, 11);
  return l.anchor === 'start' ? { from: cx - 6, to: l.x + w } : { from: l.x - w, to: cx + 6 };
}

describe('placeMilestoneLabels', () => {
  it('puts labels right of their diamond in the first lane with room', () => {
    const placed = placeMilestoneLabels([milestone(3, 'Fundament klaar'), milestone(4, 'Architectuur'), milestone(12, 'Jaarreview')], x, bounds, 11, 3);
    expect(placed.map((l) => [l.milestone.id, l.lane, l.anchor, l.text])).toEqual([
      ['M3', 0, 'start', 'M3 Fundament klaar'], ['M4', 1, 'start', 'M4 Architectuur'], ['M12', 0, 'start', 'M12 Jaarreview'],
    ]);
  });

  it('runs a label left of its diamond at the right edge', () => {
    const [last] = placeMilestoneLabels([milestone(48, 'Verankering klaar')], x, bounds, 11, 3);
    expect(last).toMatchObject({ anchor: 'end', x: x(48) - 10, text: 'M48 Verankering klaar' });
  });

  it('never lets two labels in a lane overlap, however crowded, and keeps every milestone', () => {
    const names = fc.constantFrom('Review', 'Besluit over de aanpak met alle sectoren', 'GO', 'Jaarreview 2027');
    fc.assert(fc.property(fc.uniqueArray(fc.record({ month: fc.integer({ min: 1, max: 48 }), name: names }), { selector: (m) => m.month, maxLength: 20 }), (ms) => {
      const placed = placeMilestoneLabels(ms.map((m) => milestone(m.month, m.name)), x, bounds, 11, 3);
      expect(placed).toHaveLength(ms.length);
      for (const a of placed) {
        expect(a.full.startsWith(a.text.replace(/…$/, ''))).toBe(true);
        for (const b of placed) {
          if (a === b || a.lane !== b.lane) continue;
          const [p, q] = [extent(a), extent(b)];
          expect(p.to <= q.from || q.to <= p.from, `${a.text} / ${b.text}`).toBe(true);
        }
      }
    }), { numRuns: 300 });
  });
});
