import { daysBetween } from '../../calendar/index.js';
import type { Kpi } from '../../model/index.js';
import type { SteeringReport } from '../../reports/index.js';
import type { CriterionStatus, GateStatus, KpiStatus, RagCounts, StatusRag } from '../../steer/index.js';
import { displayName, kpiValue, longDate, percent, planValue, shortDate } from './doc-format.js';
import { em, heading, list, paragraph, rag, rule, strong } from './document.js';
import type { Block, Cell, DocumentModel, Inline, Lang, Row, Text } from './document.js';
import { kpiChartGrid } from './kpi-chart.js';
import { messages } from './messages.js';
import type { Messages } from './messages.js';
import { planChangeBlocks } from './plan-change-blocks.js';
import { capital, escalationText, kpiRagCell, steeringCell, steeringReasons } from './status-words.js';

const RAGS: readonly StatusRag[] = ['groen', 'geel', 'rood', 'grijs'];
const ARROW = { up: '↑', down: '↓', flat: '→' } as const;

/**
 * The stuurgroep report: summary, progress since the previous report, KPIs, gate readiness,
 * escalations and decisions needed, top risks, stuurparameters and plan changes.
 */
export function composeSteeringReport(report: SteeringReport, lang: Lang): DocumentModel {
  const m = messages(lang);
  const t = m.steering;
  const { programme, status } = report;
  const counts = (c: RagCounts): Inline[] => RAGS.flatMap((r, i) => [...(i ? [' · '] : []), rag(r, `${c[r]} ${m.status.rag[r]}`)]);
  const effortCounts = (['done', 'running', 'late', 'planned'] as const).map((s) => `${status.summary.efforts[s]} ${m.status.effort[s]}`).join(', ');
  const blocks: Block[] = [
    rule,
    heading(2, t.summary),
    {
      kind: 'fields',
      fields: [
        { label: t.overall, value: [rag(status.summary.worst, capital(m.status.rag[status.summary.worst]))] },
        { label: m.status.words.kpis, value: counts(status.summary.kpis) },
        { label: m.status.words.benefits, value: counts(status.summary.benefits) },
        { label: m.status.words.efforts, value: effortCounts },
        { label: t.gatesAtRisk, value: String(status.summary.gatesAtRisk) },
        { label: m.status.words.escalations, value: t.escalationCounts(status.summary.escalations.open, status.summary.escalations.acknowledged) },
      ],
    },
    rule,
    heading(2, t.progress(longDate(report.since, lang))),
    ...progressBlocks(report, m, lang),
    rule,
    heading(2, t.kpis),
    {
      kind: 'table',
      columns: [{ header: 'KPI' }, { header: t.planned, align: 'center' }, { header: t.actual, align: 'center' }, { header: t.achievement, align: 'center' }, { header: 'RAG' }, { header: t.trend }, { header: t.forecast }],
      rows: report.kpis.map(({ kpi, status: s }): Row => kpiRow(kpi, s, m, lang)),
    },
    {
      kind: 'figure',
      caption: t.kpiCharts,
      svg: () => kpiChartGrid(programme, report.kpis.map((k) => k.kpi), report.measurements, report.asOf, lang),
      markdown: [],
    },
    rule,
    heading(2, t.gates),
    ...(report.gates.length ? report.gates.flatMap((g) => gateBlocks(g, report, m, lang)) : [paragraph(t.noGates)]),
    rule,
    heading(2, t.escalations),
    heading(3, m.status.words.escalations),
    report.escalations.length
      ? {
          kind: 'table',
          columns: [{ header: t.rule }, { header: t.evidence }, { header: t.since }, { header: t.acknowledged }],
          rows: report.escalations.map((e): Row => [
            e.text,
            escalationText(e, m, lang),
            shortDate(e.since, lang),
            e.acknowledgement ? `${m.common.yes} (${shortDate(e.acknowledgement.date, lang)})` : [rag('rood', m.common.no)],
          ]),
        }
      : paragraph(t.noEscalations),
    heading(3, t.decisions),
    report.decisions.length ? list(report.decisions.map((d) => decisionText(d, report, m, lang)), true) : paragraph(t.noDecisions),
    rule,
    heading(2, t.risks),
    report.risks.length
      ? {
          kind: 'table',
          columns: [{ header: m.benefits.risk }, { header: t.subject }, { header: m.benefits.likelihood, align: 'center' }, { header: m.benefits.impact2, align: 'center' }, { header: t.score, align: 'center' }, { header: m.benefits.mitigation }],
          rows: report.risks.map((r): Row => [
            r.source === 'register' ? `${r.id}: ${r.description}` : r.description,
            r.subject,
            r.likelihood,
            r.impact,
            [rag(r.score >= 9 ? 'rood' : r.score >= 6 ? 'geel' : 'groen', String(r.score))],
            r.mitigation ?? m.common.dash,
          ]),
        }
      : paragraph(t.noRisks),
    rule,
    heading(2, t.steering),
    {
      kind: 'table',
      columns: [{ header: m.benefits.parameter }, { header: m.benefits.norm }, { header: m.benefits.current }, { header: t.explanation }],
      rows: report.steering.map((s): Row => [[strong(m.status.parameter[s.parameter])], capital(m.status.rag[s.norm]), steeringCell(s, m, lang), { lines: steeringReasons(s, lang) }]),
    },
    rule,
    heading(2, t.planChanges),
    ...planChangeBlocks(report, m, lang),
    rule,
  ];
  return {
    lang,
    title: t.title(programme.name),
    subtitle: `${programme.organisation} · ${longDate(report.asOf, lang)}`,
    fields: [
      { label: m.common.programme, value: `${programme.name} (${programme.organisation})` },
      { label: t.asOfDate, value: longDate(report.asOf, lang) },
      { label: t.previous, value: longDate(report.since, lang) },
      { label: m.common.asOf, value: m.common.standing(status.month, programme.horizon, status.phase && displayName(status.phase.name)) },
    ],
    blocks,
    footer: [`${m.common.generated}: ${longDate(report.generated, lang)}`, m.common.generatedBy(programme.version)],
  };
}

