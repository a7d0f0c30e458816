import type { DinNode, DinReport } from '../../reports/index.js';
import { escapeXml, fitText, FONT_FAMILY, textWidth } from '../svg/index.js';
import type { Lang } from './document.js';

const WORDS = {
  nl: { goals: 'Doelen', columns: ['Visie & doelen', 'Baten', 'Vermogens', 'Inspanningen'], title: (name: string) => `Doelen-inspanningennetwerk ${name}`, desc: (n: number, e: number) => `${n} knopen en ${e} verbindingen, van visie via baten en vermogens naar inspanningen` },
  en: { goals: 'Goals', columns: ['Vision & goals', 'Benefits', 'Capabilities', 'Efforts'], title: (name: string) => `Goals-efforts network ${name}`, desc: (n: number, e: number) => `${n} nodes and ${e} links, from vision through benefits and capabilities to efforts` },
} as const;

const WIDTHS = [180, 200, 262, 210] as const;
const GAP = 56;
const PAD = 16;
const HEADER = 34;
const ROW = 30;
const BOX = 24;
/** A goal's box holds its id and name on up to two lines. */
const GOAL_BOX = 40;
const FONT = 11;
const COLOURS: Readonly<Record<DinNode['kind'], { readonly fill: string; readonly stroke: string; readonly text: string }>> = {
  vision: { fill: '#1E3A5F', stroke: '#1E3A5F', text: '#FFFFFF' },
  goal: { fill: '#1E3A5F', stroke: '#1E3A5F', text: '#FFFFFF' },
  benefit: { fill: '#E3F2E6', stroke: '#2E7D32', text: '#0F172A' },
  capability: { fill: '#E3ECF7', stroke: '#1565C0', text: '#0F172A' },
  effort: { fill: '#F4F4F5', stroke: '#5E7387', text: '#0F172A' },
};

/** A number for an SVG attribute: at most one decimal. */
const px = (n: number): string => String(Math.round(n * 10) / 10);

