import { describe, expect, it } from 'vitest';
import { STATE_COLOUR as SVG_STATE, STRIPE_TINT as SVG_STRIPE, PLANNED_FILL as SVG_PLANNED, THEME } from '../src/formats/svg/svg-theme.js';
import { reasonText } from '../src/steer/status-text.js';
import type { ReasonCode } from '../src/steer/status-types.js';
import { AS_OF_COLOUR, PHASE_COLOURS, PLANNED_FILL, STATE_COLOUR, STRIPE_TINT } from '../web/src/gantt/gantt-colours.js';
import { reasonSentence } from '../web/src/i18n/reason-sentence.js';
import { en } from '../web/src/i18n/messages-en.js';
import { nl } from '../web/src/i18n/messages-nl.js';

// The dashboard bundles no core code, so the few things it must say or draw exactly as the core does
// are copied; these tests keep the copies equal.

const CODES: readonly ReasonCode[] = [
  'kpi-achievement', 'no-measurements', 'benefits-behind', 'benefits-red', 'efforts-late', 'efforts-on-schedule', 'gates-at-risk',
  'criteria-at-risk', 'gates-undecided', 'risks-high', 'risks-medium', 'risks-none', 'dependencies-violated', 'efforts-blocked', 'budget', 'no-inputs',
];
const VALUES = { measured: 4, total: 13, mean: 0.873, count: 2, threshold: 0.2, ids: 'B1, B2', maxDays: 31, recorded: 3, weeks: 6, open: 5, planned: 1000, spent: 800, spentShare: 0.8 };

describe('web dashboard consistency with the core', () => {
  it('draws Gantt bars in the SVG roadmap colours', () => {
    expect(STATE_COLOUR).toEqual(SVG_STATE);
    expect(STRIPE_TINT).toEqual(SVG_STRIPE);
    expect(PLANNED_FILL).toBe(SVG_PLANNED);
    expect(PHASE_COLOURS).toEqual(THEME.phases);
    expect(AS_OF_COLOUR).toBe(THEME.asOf);
  });

  it('words every steering reason as the core does, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const code of CODES) expect(reasonSentence({ code, values: VALUES }, lang)).toBe(reasonText({ code, values: VALUES }, lang));
    }
  });

  it('has the same message keys in Dutch and English, and no empty message', () => {
    const keys = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`));
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    const empty = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? (v.trim() ? [] : [k]) : empty(v as object)));
    expect([...empty(nl), ...empty(en)]).toEqual([]);
  });
});
