import type { RoadmapBar, RoadmapLayout, RoadmapMilestone } from '../../plan/index.js';
import { ASCII_TEXT, GLYPH, toPlainAscii } from './ascii-glyphs.js';
import { length, placeMarkers } from './ascii-milestone-lanes.js';

export interface AsciiRoadmapOptions {
  /** Language of the fixed words and month names; the programme's own texts are shown as written. */
  readonly lang?: 'nl' | 'en';
  /** Plain ASCII (`+ - | = # v`) instead of box drawing, for terminals and mail that mangle Unicode. */
  readonly asciiOnly?: boolean;
}

const DEFAULTS: Required<AsciiRoadmapOptions> = { lang: 'nl', asciiOnly: false };

/** Left margin inside the frame, as in the seed. */
const MARGIN = 2;
/** Row labels (`PRJ-03 Zakelijk`) are cut to this many characters. */
export const LABEL_WIDTH = 22;
/** Characters per month, as on the seed's ruler. */
export const CELL = 4;
/** Column where month 1 begins. */
export const GRID = MARGIN + LABEL_WIDTH + 1;

/** A written row as one flat string (cheap to keep for 10,000 rows), or a rule drawn to the final width. */
type Row = { readonly text: string; readonly length: number } | { readonly rule: string };

const flat = (cells: readonly string[]): Row => ({ text: cells.join(''), length: cells.length });

/**
 * The framed ASCII roadmap of the seed document: month ruler, milestone row, one block per domain with
 * a bar per effort (`[███]` projectmatig, `[═══]` doorlopend), and the legend. Four characters per
 * month; the frame grows with the horizon.
 *
 * @example
 * writeAsciiRoadmap(layoutRoadmap(programme), { lang: 'en', asciiOnly: true })
 */
export function writeAsciiRoadmap(layout: RoadmapLayout, options: AsciiRoadmapOptions = {}): string {
  const { lang, asciiOnly } = { ...DEFAULTS, ...options };
  const text = ASCII_TEXT[lang];
  const rows: Row[] = [];
  const blank = () => rows.push(flat([]));
  const line = (...parts: [number, string][]) => {
    const row: string[] = [];
    for (const [column, s] of parts) put(row, column, s);
    rows.push(flat(row));
  };
  const heading = (title: string) => {
    rows.push({ rule: GLYPH.double });
    line([MARGIN, title]);
    rows.push({ rule: GLYPH.single });
  };

  line([MARGIN, text.title(layout.name.toLocaleUpperCase(lang), layout.horizon)]);
  rows.push({ rule: 'frame' });
  blank();
  rulerRows(layout, text.month, text.months).forEach((r) => rows.push(flat(r)));
  blank();
  if (layout.milestones.length > 0) {
    heading(text.milestones);
    milestoneRows(layout.milestones).forEach((r) => rows.push(flat(r)));
    blank();
  }
  for (const band of layout.bands) {
    heading(band.title);
    blank();
    for (const bar of band.rows) {
      const row: string[] = [];
      put(row, MARGIN, rowLabel(bar));
      barRow(row, bar, layout.horizon);
      rows.push(flat(row));
    }
    blank();
  }
  const project = `[${GLYPH.block.repeat(3)}]`;
  const ongoing = `[${GLYPH.double.repeat(3)}]`;
  line([MARGIN, text.legend(project, ongoing)]);
  blank();

  let width = GRID + CELL * layout.horizon + MARGIN;
  for (const r of rows) if ('text' in r) width = Math.max(width, r.length + MARGIN);
  const out = [`${GLYPH.topLeft}${GLYPH.double.repeat(width)}${GLYPH.topRight}`];
  for (const r of rows) {
    if ('rule' in r) {
      out.push(r.rule === 'frame'
        ? `${GLYPH.teeLeft}${GLYPH.double.repeat(width)}${GLYPH.teeRight}`
        : `${GLYPH.vertical}${' '.repeat(MARGIN)}${r.rule.repeat(width - 2 * MARGIN)}${' '.repeat(MARGIN)}${GLYPH.vertical}`);
    } else {
      out.push(`${GLYPH.vertical}${r.text}${' '.repeat(width - r.length)}${GLYPH.vertical}`);
    }
  }
  out.push(`${GLYPH.bottomLeft}${GLYPH.double.repeat(width)}${GLYPH.bottomRight}`);
  const result = `${out.join('\n')}\n`;
  return asciiOnly ? toPlainAscii(result) : result;
}

