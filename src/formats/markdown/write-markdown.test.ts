import { describe, expect, it } from 'vitest';
import { rag, strong } from '../document/index.js';
import type { Block, DocumentModel } from '../document/index.js';
import { displayWidth, escapeMarkdown } from './markdown-text.js';
import { writeMarkdown } from './write-markdown.js';

const doc = (blocks: Block[], extra: Partial<DocumentModel> = {}): DocumentModel => ({ lang: 'nl', title: 'Titel', subtitle: undefined, fields: [], blocks, footer: [], ...extra });

describe('writeMarkdown', () => {
  it('aligns table pipes, counting emoji as two columns, and marks column alignment', () => {
    const md = writeMarkdown(doc([{
      kind: 'table',
      columns: [{ header: 'KPI' }, { header: 'M3', align: 'center' }, { header: 'Stand', align: 'right' }],
      rows: [{ group: 'MENS' }, ['% Getraind', '15%', [rag('groen', '16%')]], ['Score', 'n.m.', [rag('rood', '5.9')]]],
    }]));
    expect(md).toBe(`# Titel

| KPI        |  M3  |  Stand |
| ---------- | :--: | -----: |
| **MENS**   |      |        |
| % Getraind | 15%  | 🟢 16% |
| Score      | n.m. | 🔴 5.9 |
`);
  });

  it('escapes Markdown in text and pipes in tables, and joins cell lines with <br>', () => {
    const md = writeMarkdown(doc([
      { kind: 'paragraph', text: 'a*b_c [x] <b>' },
      { kind: 'table', columns: [{ header: 'A|B' }], rows: [[{ lines: ['x | y', [strong('z')]] }]] },
    ]));
    expect(md).toContain('a\\*b\\_c \\[x\\] \\<b>');
    expect(md).toContain('| A\\|B            |\n| --------------- |\n| x \\| y<br>**z** |');
  });

  it('writes the title block as the seed does, task lists, fenced Mermaid and a footer', () => {
    const md = writeMarkdown(doc(
      [
        { kind: 'checklist', items: [{ checked: true, text: 'GO-besluit MT' }, { checked: false, text: 'Afbouwplan' }] },
        { kind: 'figure', caption: 'Gantt', svg: () => '<svg/>', markdown: [{ kind: 'code', language: 'mermaid', text: 'gantt\n' }] },
        { kind: 'page-break' },
        { kind: 'rule' },
      ],
      { fields: [{ label: 'Programma', value: 'Klant in Beeld' }, { label: 'Type', value: 'Gantt' }], footer: ['Gegenereerd: 10 januari 2026'] },
    ));
    expect(md).toBe(`# Titel

> **Programma:** Klant in Beeld  
> **Type:** Gantt

- [x] GO-besluit MT
- [ ] Afbouwplan

\`\`\`mermaid
gantt
\`\`\`

---

*Gegenereerd: 10 januari 2026*
`);
  });

  it('measures display width of wide and combining characters', () => {
    expect(displayWidth('geïmpl.')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('🟢 x')).toBe(4);
    expect(escapeMarkdown('a|b', true)).toBe('a\\|b');
  });
});
