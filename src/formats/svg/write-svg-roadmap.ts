import type { RoadmapBar, RoadmapLayout, RoadmapState } from '../../plan/index.js';
import { ROADMAP_STATES } from '../../plan/index.js';
import { geometryOf, SIZE } from './svg-geometry.js';
import type { Geometry } from './svg-geometry.js';
import { gridLines, headerRows, renderAsOf, renderAxis, renderAxisBackground, renderMilestones } from './svg-header.js';
import { renderLegend } from './svg-legend.js';
import { placeMilestoneLabels } from './svg-milestone-lanes.js';
import { PLANNED_FILL, shortDate, STATE_COLOUR, STRIPE_TINT, SVG_TEXT, THEME } from './svg-theme.js';
import type { SvgText } from './svg-theme.js';
import { escapeXml, fitText, FONT_FAMILY, px, textWidth } from './svg-text.js';

export interface SvgRoadmapOptions {
  /** Language of the fixed words, dates and descriptions. */
  readonly lang?: 'nl' | 'en';
}

const DEFAULTS: Required<SvgRoadmapOptions> = { lang: 'nl' };

/** Column of the effort id in the label area; the name follows the widest id (within limits). */
const ID_X = SIZE.pad + 12;

/**
 * A slide-ready SVG Gantt of the roadmap, made in Node without a browser: phase ribbons, a year,
 * quarter and month axis, milestone diamonds, domain bands with one bar per effort coloured by state,
 * the as-of line and a legend. Accessible: `<title>`/`<desc>`, real `<text>`, a `<title>` with the
 * full text on every row and milestone, and WCAG contrast.
 *
 * @example
 * writeSvgRoadmap(layoutRoadmap(programme, { asOf: '2026-03-15', states }), { lang: 'en' })
 */
export function writeSvgRoadmap(layout: RoadmapLayout, options: SvgRoadmapOptions = {}): string {
  const { lang } = { ...DEFAULTS, ...options };
  const text = SVG_TEXT[lang];
  const g = geometryOf(layout);
  const id = `koers-${layout.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const labels = placeMilestoneLabels(layout.milestones, g.x, { left: g.chartLeft - SIZE.pad, right: g.width - 4 }, 11, SIZE.maxLanes);
  const rows = headerRows(layout, Math.max(0, ...labels.map((l) => l.lane + 1)));
  const bodyTop = rows.bottom;
  const bodyBottom = bodyTop + layout.bands.length * SIZE.bandRow + layout.rowCount * SIZE.row;
  const states = new Set(layout.bands.flatMap((b) => b.rows.map((r) => r.state)));
  const legendTop = bodyBottom + SIZE.legendGap;
  const legend = renderLegend(id, text, states, layout.milestones.some((m) => m.gate), layout.asOf?.within === true, legendTop, g.width);
  const height = legendTop + legend.height + SIZE.pad;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${px(g.width)}" height="${height}" viewBox="0 0 ${px(g.width)} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${lang}" font-family="${escapeXml(FONT_FAMILY)}">`);
  out.push(`<title id="${id}-title">${escapeXml(text.title(layout.name))}</title>`);
  out.push(`<desc id="${id}-desc">${escapeXml(description(layout, text))}</desc>`);
  out.push(defs(id, states));
  out.push(`<rect width="100%" height="100%" fill="${THEME.background}"/>`);
  out.push(`<text x="${SIZE.pad}" y="${SIZE.titleBaseline}" font-size="24" font-weight="700" fill="${THEME.ink}">${escapeXml(text.title(layout.name))}</text>`);
  out.push(`<text x="${SIZE.pad}" y="${SIZE.subtitleBaseline}" font-size="13" fill="${THEME.muted}">${escapeXml(subtitle(layout, text))}</text>`);
  const asOf = renderAsOf(layout, g, text, bodyBottom);
  out.push(renderAxisBackground(g, rows));
  out.push(gridLines(layout, g, rows.quarters, rows.months + SIZE.monthRow));
  out.push(body(layout, g, id, text, bodyTop, bodyBottom));
  out.push(asOf.line);
  out.push(renderAxis(layout, g, rows, text));
  out.push(renderMilestones(labels, g, rows, text, bodyBottom));
  out.push(asOf.label);
  out.push(legend.svg);
  out.push('</svg>\n');
  return out.join('\n');
}

function subtitle(layout: RoadmapLayout, text: SvgText): string {
  const first = layout.months[0]!;
  const last = layout.months.at(-1)!;
  const parts = [layout.organisation, text.months(layout.horizon), `${text.monthNames[first.month - 1]} ${first.year} – ${text.monthNames[last.month - 1]} ${last.year}`];
  if (layout.asOf) parts.push(text.standing(shortDate(text, layout.asOf.date)));
  return parts.filter(Boolean).join(' · ');
}

function description(layout: RoadmapLayout, text: SvgText): string {
  const parts = [
    `${text.title(layout.name)}: ${subtitle(layout, text)}.`,
    `${text.efforts(layout.rowCount)}, ${text.domains(layout.bands.length)}: ${layout.bands.map((b) => b.title).join(', ')}.`,
    `${text.milestones(layout.milestones.length)}: ${layout.milestones.map((m) => `${m.id} ${m.name} (${shortDate(text, m.date)})`).join(', ')}.`,
  ];
  return parts.join(' ');
}

