import type { RoadmapLayout } from '../../plan/index.js';
import type { Geometry } from './svg-geometry.js';
import { SIZE } from './svg-geometry.js';
import type { PlacedLabel } from './svg-milestone-lanes.js';
import { displayName, shortDate, THEME } from './svg-theme.js';
import type { SvgText } from './svg-theme.js';
import { escapeXml, fitText, px, textWidth } from './svg-text.js';

/** Vertical positions of the header rows, from `SIZE.headerTop` down. */
export interface HeaderRows {
  readonly phases: number | undefined;
  readonly years: number;
  readonly quarters: number;
  readonly months: number;
  readonly lanes: number;
  readonly laneCount: number;
  readonly bottom: number;
}

/** Stacks the header rows: phases (when there are any), years, quarters, months and milestone lanes. */
export function headerRows(layout: RoadmapLayout, laneCount: number): HeaderRows {
  let y = SIZE.headerTop;
  const phases = layout.phases.length > 0 ? y : undefined;
  if (phases !== undefined) y += SIZE.phaseRow + 4;
  const years = y;
  const quarters = years + SIZE.yearRow;
  const months = quarters + SIZE.quarterRow;
  const lanes = months + SIZE.monthRow + 4;
  return { phases, years, quarters, months, lanes, laneCount, bottom: lanes + laneCount * SIZE.laneRow + 6 };
}

/** The shaded background of the quarter and month rows, drawn under grid lines and the as-of line. */
export function renderAxisBackground(g: Geometry, rows: HeaderRows): string {
  return `<rect x="${px(g.chartLeft)}" y="${rows.quarters}" width="${px(g.chartRight - g.chartLeft)}" height="${SIZE.quarterRow + SIZE.monthRow}" fill="${THEME.headerFill}"/>`;
}

/** A halo in the colour behind a text, so that lines crossing it do not cut through the letters. */
const halo = (colour: string) => ` stroke="${colour}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"`;

/** Phase ribbons, then the year, quarter and month labels of the time axis. */
export function renderAxis(layout: RoadmapLayout, g: Geometry, rows: HeaderRows, text: SvgText): string {
  const out: string[] = [];
  if (rows.phases !== undefined) {
    for (const p of layout.phases) {
      const x0 = g.x(p.from) + 1;
      const w = g.x(p.to) - g.x(p.from) - 2;
      const fill = THEME.phases[(p.number - 1) % THEME.phases.length]!;
      const label = fitText(text.phase(p.number, displayName(p.name)), w - 16, 12, true);
      out.push(`<g><title>${escapeXml(`${text.phase(p.number, displayName(p.name))} (M${p.fromMonth}–M${p.toMonth})`)}</title>`
        + `<rect x="${px(x0)}" y="${rows.phases}" width="${px(Math.max(0, w))}" height="${SIZE.phaseRow}" rx="3" fill="${fill}"/>`
        + (label ? `<text x="${px(x0 + 8)}" y="${rows.phases + 16}" font-size="12" font-weight="700" fill="${THEME.onDark}">${escapeXml(label)}</text>` : '')
        + '</g>');
    }
  }
  for (const y of layout.years) {
    const x0 = g.x(y.from);
    if (g.x(y.to) - x0 >= textWidth(y.key, 12, true) + 8) out.push(`<text x="${px(x0 + 6)}" y="${rows.years + 14}" font-size="12" font-weight="700" fill="${THEME.text}"${halo(THEME.background)}>${y.key}</text>`);
  }
  for (const q of layout.quarters) {
    const x0 = g.x(q.from);
    const x1 = g.x(q.to);
    if (x1 - x0 >= 22) out.push(`<text x="${px((x0 + x1) / 2)}" y="${rows.quarters + 14}" font-size="11" font-weight="700" fill="${THEME.muted}" text-anchor="middle"${halo(THEME.headerFill)}>Q${q.quarter}</text>`);
  }
  const columnLabel = (label: string, y: number) =>
    `<text x="${SIZE.pad + 12}" y="${y}" font-size="10.5" font-weight="700" letter-spacing="0.8" fill="${THEME.muted}">${escapeXml(label)}</text>`;
  out.push(columnLabel(text.effortColumn, rows.months + 14));
  if (rows.laneCount > 0) out.push(columnLabel(text.milestoneColumn, rows.lanes + SIZE.laneRow / 2 + 4));
  // Short names when every one fits, else initials for all: a mix reads as noise.
  const names = text.monthShort.every((n) => textWidth(n, 11) + 6 <= g.monthWidth);
  for (const m of layout.months) {
    const name = text.monthShort[m.month - 1]!;
    const label = names ? name : name.charAt(0).toLocaleUpperCase('nl');
    out.push(`<text x="${px(g.x(m.from + 0.5))}" y="${rows.months + 14}" font-size="11" fill="${THEME.muted}" text-anchor="middle"${halo(THEME.headerFill)}>${escapeXml(label)}</text>`);
  }
  return out.join('');
}

