import type { BadgeRag, Cell, Inline, Text } from '../document/index.js';

const RAG_EMOJI: Readonly<Record<BadgeRag, string>> = { groen: '🟢', geel: '🟡', rood: '🔴', grijs: '⚪' };

/** Escapes the characters that would start Markdown or HTML syntax inside running text. */
export function escapeMarkdown(text: string, inTable = false): string {
  let out = text.replace(/([\\`*_[\]<])/g, '\\$1');
  if (inTable) out = out.replace(/\|/g, '\\|');
  return out;
}

/** Renders inline runs; `inTable` also escapes pipes and turns breaks into `<br>`. */
export function markdownText(text: Text, inTable = false): string {
  const runs: readonly Inline[] = typeof text === 'string' ? [text] : text;
  return runs.map((run) => markdownRun(run, inTable)).join('');
}

function markdownRun(run: Inline, inTable: boolean): string {
  if (typeof run === 'string') return escapeMarkdown(run, inTable);
  switch (run.kind) {
    case 'strong':
      return run.text ? `**${escapeMarkdown(run.text, inTable)}**` : '';
    case 'em':
      return run.text ? `*${escapeMarkdown(run.text, inTable)}*` : '';
    case 'code':
      return codeSpan(run.text, inTable);
    case 'rag':
      return `${RAG_EMOJI[run.rag]} ${escapeMarkdown(run.text, inTable)}`;
    case 'break':
      return inTable ? '<br>' : '  \n';
  }
}

function codeSpan(text: string, inTable: boolean): string {
  const body = inTable ? text.replace(/\|/g, '\\|') : text;
  const fence = body.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${body}${fence.length > 1 ? ' ' : ''}${fence}`;
}

/** A table cell: lines are joined with `<br>`, which GitHub and most wikis render inside tables. */
export function markdownCell(cell: Cell): string {
  if (typeof cell === 'string' || Array.isArray(cell)) return markdownText(cell as Text, true);
  return (cell as { readonly lines: readonly Text[] }).lines.map((line) => markdownText(line, true)).join('<br>');
}

/**
 * Columns a string takes in a monospace font: emoji and other wide characters count two, combining
 * marks none. Used to align table pipes in the Markdown source.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0xfe0f || cp === 0x200d) continue;
    width += (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xff00 && cp <= 0xff60) ? 2 : 1;
  }
  return width;
}
