/**
 * Text measuring for SVG made without a browser. Widths are Helvetica's, in 1/1000 em, for printable
 * ASCII (32–126); Arial and Liberation Sans share them, and the SVG asks for those fonts first.
 */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** The font stack whose metrics the widths follow. */
export const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

function charWidth(ch: string, table: readonly number[]): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return table[code - 32]!;
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base >= 32 && base <= 126) return table[base - 32]!;
  return code >= 0x2e80 ? 1000 : 600;
}

/**
 * Estimated advance width of `text` in pixels, with a small allowance so that estimates err wide.
 *
 * @example textWidth('Roadmap', 12) // ≈ 47
 */
export function textWidth(text: string, size: number, bold = false, letterSpacing = 0): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += charWidth(ch, table);
    count++;
  }
  return (units / 1000) * size * 1.03 + count * letterSpacing;
}

/** `text`, or its longest prefix that fits `maxWidth` followed by "…". */
export function fitText(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, size, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML content and attribute values. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A number for an SVG attribute: at most one decimal, no trailing zeros. */
export const px = (n: number): string => String(Math.round(n * 10) / 10);