function progressBlocks(report: SteeringReport, m: Messages, lang: Lang): Block[] {
  const t = m.steering;
  const { efforts, measurements, decisions, checks } = report.progress;
  return [
    heading(3, m.status.words.efforts),
    efforts.length
      ? {
          kind: 'table',
          columns: [{ header: t.effort }, { header: t.was }, { header: t.now }, { header: t.percent, align: 'right' }, { header: t.forecastEnd }],
          rows: efforts.map(({ now, before }): Row => [
            `${now.effort} ${now.name}`,
            before ? m.status.effort[before.state] : m.common.dash,
            [rag(now.state === 'late' ? 'rood' : now.state === 'done' ? 'groen' : 'grijs', m.status.effort[now.state])],
            now.percentComplete === undefined ? m.common.dash : `${now.percentComplete}%`,
            `${shortDate(now.forecastEnd, lang)}${now.slippageDays > 0 ? ` (+${now.slippageDays} ${m.status.words.days})` : ''}`,
          ]),
        }
      : paragraph(t.nothing),
    heading(3, t.measurements),
    measurements.length
      ? {
          kind: 'table',
          columns: [{ header: m.benefits.date }, { header: 'KPI' }, { header: t.value, align: 'right' }, { header: m.benefits.source }],
          rows: measurements.map(({ kpi, measurement: x }): Row => [shortDate(x.date, lang), kpi.name, kpiValue(kpi.unit, x.value, lang), x.source ?? m.common.dash]),
        }
      : paragraph(t.nothing),
    heading(3, t.decisionsTaken),
    decisions.length || checks.length
      ? list([
          ...decisions.map(({ milestone, decision: d }): Text => [
            strong(`${milestone.id} ${milestone.name}`),
            `: ${m.status.outcome[d.outcome]} (${shortDate(d.date, lang)}, ${d.decidedBy})${d.conditions ? ` — ${d.conditions}` : ''}`,
          ]),
          ...checks.map((c): Text => `${c.criterion} ${criterionText(report, c.criterion)}: ${c.met ? m.status.criterion.met : m.status.criterion.unmet} (${shortDate(c.date, lang)}) — ${c.evidence}`),
        ])
      : paragraph(t.nothing),
  ];
}

function criterionText(report: SteeringReport, id: string): string {
  return report.programme.milestones.flatMap((ms) => ms.criteria).find((c) => c.id === id)?.text ?? '';
}

