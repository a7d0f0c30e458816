import type { DecisionOutcome } from '../../model/index.js';
import type { FrameworkGate, FrameworkKpiRow, FrameworkPhase, RoadmapFrameworkReport } from '../../reports/index.js';
import { writeAsciiRoadmap } from '../ascii/index.js';
import { writeMermaidGantt } from '../mermaid/index.js';
import { writeSvgRoadmap } from '../svg/index.js';
import { kpiValue, longDate, period, planValue, shortDate, shortMonth } from './doc-format.js';
import { heading, list, paragraph, rag, rule, strong } from './document.js';
import type { BadgeRag, Block, Cell, DocumentModel, Inline, Lang, Row } from './document.js';
import { kpiChartGrid } from './kpi-chart.js';
import { messages } from './messages.js';
import type { Messages } from './messages.js';
import { capital } from './status-words.js';
import { titleFields } from './title-fields.js';

const OUTCOME_RAG: Readonly<Record<DecisionOutcome, BadgeRag>> = { go: 'groen', 'go-met-voorwaarden': 'geel', 'no-go': 'rood', aangehouden: 'geel' };

/**
 * The roadmap framework as a document, section for section as the seed "Framework 5: Roadmap":
 * title block, Gantt, ASCII roadmap, phases, gates, KPI moments, cadence, summary and critical moments.
 */
export function composeRoadmapFramework(report: RoadmapFrameworkReport, lang: Lang): DocumentModel {
  const m = messages(lang);
  const t = m.framework;
  const { programme } = report;
  const blocks: Block[] = [
    rule,
    heading(2, t.roadmap(programme.horizon)),
    {
      kind: 'figure',
      caption: t.ganttCaption,
      wide: true,
      svg: () => writeSvgRoadmap(report.layout, { lang }),
      markdown: [heading(3, t.gantt), { kind: 'code', language: 'mermaid', text: writeMermaidGantt(programme, { asOf: report.asOf, lang }) }],
    },
    rule,
    heading(2, t.ascii),
    { kind: 'code', language: 'text', text: writeAsciiRoadmap(report.layout, { lang }), label: t.ascii },
    { kind: 'page-break' },
    rule,
    heading(2, t.phases),
    ...report.phases.flatMap((p) => phaseBlocks(p, m, lang)),
    rule,
    heading(2, t.gates),
    gateTable(report, m, lang),
    ...(report.asOf ? [paragraph(m.common.criterionLegend)] : []),
    rule,
    heading(2, t.kpis),
    kpiTable(report, m, lang),
    paragraph(report.asOf ? `${t.notMeasuredLegend}; ${t.actualLegend}` : t.notMeasuredLegend),
    {
      kind: 'figure',
      caption: t.kpiCharts,
      svg: () => kpiChartGrid(report.programme, report.kpis.flatMap((g) => g.rows.map((r) => r.kpi)), report.measurements, report.asOf, lang),
      markdown: [],
    },
    rule,
    heading(2, t.cadence),
    {
      kind: 'table',
      columns: [{ header: t.frequency }, { header: t.forum }, { header: t.activity }],
      rows: report.cadence.map(({ item, forum }): Row => [[strong(m.common.frequency[item.frequency])], forum?.name ?? item.forum, { lines: item.activities.map((a) => `• ${a}`) }]),
    },
    rule,
    heading(2, t.summary),
    {
      kind: 'table',
      columns: [{ header: t.phaseColumn }, { header: t.period }, { header: t.focus }, { header: t.milestone }],
      rows: report.phases.map((p): Row => [[strong(p.name)], `M${p.fromMonth}-M${p.toMonth}`, p.focus.slice(0, 3).join('; '), `${p.milestone.id}: ${p.milestone.name}`]),
    },
    paragraph([strong(`${t.criticalMoments}:`)]),
    list(report.gates.filter((g) => g.gate).map((g): Inline[] => [strong(g.id), `: ${g.name}${g.description ? ` - ${g.description}` : ''}`]), true),
    rule,
  ];
  return {
    lang,
    title: t.title(programme.name),
    subtitle: programme.organisation,
    fields: titleFields(report, m, lang, t.type),
    blocks,
    footer: [`${m.common.generated}: ${longDate(report.generated, lang)}`, m.common.generatedBy(programme.version)],
  };
}