/** Vertical lines of months, quarters and years over a band of rows. */
export function gridLines(layout: RoadmapLayout, g: Geometry, top: number, bottom: number): string {
  const out: string[] = [];
  for (const m of layout.months) {
    if (m.index === 1) continue;
    const colour = m.month === 1 ? THEME.gridYear : (m.month - 1) % 3 === 0 ? THEME.gridQuarter : THEME.gridMonth;
    out.push(`<line x1="${px(g.x(m.from))}" y1="${top}" x2="${px(g.x(m.from))}" y2="${bottom}" stroke="${colour}"/>`);
  }
  return out.join('');
}

/** Milestone diamonds with their labels, one lane per row; gates are filled. */
export function renderMilestones(labels: readonly PlacedLabel[], g: Geometry, rows: HeaderRows, text: SvgText, bodyBottom: number): string {
  const out: string[] = [];
  for (const l of labels) {
    const m = l.milestone;
    const cx = g.x(m.at);
    const cy = rows.lanes + l.lane * SIZE.laneRow + SIZE.laneRow / 2;
    const kind = m.gate ? text.gate : text.milestone;
    const width = textWidth(l.text, 11);
    out.push(`<g><title>${escapeXml(`${l.full} · ${kind} · ${shortDate(text, m.date)}`)}</title>`
      + `<line x1="${px(cx)}" y1="${px(cy + 6)}" x2="${px(cx)}" y2="${bodyBottom}" stroke="${THEME.milestoneLine}" stroke-dasharray="3 3"/>`
      + `<path d="M${px(cx)} ${px(cy - 6)}l6 6-6 6-6-6z" fill="${m.gate ? THEME.milestone : THEME.background}" stroke="${THEME.milestone}" stroke-width="1.5"/>`
      + `<rect x="${px(l.anchor === 'end' ? l.x - width - 3 : l.x - 3)}" y="${px(cy - 8)}" width="${px(width + 6)}" height="16" fill="${THEME.background}"/>`
      + `<text x="${px(l.x)}" y="${px(cy + 4)}" font-size="11" fill="${THEME.text}"${l.anchor === 'end' ? ' text-anchor="end"' : ''}>`
      + `<tspan font-weight="700">${escapeXml(l.text.slice(0, m.id.length))}</tspan>${escapeXml(l.text.slice(m.id.length))}</text></g>`);
  }
  return out.join('');
}

/** The as-of line, and its label on top; both empty when the date lies outside the horizon. */
export function renderAsOf(layout: RoadmapLayout, g: Geometry, text: SvgText, bottom: number): { readonly line: string; readonly label: string } {
  const asOf = layout.asOf;
  if (!asOf?.within) return { line: '', label: '' };
  const x = g.x(asOf.at);
  const label = `${text.asOf} · ${shortDate(text, asOf.date)}`;
  const w = textWidth(label, 11, true) + 14;
  const left = Math.min(Math.max(x - w / 2, g.chartLeft), g.chartRight - w);
  const top = SIZE.asOfRow;
  return {
    line: `<line x1="${px(x)}" y1="${top + 18}" x2="${px(x)}" y2="${bottom}" stroke="${THEME.asOf}" stroke-width="2"><title>${escapeXml(label)}</title></line>`,
    label: `<g><title>${escapeXml(label)}</title>`
      + `<rect x="${px(left)}" y="${top}" width="${px(w)}" height="18" rx="9" fill="${THEME.asOf}"/>`
      + `<text x="${px(left + w / 2)}" y="${top + 13}" font-size="11" font-weight="700" fill="${THEME.onDark}" text-anchor="middle">${escapeXml(label)}</text></g>`,
  };
}
