import type { Align, Block, Column, DocumentModel, Field, Row } from '../document/index.js';
import { displayWidth, markdownCell, markdownText } from './markdown-text.js';

/**
 * Renders a document as Markdown that reads well on GitHub and in wikis: aligned tables, fenced
 * `mermaid` blocks, task lists for checklists, and `<br>` for lines inside table cells.
 *
 * @example
 * writeMarkdown({ lang: 'nl', title: 'Roadmap', subtitle: undefined, fields: [], blocks: [], footer: [] })
 * // '# Roadmap\n'
 */
export function writeMarkdown(document: DocumentModel): string {
  const parts: string[] = [`# ${markdownText(document.title)}`];
  if (document.fields.length) parts.push(fieldsMarkdown(document.fields, document.quoteFields ?? true));
  for (const block of document.blocks) {
    const text = blockMarkdown(block);
    if (text) parts.push(text);
  }
  if (document.footer.length) parts.push(document.footer.map((line) => `*${markdownText(line)}*`).join('  \n'));
  return `${parts.join('\n\n')}\n`;
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${markdownText(block.text)}`;
    case 'paragraph':
      return markdownText(block.text);
    case 'fields':
      return fieldsMarkdown(block.fields, block.quote ?? false);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${markdownText(item)}`).join('\n');
    case 'checklist':
      return block.items.map((item) => `- [${item.checked ? 'x' : ' '}] ${markdownText(item.text)}`).join('\n');
    case 'table':
      return tableMarkdown(block.columns, block.rows, block.caption);
    case 'code': {
      const fence = block.text.includes('```') ? '````' : '```';
      return `${fence}${block.language}\n${block.text.replace(/\n$/, '')}\n${fence}`;
    }
    case 'quote': {
      const lines = [`> ${markdownText(block.text)}`];
      if (block.cite) lines.push(`> — ${markdownText(block.cite)}`);
      return lines.join('  \n');
    }
    case 'figure':
      return block.markdown.map(blockMarkdown).filter(Boolean).join('\n\n');
    case 'rule':
      return '---';
    case 'page-break':
      return '';
  }
}

function fieldsMarkdown(fields: readonly Field[], quote: boolean): string {
  return fields.map((f) => `${quote ? '> ' : ''}**${markdownText(f.label)}:** ${markdownText(f.value)}`).join('  \n');
}

function tableMarkdown(columns: readonly Column[], rows: readonly Row[], caption: string | undefined): string {
  const header = columns.map((c) => markdownText(c.header, true));
  const body = rows.map((row) =>
    'group' in row
      ? columns.map((_, i) => (i === 0 ? `**${markdownText(row.group, true)}**` : ''))
      : columns.map((_, i) => (row[i] === undefined ? '' : markdownCell(row[i]!))),
  );
  const widths = columns.map((_, i) => Math.max(3, displayWidth(header[i]!), ...body.map((r) => displayWidth(r[i]!))));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => pad(c, widths[i]!, columns[i]!.align ?? 'left')).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => alignRule(w, columns[i]!.align ?? 'left')).join(' | ')} |`;
  const table = [line(header), rule, ...body.map(line)].join('\n');
  return caption ? `${markdownText(caption)}\n\n${table}` : table;
}

function pad(text: string, width: number, align: Align): string {
  const gap = width - displayWidth(text);
  if (gap <= 0) return text;
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(Math.ceil(gap / 2));
  return text + ' '.repeat(gap);
}

function alignRule(width: number, align: Align): string {
  if (align === 'right') return `${'-'.repeat(width - 1)}:`;
  if (align === 'center') return `:${'-'.repeat(width - 2)}:`;
  return '-'.repeat(width);
}
