import type { RoadmapLayout } from '../../plan/index.js';

/** Pixel sizes of the SVG roadmap; one place, so that header, body and legend line up. */
export const SIZE = {
  pad: 24,
  left: 330,
  titleBaseline: 46,
  subtitleBaseline: 68,
  asOfRow: 78,
  headerTop: 102,
  phaseRow: 24,
  yearRow: 20,
  quarterRow: 20,
  monthRow: 20,
  laneRow: 22,
  maxLanes: 3,
  bandRow: 26,
  row: 24,
  bar: 12,
  legendGap: 18,
  legendRow: 22,
} as const;

/** Horizontal mapping from layout positions (months) to pixels. */
export interface Geometry {
  readonly monthWidth: number;
  readonly chartLeft: number;
  readonly chartRight: number;
  readonly width: number;
  readonly x: (position: number) => number;
}

/** Month width shrinks with the horizon so that 12 to 48 months fit a slide-wide image. */
export function geometryOf(layout: RoadmapLayout): Geometry {
  const monthWidth = Math.min(72, Math.max(24, 1100 / Math.max(1, layout.horizon)));
  const chartLeft = SIZE.left;
  const chartRight = chartLeft + monthWidth * layout.horizon;
  return { monthWidth, chartLeft, chartRight, width: chartRight + SIZE.pad, x: (p) => chartLeft + p * monthWidth };
}
