import type { BenefitSection, BenefitsPlanReport, CycleSection } from '../../reports/index.js';
import { displayName, kpiValue, longDate, monthYear, percent, period, planValue, shortDate } from './doc-format.js';
import { em, heading, list, paragraph, rag, rule, strong } from './document.js';
import type { Block, Cell, DocumentModel, Inline, Lang, Row } from './document.js';
import { messages } from './messages.js';
import type { Messages } from './messages.js';
import { capital, escalationText, kpiRagCell, steeringCell, steeringReasons } from './status-words.js';

/**
 * The batenrealisatieplan, every section of template 002 filled in: header, theoretical basis, overview,
 * cycles, roadmap bands, per-benefit details, dependencies, monitoring and escalation.
 */
export function composeBenefitsPlan(report: BenefitsPlanReport, lang: Lang): DocumentModel {
  const m = messages(lang);
  const t = m.benefits;
  const { programme, status } = report;
  const blocks: Block[] = [
    rule,
    heading(2, t.theory),
    { kind: 'fields', fields: [{ label: t.theme, value: t.themeText }, { label: t.principle, value: t.principleText }] },
    { kind: 'quote', text: t.quote, cite: 'Prevaas & Van Loon' },
    rule,
    heading(2, t.overview),
    {
      kind: 'table',
      columns: [{ header: t.number }, { header: t.benefit }, { header: t.owner }, { header: t.sector }, { header: t.priority }, ...(status ? [{ header: t.status }] : [])],
      rows: report.benefits.map((b): Row => [
        b.benefit.id,
        b.benefit.name,
        b.owner?.name ?? m.common.dash,
        b.benefit.sectors.join('/'),
        m.common.priority[b.benefit.priority],
        ...(status ? [b.status ? benefitStatusCell(b, m) : m.common.dash] : []),
      ]),
    },
    rule,
    heading(2, t.cycles),
    ...report.cycles.flatMap((c, i) => cycleBlocks(c, i + 1, report, m, lang)),
    rule,
    heading(2, t.roadmap),
    roadmapTable(report, m),
    paragraph(report.quarters.map((q) => `Q${q.number} = ${period(q.from, q.to, lang).toLocaleLowerCase(lang)}`).join('; ')),
    paragraph([strong(`${t.legend}:`)]),
    list([
      [strong(`${m.status.band.basis}:`), ` ${t.bandBasis}`],
      [strong(`${m.status.band.groei}:`), ` ${t.bandGroei}`],
      [strong(`${m.status.band.target}:`), ` ${t.bandTarget}`],
      [strong(`${m.status.band.borging}:`), ` ${t.bandBorging}`],
    ]),
    rule,
    heading(2, t.details),
    ...report.benefits.flatMap((b, i) => benefitBlocks(b, i + 1, report, m, lang)),
    heading(2, t.dependencies),
    report.dependencies.length
      ? {
          kind: 'table',
          columns: [{ header: t.benefit }, { header: t.dependsOn }, { header: t.kind }, { header: t.impact }, ...(status ? [{ header: t.status }] : [])],
          rows: report.dependencies.map((d): Row => [
            d.benefit.id,
            `${d.on.id} ${d.on.name}`,
            m.common.dependency[d.dependency.kind],
            d.dependency.note ?? t.threshold(d.on.id, percent(d.dependency.threshold)),
            ...(status ? [d.status ? [rag(d.status.violated ? 'rood' : 'groen', d.status.violated ? t.violated : t.respected), ` (${d.on.id} ${d.status.realisation === undefined ? m.common.dash : percent(d.status.realisation)})`] : m.common.dash] : []),
          ]),
        }
      : paragraph(t.noDependencies),
    rule,
    heading(2, t.monitoring),
    { kind: 'fields', fields: [{ label: t.reporting, value: m.common.reporting[report.reporting] }] },
    paragraph([strong(`${t.parameters}:`)]),
    {
      kind: 'table',
      columns: [{ header: t.parameter }, { header: t.norm }, { header: t.current }, { header: t.action }],
      rows: report.steering.map(({ parameter, status: s }): Row => [
        [strong(m.status.parameter[parameter.id])],
        capital(m.status.rag[parameter.norm]),
        s ? steeringCell(s, m, lang) : m.common.dash,
        s === undefined || s.meetsNorm === undefined ? m.common.dash : s.meetsNorm ? m.common.no : { lines: [m.common.yes, ...steeringReasons(s, lang)] },
      ]),
    },
    list(report.steering.map(({ parameter }) => [strong(`${m.status.parameter[parameter.id]}:`), ` ${parameter.description}`])),
    rule,
    heading(2, t.escalation),
    paragraph([strong(t.escalateTo(report.escalation.to?.name ?? programme.escalation.to))]),
    {
      kind: 'checklist',
      items: report.escalation.rules.map(({ rule: r, triggered }) => ({
        checked: triggered.length > 0,
        text: triggered.length ? [r.text, ` — ${t.now}: `, ...triggered.flatMap((e, i) => [...(i ? ['; '] : []), escalationText(e, m, lang)])] : r.text,
      })),
    },
    ...(status ? [] : [paragraph([em(t.noStatus)])]),
    rule,
  ];
  return {
    lang,
    title: t.title(programme.name),
    subtitle: programme.organisation,
    quoteFields: false,
    fields: [
      { label: m.common.programme, value: programme.name },
      { label: m.common.version, value: programme.version ?? m.common.dash },
      { label: t.date, value: longDate(report.generated, lang) },
      { label: t.author, value: report.author?.name ?? m.common.dash },
      ...(status ? [{ label: m.common.asOf, value: m.common.standing(status.month, programme.horizon, status.phase && displayName(status.phase.name)) }] : []),
    ],
    blocks,
    footer: [t.basedOn, `${m.common.generated}: ${longDate(report.generated, lang)}`, m.common.generatedBy(programme.version)],
  };
}