/** Column of the first character of programme month `month` (1-based). */
export const monthColumn = (month: number): number => GRID + CELL * (month - 1);

/** Writes `text` into a row from `column` on, one code point a cell. */
function put(row: string[], column: number, text: string): void {
  let i = column;
  for (const ch of text) row[i++] = ch;
  for (let j = 0; j < column; j++) row[j] ??= ' ';
}

function rowLabel(bar: RoadmapBar): string {
  const label = `${bar.id} ${bar.label}`;
  return length(label) <= LABEL_WIDTH ? label : `${Array.from(label).slice(0, LABEL_WIDTH - 1).join('')}${GLYPH.ellipsis}`;
}

function rulerRows(layout: RoadmapLayout, label: string, names: readonly string[]): string[][] {
  const numbers: string[] = [];
  const months: string[] = [];
  const years: string[] = [];
  put(numbers, MARGIN, label);
  for (const m of layout.months) {
    put(numbers, monthColumn(m.index) + 1, String(m.index));
    put(months, monthColumn(m.index), names[m.month - 1]!);
  }
  // A year under month 1 and under every January; the first is dropped when the next would touch it.
  const januaries = layout.months.filter((m) => m.index === 1 || m.month === 1);
  for (const [i, m] of januaries.entries()) {
    const next = januaries[i + 1];
    if (next && monthColumn(m.index) + 1 + 4 >= monthColumn(next.index) + 1) continue;
    put(years, monthColumn(m.index) + 1, String(m.year));
  }
  return [numbers, months, years];
}

function milestoneRows(milestones: readonly RoadmapMilestone[]): string[][] {
  const byMonth = new Map<number, RoadmapMilestone[]>();
  for (const m of milestones) byMonth.set(m.month, [...(byMonth.get(m.month) ?? []), m]);
  const placed = placeMarkers([...byMonth.values()].map((group) => ({
    column: monthColumn(group[0]!.month) + 1,
    label: `[${group.map((m) => m.short).join('/')}]`,
    id: group.map((m) => m.id).join('/'),
  })), MARGIN);
  const lanes = Math.max(...placed.map((p) => p.lane)) + 1;
  const markers: string[] = [];
  const rows = Array.from({ length: lanes * 2 }, (): string[] => []);
  for (const p of placed) {
    put(markers, p.column, GLYPH.marker);
    put(rows[p.lane * 2]!, p.labelAt, p.label);
    put(rows[p.lane * 2 + 1]!, p.idAt, p.id);
  }
  for (const p of placed) {
    for (let r = 0; r < p.lane * 2; r++) if ((rows[r]![p.column] ?? ' ') === ' ') put(rows[r]!, p.column, GLYPH.vertical);
  }
  return [markers, ...rows];
}

function barRow(row: string[], bar: RoadmapBar, horizon: number): void {
  if (!bar.visible) return;
  const end = GRID + CELL * horizon;
  let from = GRID + Math.round(bar.from * CELL);
  let to = Math.min(end, Math.max(GRID + Math.round(bar.to * CELL), from + 3));
  if (to - from < 3) from = to - 3;
  to = Math.max(to, from + 3);
  const fill = (bar.mode === 'doorlopend' ? GLYPH.double : GLYPH.block).repeat(to - from - 2);
  put(row, from, `${bar.clippedStart ? '<' : '['}${fill}${bar.clippedEnd ? '>' : ']'}`);
}
