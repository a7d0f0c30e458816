import type { DinNode, DinReport } from '../../reports/index.js';
import type { Lang } from './document.js';

const HEADINGS = {
  nl: ['Visie & doelen', 'Baten', 'Vermogens', 'Inspanningen'],
  en: ['Vision & goals', 'Benefits', 'Capabilities', 'Efforts'],
} as const;
const GOALS = { nl: 'Doelen', en: 'Goals' } as const;

const STYLE: Readonly<Record<DinNode['kind'], string>> = {
  vision: 'fill:#1E3A5F,stroke:#1E3A5F,color:#FFFFFF',
  goal: 'fill:#1E3A5F,stroke:#1E3A5F,color:#FFFFFF',
  benefit: 'fill:#E3F2E6,stroke:#2E7D32,color:#0F172A',
  capability: 'fill:#E3ECF7,stroke:#1565C0,color:#0F172A',
  effort: 'fill:#F4F4F5,stroke:#5E7387,color:#0F172A',
};

/** A Mermaid node id: letters, digits and underscores only, never a keyword such as `end`. */
const nodeId = (id: string) => `n_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Text inside `["…"]`: Mermaid's entity for quotes, no raw angle brackets. */
const label = (text: string) => text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

/**
 * The DIN as a Mermaid flowchart, left to right: goals (or the vision), benefits, capabilities, efforts, each
 * column a subgraph.
 *
 * @example writeDinMermaid(dinReport(programme, '2026-01-10'), 'nl').startsWith('flowchart LR') // true
 */
export function writeDinMermaid(report: DinReport, lang: Lang): string {
  const headings = report.columns[0]?.[0]?.kind === 'goal' ? [GOALS[lang], ...HEADINGS[lang].slice(1)] : HEADINGS[lang];
  const lines = ['flowchart LR'];
  report.columns.forEach((column, i) => {
    lines.push(`    subgraph col${i} ["${label(headings[i]!)}"]`, '        direction TB');
    for (const node of column) {
      const text = node.kind === 'vision' ? [node.name, ...report.goals.map((g) => `${g.id} ${g.name}`)] : [`${node.id} ${node.name}`];
      lines.push(`        ${nodeId(node.id)}["${text.map(label).join('<br/>')}"]:::${node.kind}`);
    }
    lines.push('    end');
  });
  for (const edge of report.edges) lines.push(`    ${nodeId(edge.from)} --> ${nodeId(edge.to)}`);
  for (const [kind, style] of Object.entries(STYLE)) lines.push(`    classDef ${kind} ${style}`);
  return `${lines.join('\n')}\n`;
}