function benefitStatusCell(b: BenefitSection, m: Messages): Inline[] {
  const s = b.status!;
  const realised = s.realisation === undefined ? m.common.dash : percent(s.realisation);
  const planned = s.plannedRealisation === undefined ? m.common.dash : percent(s.plannedRealisation);
  return [rag(s.rag, realised), ` (${m.status.words.planned} ${planned})`];
}

function cycleBlocks(c: CycleSection, n: number, report: BenefitsPlanReport, m: Messages, lang: Lang): Block[] {
  const t = m.benefits;
  const asOf = report.asOf !== undefined;
  return [
    heading(3, t.cycle(n, c.cycle.name, period(c.fromDate, c.toDate, lang), c.cycle.from, c.cycle.to)),
    {
      kind: 'table',
      columns: [{ header: t.benefit }, { header: t.startLevel, align: 'center' }, { header: t.targetLevel, align: 'center' }, { header: t.indicator }, { header: t.moment }, ...(asOf ? [{ header: t.measured, align: 'center' as const }] : [])],
      rows: c.rows.map((r): Row => [
        r.benefit.id,
        planValue(r.kpi.unit, r.start, lang),
        planValue(r.kpi.unit, r.target, lang),
        r.kpi.name,
        r.moments.length ? r.moments.map((x) => `M${x.month} (${shortDate(x.date, lang)})`).join(', ') : m.common.dash,
        ...(asOf ? [r.actual ? kpiValue(r.kpi.unit, r.actual.value, lang) : m.common.dash] : []),
      ]),
    },
  ];
}

function roadmapTable(report: BenefitsPlanReport, m: Messages): Block {
  const t = m.benefits;
  const asOf = report.asOf !== undefined;
  const band = (b: string | undefined) => (b === undefined ? '' : m.status.band[b as keyof typeof m.status.band]);
  const rows: Row[] = report.benefits.flatMap((b): Row[] => {
    const planned: Cell[] = [asOf ? `${b.benefit.id} ${t.planned}` : b.benefit.id, ...b.roadmap.map((q) => band(q.planned))];
    if (!asOf) return [planned];
    const actual: Cell[] = [`${b.benefit.id} ${t.realised}`, ...b.roadmap.map((q) => (q.reached ? [strong(band(q.actual) || m.common.dash)] : ''))];
    return [planned, actual];
  });
  return { kind: 'table', columns: [{ header: t.benefit }, ...report.quarters.map((q) => ({ header: `Q${q.number}`, align: 'center' as const }))], rows };
}

