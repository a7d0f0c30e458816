import { ROADMAP_STATES } from '../../plan/index.js';
import type { RoadmapState } from '../../plan/index.js';
import { SIZE } from './svg-geometry.js';
import { PLANNED_FILL, STATE_COLOUR, THEME } from './svg-theme.js';
import type { SvgText } from './svg-theme.js';
import { escapeXml, px, textWidth } from './svg-text.js';

type Swatch = (x: number, y: number) => string;

const bar = (fill: string, stroke?: string): Swatch => (x, y) =>
  `<rect x="${px(x)}" y="${y + 5}" width="22" height="12" rx="3" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="1.5"` : ''}/>`;

/**
 * One line of legend items, wrapping when it would run past `width`: the states that occur, the two
 * effort modes, the milestone kind and the as-of line.
 */
export function renderLegend(id: string, text: SvgText, states: ReadonlySet<RoadmapState | undefined>, gates: boolean, asOf: boolean, top: number, width: number): { readonly svg: string; readonly height: number } {
  const items: [Swatch, string][] = [];
  const judged = [...states].some((s) => s !== undefined);
  for (const s of ROADMAP_STATES) {
    if (states.has(s)) {
      items.push([s === 'planned' ? bar(PLANNED_FILL, STATE_COLOUR.planned) : bar(STATE_COLOUR[s]), text.states[s]]);
    }
  }
  if (judged && states.has(undefined)) items.push([bar(STATE_COLOUR.none), text.notJudged]);
  // With states shown, the modes get a neutral grey so that they do not read as a state.
  const [colour, stripe] = judged ? [THEME.muted, 'mode'] : [STATE_COLOUR.none, 'none'];
  items.push([bar(colour), text.project]);
  items.push([bar(`url(#${id}-stripe-${stripe})`, colour), text.ongoing]);
  items.push([(x, y) => `<path d="M${px(x + 11)} ${y + 4}l7 7-7 7-7-7z" fill="${gates ? THEME.milestone : THEME.background}" stroke="${THEME.milestone}" stroke-width="1.5"/>`, gates ? text.gate : text.milestone]);
  if (asOf) items.push([(x, y) => `<rect x="${px(x + 10)}" y="${y + 1}" width="2" height="20" fill="${THEME.asOf}"/>`, text.asOf]);

  const out = [`<g aria-label="${escapeXml(text.legend)}"><text x="${SIZE.pad}" y="${top + 15}" font-size="12" font-weight="700" fill="${THEME.text}">${escapeXml(text.legend)}</text>`];
  let x = SIZE.pad + textWidth(text.legend, 12, true) + 16;
  let y = top;
  for (const [swatch, label] of items) {
    const w = 28 + textWidth(label, 12) + 20;
    if (x + w > width - SIZE.pad) {
      x = SIZE.pad + textWidth(text.legend, 12, true) + 16;
      y += SIZE.legendRow;
    }
    out.push(swatch(x, y));
    out.push(`<text x="${px(x + 28)}" y="${y + 15}" font-size="12" fill="${THEME.text}">${escapeXml(label)}</text>`);
    x += w;
  }
  out.push('</g>');
  return { svg: out.join(''), height: y - top + SIZE.legendRow };
}