function phaseBlocks(p: FrameworkPhase, m: Messages, lang: Lang): Block[] {
  const t = m.framework;
  const deliverables: Block =
    p.state === undefined
      ? list(p.deliverables.map((d) => `✓ ${d.text}`))
      : { kind: 'checklist', items: p.deliverables.map((d) => ({ checked: d.reached === true, text: d.text })) };
  return [
    heading(3, t.phase(p.number, p.name, p.fromMonth, p.toMonth)),
    {
      kind: 'fields',
      fields: [
        { label: t.period, value: period(p.fromDate, p.toDate, lang) },
        { label: t.milestone, value: `${p.milestone.id} - ${p.milestone.name.toLocaleUpperCase('nl')}` },
        ...(p.state ? [{ label: t.state, value: m.common.phaseState[p.state] }] : []),
      ],
    },
    heading(4, t.focus),
    list(p.focus),
    heading(4, t.deliverables),
    deliverables,
    heading(4, t.successFactors),
    list(p.successFactors),
    heading(4, t.risks),
    list(p.risks),
  ];
}

function gateTable(report: RoadmapFrameworkReport, m: Messages, lang: Lang): Block {
  const t = m.framework;
  const asOf = report.asOf !== undefined;
  return {
    kind: 'table',
    columns: [{ header: t.moment }, { header: t.description }, { header: t.criteria }, ...(asOf ? [{ header: t.decision }] : [])],
    rows: report.gates.map((g): Row => [
      { lines: [g.id, shortMonth(g.date, lang)] },
      { lines: [[strong(g.name.toLocaleUpperCase('nl'))], ...(g.description ? [g.description] : [])] },
      { lines: g.criteria.map((c) => `${c.state ? m.common.criterionMark[c.state] : '•'} ${c.text}`) },
      ...(asOf ? [decisionCell(g, m, lang)] : []),
    ]),
  };
}

function decisionCell(g: FrameworkGate, m: Messages, lang: Lang): Cell {
  const s = g.status;
  if (!s) return m.common.dash;
  if (s.decision) return { lines: [[rag(OUTCOME_RAG[s.decision.outcome], capital(m.status.outcome[s.decision.outcome]))], shortDate(s.decision.date, lang)] };
  const colour = s.state === 'at-risk' || s.state === 'passed' ? 'rood' : s.state === 'ready' ? 'groen' : 'grijs';
  return { lines: [[rag(colour, capital(m.status.gate[s.state]))], `${s.met}/${s.total} ${m.status.words.criteria}`] };
}

function kpiTable(report: RoadmapFrameworkReport, m: Messages, lang: Lang): Block {
  const t = m.framework;
  const asOf = report.asOf;
  const rows: Row[] = [];
  for (const group of report.kpis) {
    rows.push({ group: group.domain.name.toLocaleUpperCase('nl') });
    for (const row of group.rows) rows.push(kpiRow(row, m, lang, asOf !== undefined));
  }
  return {
    kind: 'table',
    columns: [
      { header: 'KPI' },
      { header: t.start, align: 'center' },
      ...report.moments.map((c) => ({ header: c.moment, align: 'center' as const })),
      { header: t.goal, align: 'center' },
      ...(asOf ? [{ header: t.current(shortDate(asOf, lang)), align: 'center' as const }] : []),
    ],
    rows,
  };
}

function kpiRow(row: FrameworkKpiRow, m: Messages, lang: Lang, asOf: boolean): Row {
  const { kpi } = row;
  const cells: Cell[] = [kpi.name, planValue(kpi.unit, kpi.baseline, lang)];
  for (const cell of row.cells) {
    if (!cell.target) cells.push('');
    else if (!cell.actual) cells.push(planValue(kpi.unit, cell.target, lang));
    else cells.push(`${planValue(kpi.unit, cell.target, lang)} (${kpiValue(kpi.unit, cell.actual.value, lang)})`);
  }
  cells.push(planValue(kpi.unit, kpi.goal, lang));
  if (asOf) {
    const s = row.status;
    cells.push(s?.actual ? [rag(s.rag, kpiValue(kpi.unit, s.actual.value, lang))] : [rag('grijs', m.common.dash)]);
  }
  return cells;
}
