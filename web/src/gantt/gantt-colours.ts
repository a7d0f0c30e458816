import type { RoadmapState } from '../../../src/plan/roadmap-layout.js';

/*
 * Bar colours of the interactive Gantt. They are the SVG roadmap's (src/formats/svg/svg-theme.ts),
 * copied because the dashboard bundles no core code; test/web-gantt-colours.test.ts keeps them equal.
 */

/** Bar colour per state; `none` is an effort whose state is not judged. */
export const STATE_COLOUR: Readonly<Record<RoadmapState | 'none', string>> = {
  done: '#2E7D32',
  running: '#1565C0',
  planned: '#5E7387',
  'at-risk': '#A86100',
  late: '#C62828',
  none: '#34577E',
};

/** Light stripe colour of ongoing (doorlopend) bars, per state. */
export const STRIPE_TINT: Readonly<Record<RoadmapState | 'none', string>> = {
  done: '#C8E6C9',
  running: '#C5DAF3',
  planned: '#FFFFFF',
  'at-risk': '#F7DDB5',
  late: '#F5C6C6',
  none: '#CBD8E6',
};

/** Planned work is drawn as an outline on this fill. */
export const PLANNED_FILL = '#FFFFFF';

/** Phase ribbon colours and the as-of line, as in the SVG. */
export const PHASE_COLOURS = ['#1E3A5F', '#2B5C8A', '#3D6E9E', '#4A5D7E'] as const;
export const AS_OF_COLOUR = '#0B3D91';

/** The CSS background of a bar: solid, outlined (planned) or striped (doorlopend), as the SVG draws it. */
export function barStyle(state: RoadmapState | undefined, mode: 'projectmatig' | 'doorlopend'): { background: string; border: string } {
  const key = state ?? 'none';
  const colour = STATE_COLOUR[key];
  if (mode === 'doorlopend') {
    return {
      background: `repeating-linear-gradient(45deg, ${colour} 0 3px, ${STRIPE_TINT[key]} 3px 6px)`,
      border: `1.5px solid ${colour}`,
    };
  }
  if (state === 'planned') return { background: PLANNED_FILL, border: `1.5px solid ${colour}` };
  return { background: colour, border: `1.5px solid ${colour}` };
}