const colourKey = (state: RoadmapState | undefined) => state ?? 'none';

/** Stripe patterns for ongoing bars, one per state that occurs (and for the legend). */
function defs(id: string, states: ReadonlySet<RoadmapState | undefined>): string {
  const keys = new Set<RoadmapState | 'none'>(['none', ...[...states].map(colourKey), ...ROADMAP_STATES]);
  const patterns = [...keys].map((k) => `<pattern id="${id}-stripe-${k}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`
    + `<rect width="6" height="6" fill="${STRIPE_TINT[k]}"/><rect width="3" height="6" fill="${STATE_COLOUR[k]}"/></pattern>`);
  patterns.push(`<pattern id="${id}-stripe-mode" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`
    + `<rect width="6" height="6" fill="${THEME.gridMonth}"/><rect width="3" height="6" fill="${THEME.muted}"/></pattern>`);
  return `<defs>${patterns.join('')}</defs>`;
}

function body(layout: RoadmapLayout, g: Geometry, id: string, text: SvgText, top: number, bottom: number): string {
  const out: string[] = [];
  const fullWidth = g.width - 2 * SIZE.pad;
  for (const p of layout.phases) {
    if (p.number % 2 === 1) out.push(`<rect x="${px(g.x(p.from))}" y="${top}" width="${px(g.x(p.to) - g.x(p.from))}" height="${bottom - top}" fill="${THEME.phaseTint}"/>`);
  }
  let widest = 0;
  for (const band of layout.bands) for (const r of band.rows) widest = Math.max(widest, textWidth(r.id, 11, true));
  const nameX = ID_X + Math.min(110, Math.max(40, widest)) + 10;
  let y = top;
  const rowsOut: string[] = [];
  for (const band of layout.bands) {
    out.push(`<rect x="${SIZE.pad}" y="${y}" width="${px(fullWidth)}" height="${SIZE.bandRow}" fill="${THEME.bandFill}"/>`);
    rowsOut.push(`<text x="${SIZE.pad + 8}" y="${y + 17}" font-size="11.5" font-weight="700" letter-spacing="0.5" fill="${THEME.ink}">${escapeXml(fitText(band.title, fullWidth - 16, 11.5, true))}</text>`);
    y += SIZE.bandRow;
    for (const bar of band.rows) {
      if (bar.row % 2 === 1) out.push(['<rect x="', SIZE.pad, '" y="', y, '" width="', px(fullWidth), '" height="', SIZE.row, '" fill="', THEME.zebra, '" fill-opacity="0.7"/>'].join(''));
      rowsOut.push(row(bar, g, id, text, y, nameX));
      y += SIZE.row;
    }
  }
  out.push(gridLines(layout, g, top, bottom));
  out.push(`<line x1="${px(g.chartLeft)}" y1="${top}" x2="${px(g.chartLeft)}" y2="${bottom}" stroke="${THEME.gridYear}"/>`);
  out.push(`<line x1="${SIZE.pad}" y1="${bottom}" x2="${px(g.width - SIZE.pad)}" y2="${bottom}" stroke="${THEME.gridYear}"/>`);
  return out.join('\n') + '\n' + rowsOut.join('\n');
}

function row(bar: RoadmapBar, g: Geometry, id: string, text: SvgText, y: number, nameX: number): string {
  const name = fitText(bar.name, g.chartLeft - nameX - 12, 12);
  const code = fitText(bar.id, nameX - ID_X - 8, 11, true);
  const mode = bar.mode === 'doorlopend' ? text.ongoing : text.project;
  const facts = [`${shortDate(text, bar.start)} – ${shortDate(text, bar.end)}`, mode, bar.state ? text.states[bar.state] : text.notJudged];
  if (bar.illustrative) facts.push(text.illustrative);
  const title = `${bar.id} ${bar.name}: ${facts.join(' · ')}`;
  const labelStyle = bar.illustrative ? ' font-style="italic"' : '';
  let shape = '';
  if (bar.visible) {
    const key = colourKey(bar.state);
    const x0 = g.x(bar.from);
    const w = Math.max(3, g.x(bar.to) - x0);
    const by = y + (SIZE.row - SIZE.bar) / 2;
    const colour = STATE_COLOUR[key];
    const fill = bar.mode === 'doorlopend' ? `url(#${id}-stripe-${key})` : bar.state === 'planned' ? PLANNED_FILL : colour;
    const stroke = bar.mode === 'doorlopend' || bar.state === 'planned' ? ` stroke="${colour}" stroke-width="1.5"` : '';
    shape = `<rect x="${px(x0 + 1)}" y="${by}" width="${px(Math.max(2, w - 2))}" height="${SIZE.bar}" rx="3" fill="${fill}"${stroke}/>`;
  }
  // One flat string per row (join, not +): 10,000 rows of rope strings make every GC slow.
  return [
    `<g><title>${escapeXml(title)}</title>`,
    `<text x="${ID_X}" y="${y + 16}" font-size="11" font-weight="700" fill="${THEME.muted}">${escapeXml(code)}</text>`,
    `<text x="${px(nameX)}" y="${y + 16}" font-size="12" fill="${THEME.text}"${labelStyle}>${escapeXml(name)}</text>`,
    shape,
    '</g>',
  ].join('');
}
