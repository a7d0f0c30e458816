import type { Block, Cell, Column, DocumentModel, Field, Inline, Row, Text } from '../document/index.js';
import { HTML_STYLE } from './html-style.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Renders a document as one standalone, print-friendly HTML page: inline CSS, inline SVG figures, no
 * external assets and no scripts. The title block becomes a title page when printed.
 *
 * @example writeHtml(composeDin(dinReport(programme, '2026-01-10'), 'nl')).startsWith('<!DOCTYPE html>') // true
 */
export function writeHtml(document: DocumentModel): string {
  const body = document.blocks.map(blockHtml).filter(Boolean).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${document.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Koers">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header class="title-page">',
    `<h1>${escapeHtml(document.title)}</h1>`,
    document.subtitle ? `<p class="subtitle">${escapeHtml(document.subtitle)}</p>` : '',
    fieldsHtml(document.fields, 'fields'),
    '</header>',
    '<main>',
    body,
    '</main>',
    document.footer.length ? `<footer class="doc-footer">${document.footer.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</footer>` : '',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inlineHtml(block.text)}</p>`;
    case 'fields':
      return fieldsHtml(block.fields, 'fields inline');
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'checklist':
      return `<ul class="checklist">${block.items.map((item) => `<li><label><input type="checkbox" disabled${item.checked ? ' checked' : ''}> ${inlineHtml(item.text)}</label></li>`).join('')}</ul>`;
    case 'table':
      return tableHtml(block.columns, block.rows, block.caption);
    case 'code':
      return `<pre class="code code-${escapeHtml(block.language)}" tabindex="0"${block.label ? ` aria-label="${escapeHtml(block.label)}"` : ''}>${escapeHtml(block.text.replace(/\n$/, ''))}</pre>`;
    case 'quote':
      return `<blockquote><p>${inlineHtml(block.text)}</p>${block.cite ? `<p class="cite">— ${escapeHtml(block.cite)}</p>` : ''}</blockquote>`;
    case 'figure':
      return `<figure class="figure${block.wide ? ' wide' : ''}">${block.svg()}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    case 'rule':
      return '<hr>';
    case 'page-break':
      return '<div class="page-break"></div>';
  }
}

function fieldsHtml(fields: readonly Field[], className: string): string {
  if (!fields.length) return '';
  return `<dl class="${className}">${fields.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${inlineHtml(f.value)}</dd></div>`).join('')}</dl>`;
}

function tableHtml(columns: readonly Column[], rows: readonly Row[], caption: string | undefined): string {
  const align = (c: Column) => (c.align && c.align !== 'left' ? ` class="${c.align}"` : '');
  const head = `<thead><tr>${columns.map((c) => `<th scope="col"${align(c)}>${escapeHtml(c.header)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row) =>
      'group' in row
        ? `<tr class="group"><th scope="colgroup" colspan="${columns.length}">${escapeHtml(row.group)}</th></tr>`
        : `<tr>${columns.map((c, i) => `<td${align(c)}>${row[i] === undefined ? '' : cellHtml(row[i]!)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}${head}<tbody>${body}</tbody></table>`;
}

function cellHtml(cell: Cell): string {
  if (typeof cell === 'string' || Array.isArray(cell)) return inlineHtml(cell as Text);
  return (cell as { readonly lines: readonly Text[] }).lines.map(inlineHtml).join('<br>');
}

function inlineHtml(text: Text): string {
  const runs: readonly Inline[] = typeof text === 'string' ? [text] : text;
  return runs.map(runHtml).join('');
}

function runHtml(run: Inline): string {
  if (typeof run === 'string') return escapeHtml(run);
  switch (run.kind) {
    case 'strong':
      return `<strong>${escapeHtml(run.text)}</strong>`;
    case 'em':
      return `<em>${escapeHtml(run.text)}</em>`;
    case 'code':
      return `<code>${escapeHtml(run.text)}</code>`;
    case 'rag':
      return `<span class="rag rag-${run.rag}">${escapeHtml(run.text)}</span>`;
    case 'break':
      return '<br>';
  }
}
