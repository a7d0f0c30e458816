import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeMarkers } from './ascii-milestone-lanes.js';
import type { PlacedMarker } from './ascii-milestone-lanes.js';

const span = (p: PlacedMarker) => ({
  from: Math.min(p.labelAt, p.idAt),
  to: Math.max(p.labelAt + p.label.length, p.idAt + p.id.length) - 1,
});

describe('placeMarkers', () => {
  it('centres a label under its marker when there is room, as the seed does', () => {
    const [fundament] = placeMarkers([{ column: 29, label: '[FUNDAMENT]', id: 'M3' }], 2);
    expect(fundament).toMatchObject({ lane: 0, labelAt: 24, idAt: 28 });
  });

  it('moves a label that would collide to a lane below', () => {
    const placed = placeMarkers([
      { column: 30, label: '[IMPLEMENTATIE]', id: 'M9' },
      { column: 34, label: '[JAARREVIEW]', id: 'M10' },
    ], 2);
    expect(placed.map((p) => p.lane)).toEqual([0, 1]);
  });

  it('never overlaps labels in a lane, always covers its own marker, and keeps connectors clear', () => {
    const marker = fc.record({
      month: fc.integer({ min: 1, max: 48 }),
      label: fc.string({ minLength: 1, maxLength: 14, unit: fc.constantFrom('A', 'B', 'K', '-') }).map((s) => `[${s}]`),
      id: fc.integer({ min: 1, max: 48 }).map((n) => `M${n}`),
    });
    fc.assert(fc.property(fc.uniqueArray(marker, { selector: (m) => m.month, maxLength: 16 }), (markers) => {
      const placed = placeMarkers(markers.map((m) => ({ column: 26 + 4 * (m.month - 1), label: m.label, id: m.id })), 2);
      expect(placed).toHaveLength(markers.length);
      for (const p of placed) {
        expect(p.labelAt).toBeGreaterThanOrEqual(2);
        expect(p.labelAt <= p.column && p.column < p.labelAt + p.label.length).toBe(true);
        for (const q of placed) {
          if (q === p || q.lane !== p.lane) continue;
          const [a, b] = [span(p), span(q)];
          expect(a.to < b.from - 1 || a.from > b.to + 1).toBe(true);
        }
      }
    }), { numRuns: 300 });
  });

  it('keeps the connector of a deeper label clear of the labels above it when markers are a month apart', () => {
    const markers = [3, 4, 5, 6, 7].map((month) => ({ column: 26 + 4 * (month - 1), label: '[MIJLPAAL]', id: `M${month}` }));
    const placed = placeMarkers(markers, 2);
    for (const deep of placed) {
      for (const above of placed.filter((p) => p.lane < deep.lane)) {
        const s = span(above);
        expect(deep.column < s.from || deep.column > s.to, `${deep.id} passes through ${above.id}`).toBe(true);
      }
    }
  });
});
