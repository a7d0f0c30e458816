import type { DinReport } from '../../reports/index.js';
import { longDate } from './doc-format.js';
import { heading, list, paragraph, rule, strong } from './document.js';
import type { Block, DocumentModel, Lang, Row } from './document.js';
import { writeDinMermaid } from './din-mermaid.js';
import { writeDinSvg } from './din-svg.js';
import { messages } from './messages.js';

/** The doelen-inspanningennetwerk: vision and goals, the network drawing, and the chain per benefit. */
export function composeDin(report: DinReport, lang: Lang): DocumentModel {
  const m = messages(lang);
  const t = m.din;
  const { programme } = report;
  const linked = (from: string) => report.edges.filter((e) => e.from === from).map((e) => e.to);
  const goalColumn = report.columns[0]!.some((n) => n.kind === 'goal');
  const blocks: Block[] = [
    rule,
    heading(2, t.vision),
    { kind: 'quote', text: report.vision.trim() },
    heading(2, t.goals),
    report.goals.length ? list(report.goals.map((g) => [strong(g.id), ` ${g.name}${g.description ? ` — ${g.description}` : ''}${g.benefits.length ? ` (${g.benefits.join(', ')})` : ''}`])) : paragraph(m.common.none),
    rule,
    heading(2, t.network),
    paragraph(t.reading),
    {
      kind: 'figure',
      caption: t.caption,
      wide: true,
      svg: () => writeDinSvg(report, lang),
      markdown: [{ kind: 'code', language: 'mermaid', text: writeDinMermaid(report, lang) }],
    },
    rule,
    heading(2, t.chains),
    {
      kind: 'table',
      columns: [...(goalColumn ? [{ header: t.goal }] : []), { header: m.benefits.benefit }, { header: t.capabilities }, { header: t.efforts }],
      rows: report.columns[1]!.map((b): Row => {
        const capabilities = linked(b.id).filter((id) => report.columns[2]!.some((c) => c.id === id));
        const efforts = [...new Set([...linked(b.id), ...capabilities.flatMap(linked)])].filter((id) => report.columns[3]!.some((e) => e.id === id));
        const goals = report.edges.filter((e) => e.to === b.id && goalColumn).map((e) => e.from);
        return [
          ...(goalColumn ? [goals.length ? goals.join(', ') : '–'] : []),
          `${b.id} ${b.name}`,
          { lines: capabilities.map((id) => `${id} ${report.columns[2]!.find((c) => c.id === id)?.name ?? ''}`) },
          efforts.sort().join(', '),
        ];
      }),
    },
    ...(report.management.length ? [heading(2, t.management), paragraph(t.managementText), list(report.management.map((e) => `${e.id} ${e.name}`))] : []),
    rule,
  ];
  return {
    lang,
    title: t.title(programme.name),
    subtitle: programme.organisation,
    fields: [
      { label: m.common.programme, value: `${programme.name} (${programme.organisation})` },
      { label: m.common.generated, value: longDate(report.generated, lang) },
      { label: m.common.type, value: t.type },
    ],
    blocks,
    footer: [`${m.common.generated}: ${longDate(report.generated, lang)}`, m.common.generatedBy(programme.version)],
  };
}