interface Placed {
  readonly node: DinNode;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The DIN as a standalone, accessible SVG in four layered columns with curved links. Each column spreads
 * its nodes over the height of the tallest one, so the few benefits sit level with the many efforts.
 *
 * @example writeDinSvg(dinReport(programme, '2026-01-10'), 'en').startsWith('<svg') // true
 */
export function writeDinSvg(report: DinReport, lang: Lang): string {
  const w = WORDS[lang];
  const goals = report.goals.map((g) => `${g.id} ${g.name}`);
  const visionHeight = 20 + (1 + goals.length * 2) * 14;
  const rows = Math.max(...report.columns.map((c) => c.length));
  const goalsHeight = report.columns[0]!.filter((n) => n.kind === 'goal').length * (GOAL_BOX + 12);
  const bodyHeight = Math.max(rows * ROW, report.columns[0]?.[0]?.kind === 'goal' ? goalsHeight : visionHeight + 20);
  const width = PAD * 2 + WIDTHS.reduce((a, b) => a + b, 0) + GAP * (WIDTHS.length - 1);
  const height = HEADER + bodyHeight + PAD * 2;
  const placed = new Map<string, Placed>();
  let x = PAD;
  report.columns.forEach((column, i) => {
    const cw = WIDTHS[i] ?? WIDTHS[3];
    const slot = bodyHeight / column.length;
    column.forEach((node, j) => {
      const h = node.kind === 'vision' ? visionHeight : node.kind === 'goal' ? GOAL_BOX : BOX;
      placed.set(node.id, { node, x, y: PAD + HEADER + slot * j + (slot - h) / 2, w: cw, h });
    });
    x += cw + GAP;
  });

  const parts: string[] = [];
  x = PAD;
  const headings = report.columns[0]?.[0]?.kind === 'goal' ? [w.goals, ...w.columns.slice(1)] : w.columns;
  headings.forEach((heading, i) => {
    parts.push(`<text x="${px(x)}" y="${px(PAD + 14)}" font-size="13" font-weight="bold" fill="#1F2937">${escapeXml(heading)}</text>`);
    x += (WIDTHS[i] ?? 0) + GAP;
  });
  for (const edge of report.edges) {
    const a = placed.get(edge.from);
    const b = placed.get(edge.to);
    if (!a || !b) continue;
    const x1 = a.x + a.w;
    const y1 = a.y + a.h / 2;
    const x2 = b.x;
    const y2 = b.y + b.h / 2;
    const mid = (x1 + x2) / 2;
    parts.push(`<path d="M${px(x1)} ${px(y1)}C${px(mid)} ${px(y1)} ${px(mid)} ${px(y2)} ${px(x2)} ${px(y2)}" fill="none" stroke="#94A3B8" stroke-width="1"/>`);
  }
  for (const p of placed.values()) parts.push(nodeSvg(p, goals));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${px(height)}" viewBox="0 0 ${width} ${px(height)}" role="img" aria-labelledby="din-title din-desc" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="din-title">${escapeXml(w.title(report.programme.name))}</title>`,
    `<desc id="din-desc">${escapeXml(w.desc(placed.size, report.edges.length))}</desc>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function nodeSvg(p: Placed, goals: readonly string[]): string {
  const c = COLOURS[p.node.kind];
  const full = p.node.kind === 'vision' ? [p.node.name, ...goals].join('; ') : `${p.node.id} ${p.node.name}`;
  const box = `<rect x="${px(p.x)}" y="${px(p.y)}" width="${p.w}" height="${px(p.h)}" rx="4" fill="${c.fill}" stroke="${c.stroke}"${p.node.illustrative ? ' stroke-dasharray="4 2"' : ''}/>`;
  let text: string;
  if (p.node.kind === 'vision') {
    const lines = [`<tspan x="${px(p.x + 8)}" dy="0" font-weight="bold">${escapeXml(fitText(p.node.name, p.w - 16, 12, true))}</tspan>`];
    for (const g of goals) for (const [k, line] of wrap(g, p.w - 16).entries()) lines.push(`<tspan x="${px(p.x + 8)}" dy="${k === 0 ? 18 : 13}">${escapeXml(line)}</tspan>`);
    text = `<text y="${px(p.y + 18)}" font-size="${FONT - 1}" fill="${c.text}">${lines.join('')}</text>`;
  } else if (p.node.kind === 'goal') {
    const [first = '', second] = wrap(`${p.node.id} ${p.node.name}`, p.w - 16);
    const lines = [`<tspan x="${px(p.x + 8)}" dy="0">${escapeXml(first)}</tspan>`, ...(second ? [`<tspan x="${px(p.x + 8)}" dy="13">${escapeXml(second)}</tspan>`] : [])];
    text = `<text y="${px(p.y + (second ? 17 : 24))}" font-size="${FONT - 1}" font-weight="bold" fill="${c.text}">${lines.join('')}</text>`;
  } else {
    const id = `<tspan font-weight="bold">${escapeXml(p.node.id)}</tspan>`;
    const name = escapeXml(fitText(p.node.name, p.w - 16 - textWidth(`${p.node.id} `, FONT, true), FONT));
    text = `<text x="${px(p.x + 8)}" y="${px(p.y + p.h / 2 + 4)}" font-size="${FONT}" fill="${c.text}">${id} ${name}</text>`;
  }
  return `<g><title>${escapeXml(full)}</title>${box}${text}</g>`;
}

/** Up to two lines of a goal, the second cut with an ellipsis. */
function wrap(text: string, width: number): string[] {
  const words = text.split(' ');
  let first = '';
  while (words.length && fitText(`${first} ${words[0]}`.trim(), width, FONT - 1) === `${first} ${words[0]}`.trim()) first = `${first} ${words.shift()}`.trim();
  return words.length ? [first, fitText(words.join(' '), width, FONT - 1)] : [first];
}