function benefitBlocks(b: BenefitSection, n: number, report: BenefitsPlanReport, m: Messages, lang: Lang): Block[] {
  const t = m.benefits;
  const { benefit } = b;
  const asOf = report.asOf;
  const s = b.status;
  return [
    heading(3, t.benefitHeading(n, benefit.name)),
    ...(benefit.description ? [paragraph(benefit.description)] : []),
    ...(benefit.illustrative ? [paragraph([em(t.illustrative)])] : []),
    paragraph([strong(`${t.baseline}:`)]),
    list([`${t.level}: ${benefit.baseline.level}`, `${t.source}: ${benefit.baseline.source}`, `${t.date}: ${monthYear(benefit.baseline.date, lang)}`]),
    paragraph([strong(`${t.target}:`)]),
    list([`${t.targetScore}: ${benefit.target.level}`, `${t.deadline}: ${longDate(benefit.target.deadline, lang)}`]),
    ...(asOf && s
      ? [
          paragraph([strong(`${t.standing(shortDate(asOf, lang))}:`)]),
          list([
            [`${t.realisation}: `, rag(s.rag, s.realisation === undefined ? m.common.dash : percent(s.realisation)), ` (${m.status.words.planned} ${s.plannedRealisation === undefined ? m.common.dash : percent(s.plannedRealisation)})`],
            `${t.band}: ${s.band ? m.status.band[s.band] : m.common.dash} (${m.status.words.planned} ${s.plannedBand ? m.status.band[s.plannedBand] : m.common.dash})`,
            ...(s.behind ? [[strong(m.status.words.behind)]] : []),
            ...b.judgements.map((j) => [`${t.judgement(j.kpi.name)}: `, ...kpiRagCell(j.status, m, lang, false)]),
          ]),
        ]
      : []),
    paragraph([strong(`${t.capabilities}:`)]),
    b.capabilities.length ? list(b.capabilities.map((c) => `${c.id} ${c.name}`), true) : paragraph(m.common.none),
    paragraph([strong(`${t.efforts}:`)]),
    b.efforts.length
      ? list(b.efforts.map(({ effort: e, status: es }) => `${e.id} ${e.name} (${shortDate(e.start, lang)} – ${shortDate(e.end, lang)})${es ? `: ${m.status.effort[es.state]}${es.percentComplete === undefined ? '' : ` ${es.percentComplete}%`}` : ''}`), true)
      : paragraph(m.common.none),
    paragraph([strong(`${t.risks}:`)]),
    b.risks.length
      ? {
          kind: 'table',
          columns: [{ header: t.risk }, { header: t.likelihood, align: 'center' }, { header: t.impact2, align: 'center' }, { header: t.mitigation }],
          rows: b.risks.map((r): Row => [r.source === 'register' ? `${r.description} (${t.register})` : r.description, m.common.level[r.likelihood], m.common.level[r.impact], r.mitigation]),
        }
      : paragraph(m.common.none),
    paragraph([strong(`${t.moments}:`)]),
    {
      kind: 'table',
      columns: [{ header: t.date }, { header: t.measurement }, { header: t.expected }, ...(asOf ? [{ header: t.measured }] : [])],
      rows: b.moments.map((x): Row => [
        `${shortDate(x.date, lang)} (M${x.month})`,
        { lines: x.expected.map((e) => e.kpi.name) },
        { lines: [...x.expected.map((e) => planValue(e.kpi.unit, e.planned, lang)), ...(x.plannedRealisation === undefined ? [] : [[em(t.realisationShort(percent(x.plannedRealisation)))]])] },
        ...(asOf ? [{ lines: x.expected.map((e) => x.actual.find((a) => a.kpi.id === e.kpi.id)).map((a) => (a ? kpiValue(a.kpi.unit, a.value, lang) : m.common.dash)) }] : []),
      ]),
    },
    rule,
  ];
}