function kpiRow(kpi: Kpi, s: KpiStatus, m: Messages, lang: Lang): Row {
  const value = (v: number | undefined) => (v === undefined ? m.common.dash : kpiValue(kpi.unit, v, lang));
  const trend: Cell = s.trend ? `${ARROW[s.trend.direction]} ${m.status.trend[s.trend.direction]}` : m.common.dash;
  const forecast: Cell = s.forecast
    ? { lines: [[rag(s.forecast.met ? 'groen' : 'rood', value(s.forecast.projected))], m.steering.by(shortDate(s.forecast.deadline, lang)), `${m.status.words.goal} ${planValue(kpi.unit, kpi.goal, lang)}`] }
    : m.common.dash;
  return [
    kpi.name,
    value(s.planned),
    s.actual ? { lines: [value(s.actual.value), shortDate(s.actual.date, lang)] } : m.common.dash,
    s.achievement === undefined ? m.common.dash : percent(s.achievement),
    kpiRagCell(s, m, lang),
    trend,
    forecast,
  ];
}

function gateBlocks(g: GateStatus, report: SteeringReport, m: Messages, lang: Lang): Block[] {
  const t = m.steering;
  const colour: StatusRag = g.state === 'ready' || g.state === 'decided' ? 'groen' : g.state === 'at-risk' || g.state === 'passed' ? 'rood' : 'grijs';
  return [
    heading(3, `${g.milestone} ${g.name} — ${longDate(g.date, lang)}`),
    paragraph([rag(colour, capital(m.status.gate[g.state])), ` · ${t.criteriaMet(g.met, g.total)} · ${g.daysUntil >= 0 ? t.inDays(g.daysUntil) : t.daysAgo(-g.daysUntil)}`]),
    g.criteria.length
      ? {
          kind: 'table',
          columns: [{ header: m.framework.criteria }, { header: capital(m.status.words.status) }, { header: t.explanation }],
          rows: g.criteria.map((c): Row => [`${c.criterion} ${c.text}`, [rag(criterionRag(c), m.status.criterion[c.state])], needsText(c, report, m, lang)]),
        }
      : paragraph(t.noCriteria),
  ];
}

const criterionRag = (c: CriterionStatus): StatusRag => (c.state === 'met' ? 'groen' : c.state === 'at-risk' ? 'geel' : c.state === 'unmet' ? 'rood' : 'grijs');

function needsText(c: CriterionStatus, report: SteeringReport, m: Messages, lang: Lang): Cell {
  const t = m.steering;
  const lines: Text[] = c.needs.map((n) => {
    if (n.kind === 'effort-finished') return t.needEffort(n.effort, m.status.effort[n.effortState], shortDate(n.forecastEnd, lang));
    const kpi = report.programme.kpis.find((k) => k.id === n.kpi);
    const v = (x: number | undefined) => (x === undefined ? m.common.dash : kpi ? kpiValue(kpi.unit, x, lang) : String(x));
    return t.needKpi(kpi?.name ?? n.kpi, v(n.value), v(n.actual), v(n.projected));
  });
  if (c.check) lines.push(`${c.check.met ? '✓' : '✗'} ${c.check.evidence} (${shortDate(c.check.date, lang)})`);
  if (!lines.length) lines.push([em(t.manualCheck)]);
  return { lines };
}

function decisionText(d: SteeringReport['decisions'][number], report: SteeringReport, m: Messages, lang: Lang): Text {
  const t = m.steering;
  if (d.kind === 'gate') {
    const g = d.gate;
    const when = g.state === 'passed' ? t.overdue(daysBetween(g.date, report.asOf)) : t.inDays(g.daysUntil);
    return [strong(t.gateDecision(g.milestone, g.name)), ` — ${longDate(g.date, lang)}, ${when}; ${t.criteriaMet(g.met, g.total)}`];
  }
  if (d.kind === 'escalation') {
    const e = d.escalation;
    return [strong(t.escalationDecision(e.to.name ?? e.to.role)), ` — ${e.text}: ${escalationText(e, m, lang)}`];
  }
  const s = d.steering;
  return [strong(t.steeringDecision(m.status.parameter[s.parameter])), ` — ${steeringReasons(s, lang).join('; ') || m.common.dash}`];
}
