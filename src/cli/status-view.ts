import type { Unit } from '../model/index.js';
import { reasonText, statusText } from '../steer/index.js';
import type { Escalation, KpiStatus, ProgrammeStatus, StatusLanguage, StatusRag, SteeringStatus } from '../steer/index.js';

type Painter = (style: 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'gray' | 'cyan', text: string) => string;

const RAG_STYLE = { groen: 'green', geel: 'yellow', rood: 'red', grijs: 'gray' } as const;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Formats numbers the Dutch or English way, at most two decimals. */
function numberFormat(lang: StatusLanguage) {
  const f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  return (n: number) => f.format(n);
}

function valueFormat(lang: StatusLanguage) {
  const num = numberFormat(lang);
  return (value: number, unit: Unit) =>
    unit.kind === 'percentage' ? `${num(value)}%`
    : unit.kind === 'relative' ? `${value > 0 ? '+' : ''}${num(value)}%`
    : num(value);
}

/** The status as a terminal summary: worst first within each section, colour only where `c` paints. */
export function statusTextView(status: ProgrammeStatus, lang: StatusLanguage, c: Painter): string {
  const t = statusText(lang);
  const w = t.words;
  const value = valueFormat(lang);
  const rag = (r: StatusRag | undefined, width = 9) => (r === undefined ? c('dim', w.manual.padEnd(width)) : c(RAG_STYLE[r], t.rag[r].padEnd(width)));
  const lines: string[] = [];
  const heading = (text: string) => lines.push('', c('bold', text));
  const phase = status.phase ? `, ${w.phase} ${status.phase.name}` : '';
  lines.push(`${c('bold', status.programme.name)} — ${w.statusOn} ${status.asOf} (${w.month} ${status.month}${phase})  ${w.worst}: ${rag(status.summary.worst, 0)}`);

  heading(t.words.steering);
  for (const s of status.steering) lines.push(...steeringLines(s, lang, c, rag));

  if (status.escalations.length) {
    heading(`${w.escalations} (${w.to} ${status.escalations[0]!.to.name ?? status.escalations[0]!.to.role})`);
    for (const e of status.escalations) lines.push(`  ${c('red', '!')} ${escalationLine(e, lang)} ${c('dim', `[${e.acknowledged ? `${w.acknowledged} ${e.acknowledgement!.date}` : w.notAcknowledged}]`)}`);
  }

  heading(w.kpis);
  const order: Readonly<Record<StatusRag, number>> = { rood: 0, geel: 1, grijs: 2, groen: 3 };
  const nameWidth = Math.min(34, Math.max(...status.kpis.map((k) => k.name.length)));
  for (const k of [...status.kpis].sort((a, b) => order[a.rag] - order[b.rag])) {
    lines.push(`  ${rag(k.rag)} ${k.name.slice(0, nameWidth).padEnd(nameWidth)}  ${kpiDetail(k, lang, value)}`);
    // A judgement shows under its KPI, with the derived RAG it overrules.
    if (k.override) lines.push(`  ${' '.repeat(9)} ${c('dim', `${w.override}:`)} ${k.override.rationale} ${c('dim', `(${k.override.recordedBy}, ${k.override.date}; ${w.derived}: ${t.rag[k.derived.rag]})`)}`);
  }

  heading(w.benefits);
  for (const b of status.benefits) {
    const realised = b.realisation === undefined ? w.noMeasurement : `${w.realisation} ${pct(b.realisation)}${b.band ? ` (${t.band[b.band]})` : ''}`;
    const planned = b.plannedAtMeasurement === undefined ? '' : `, ${w.planned} ${pct(b.plannedAtMeasurement)}`;
    const behind = b.behind ? c('red', `  ${w.behind}`) : '';
    const deps = b.dependencies.filter((d) => d.violated).map((d) => c('red', `  ${w.dependency} ${d.benefit} ≥ ${pct(d.threshold)}`)).join('');
    lines.push(`  ${rag(b.rag)} ${b.benefit} ${b.name}: ${realised}${planned}${behind}${deps}`);
  }

  heading(`${w.efforts} (${Object.entries(status.summary.efforts).map(([k, n]) => `${n} ${t.effort[k as keyof typeof t.effort]}`).join(', ')})`);
  const notable = status.efforts.filter((e) => e.state === 'late' || e.blockedBy.length > 0 || (e.state === 'running' && e.evidence === 'recorded'));
  for (const e of notable) {
    const done = e.percentComplete === undefined ? '' : ` ${e.percentComplete}% (${w.planned} ${Math.round(e.plannedPercent)}%)`;
    const slip = e.slippageDays > 0 ? `, ${w.slippage} ${e.slippageDays} ${w.days}` : '';
    const blocked = e.blockedBy.length ? `, ${w.blockedBy} ${e.blockedBy.join(', ')}` : '';
    const style = e.state === 'late' ? 'red' : 'cyan';
    lines.push(`  ${c(style, t.effort[e.state].padEnd(8))} ${e.effort} ${e.name}:${done} ${w.forecast} ${e.forecastEnd}${slip}${blocked}`);
  }
  if (notable.length === 0) lines.push(c('dim', `  ${w.none}`));

  heading(w.gates);
  const upcoming = status.gates.filter((g) => g.state !== 'decided' && (g.daysUntil >= 0 || g.gate));
  for (const g of status.gates) {
    const style = g.state === 'at-risk' || g.state === 'passed' ? 'red' : g.state === 'decided' || g.state === 'ready' ? 'green' : 'cyan';
    const decision = g.decision ? `: ${t.outcome[g.decision.outcome]} (${g.decision.date})` : '';
    lines.push(`  ${c(style, t.gate[g.state].padEnd(10))} ${g.milestone} ${g.name} ${g.date}  ${g.met}/${g.total} ${w.criteria} ${w.met}${decision}`);
    if (!upcoming.includes(g) || g.state === 'ready') continue;
    for (const cr of g.criteria.filter((x) => x.state !== 'met')) {
      const evidence = cr.check ? c('dim', ` — ${cr.check.evidence}`) : '';
      lines.push(`      ${c(cr.state === 'at-risk' || cr.state === 'unmet' ? 'yellow' : 'dim', t.criterion[cr.state].padEnd(12))} ${cr.criterion} ${cr.text}${evidence}`);
    }
  }

  if (status.notices.length) {
    heading(w.notices);
    // Records after the as-of date are normal when looking back; one line says how many were left out.
    const later = status.notices.filter((n) => n.code === 'after-as-of');
    if (later.length) lines.push(`  ${c('dim', '•')} ${later.reduce((sum, n) => sum + n.count, 0)} ${w.records} ${t.notice['after-as-of']} (${[...new Set(later.map((n) => n.records))].join(', ')})`);
    for (const n of status.notices.filter((x) => x.code !== 'after-as-of')) lines.push(`  ${c('yellow', '•')} ${n.records} ${n.subject}: ${n.count} × ${t.notice[n.code]} (${n.date})`);
  }
  return `${lines.join('\n')}\n`;
}

function steeringLines(s: SteeringStatus, lang: StatusLanguage, c: Painter, rag: (r: StatusRag | undefined, width?: number) => string): string[] {
  const t = statusText(lang);
  const derived = s.derived.kind === 'derived' ? s.derived.rag : undefined;
  const reasons = s.derived.reasons.map((r) => reasonText(r, lang)).join('; ');
  const lines = [`  ${rag(derived)} ${t.parameter[s.parameter].padEnd(17)} ${reasons}`];
  if (s.override) lines.push(`  ${rag(s.override.rag)} ${c('dim', `${t.words.override}:`.padEnd(17))} ${s.override.rationale} ${c('dim', `(${s.override.recordedBy}, ${s.override.date})`)}`);
  return lines;
}

function kpiDetail(k: KpiStatus, lang: StatusLanguage, value: (v: number, u: Unit) => string): string {
  const t = statusText(lang);
  const w = t.words;
  const parts: string[] = [];
  if (!k.actual) parts.push(w.noMeasurement);
  else {
    parts.push(`${w.actual} ${value(k.actual.value, k.unit)} (${k.actual.date})`);
    if (k.plannedAtActual !== undefined) parts.push(`${w.planned} ${value(k.plannedAtActual, k.unit)}`);
    if (k.achievement !== undefined) parts.push(`${w.achievement} ${pct(k.achievement)}`);
    else parts.push(w.noPlan);
  }
  if (k.trend) parts.push(`${t.trend[k.trend.direction]} ${k.trend.direction === 'up' ? '↑' : k.trend.direction === 'down' ? '↓' : '→'}`);
  if (k.forecast) {
    const higher = k.direction === 'higher';
    const compare = k.forecast.met ? (higher ? '≥' : '≤') : higher ? '<' : '>';
    parts.push(`${w.forecast} ${value(k.forecast.projected, k.unit)} ${compare} ${w.goal} ${value(k.forecast.goal, k.unit)}`);
  }
  if (k.overdue.length) parts.push(`${w.overdue}: ${k.overdue.map((o) => o.moment).join(', ')}`);
  return parts.join('  ');
}

/** One escalation as a sentence with its evidence. */
export function escalationLine(e: Escalation, lang: StatusLanguage): string {
  const w = statusText(lang).words;
  const ev = e.evidence;
  const detail =
    ev.kind === 'benefit-behind' ? `${w.realisation} ${pct(ev.realisation)}, ${w.planned} ${pct(ev.planned)}, ${w.gap} ${pct(ev.gap)} (> ${pct(ev.threshold)})`
    : ev.kind === 'benefit-conflict' ? ev.dependencies.map((d) => `${w.dependency} ${d.benefit} ≥ ${pct(d.threshold)}, ${w.realisation} ${pct(d.realisation ?? 0)}`).join('; ')
    : ev.kind === 'gate-at-risk' ? `${ev.date}: ${ev.met}/${ev.total} ${w.criteria} ${w.met}; open: ${ev.open.join(', ')}`
    : ev.signals.map((s) => `${s.date}: ${s.note}`).join('; ');
  return `${e.text} — ${e.subject}${e.subjectName ? ` ${e.subjectName}` : ''}, ${w.since} ${e.since}: ${detail}`;
}

/** The status as Markdown: one table per section, for pasting into a stuurgroep note. */
export function statusMarkdownView(status: ProgrammeStatus, lang: StatusLanguage): string {
  const t = statusText(lang);
  const w = t.words;
  const value = valueFormat(lang);
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
    [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
  const phase = status.phase ? `, ${w.phase} ${status.phase.name}` : '';
  const out = [`# ${status.programme.name} — ${w.statusOn} ${status.asOf}`, '', `${w.month} ${status.month}${phase}; ${w.worst}: **${t.rag[status.summary.worst]}**`];

  out.push('', `## ${w.steering}`, '', table([w.name, w.norm, w.derived, w.override, w.evidence], status.steering.map((s) => [
    t.parameter[s.parameter], t.rag[s.norm], s.derived.kind === 'derived' ? t.rag[s.derived.rag] : w.manual,
    s.override ? `${t.rag[s.override.rag]}: ${s.override.rationale} (${s.override.recordedBy}, ${s.override.date})` : '',
    s.derived.reasons.map((r) => reasonText(r, lang)).join('; '),
  ])));
  if (status.escalations.length) {
    out.push('', `## ${w.escalations}`, '', table([w.rule, w.subject, w.since, w.to, w.evidence, w.acknowledged], status.escalations.map((e) => [
      e.text, `${e.subject}${e.subjectName ? ` ${e.subjectName}` : ''}`, e.since, e.to.name ?? e.to.role, escalationLine(e, lang).split(': ').slice(1).join(': '),
      e.acknowledgement ? e.acknowledgement.date : '—',
    ])));
  }
  out.push('', `## ${w.kpis}`, '', table([w.name, w.status, w.actual, w.planned, w.achievement, w.forecast, w.overdue], status.kpis.map((k) => [
    k.name, k.override ? `${t.rag[k.rag]} (${w.override}: ${k.override.rationale}, ${k.override.recordedBy}, ${k.override.date}; ${w.derived}: ${t.rag[k.derived.rag]})` : t.rag[k.rag], k.actual ? `${value(k.actual.value, k.unit)} (${k.actual.date})` : '—',
    k.plannedAtActual === undefined ? '—' : value(k.plannedAtActual, k.unit), k.achievement === undefined ? '—' : pct(k.achievement),
    k.forecast ? `${value(k.forecast.projected, k.unit)} (${k.forecast.met ? w.met : w.notMet})` : '—', k.overdue.map((o) => o.moment).join(', '),
  ])));
  out.push('', `## ${w.benefits}`, '', table([w.name, w.status, w.realisation, w.planned, 'Band', w.behind], status.benefits.map((b) => [
    `${b.benefit} ${b.name}`, t.rag[b.rag], b.realisation === undefined ? '—' : pct(b.realisation), b.plannedAtMeasurement === undefined ? '—' : pct(b.plannedAtMeasurement),
    b.band ? t.band[b.band] : '—', b.behind ? `${pct(b.gap ?? 0)}` : '',
  ])));
  out.push('', `## ${w.efforts}`, '', table([w.name, w.status, '%', w.forecast, w.slippage], status.efforts.map((e) => [
    `${e.effort} ${e.name}`, t.effort[e.state], e.percentComplete === undefined ? '—' : `${e.percentComplete}%`, e.forecastEnd, e.slippageDays ? `${e.slippageDays} ${w.days}` : '',
  ])));
  out.push('', `## ${w.gates}`, '', table([w.name, w.date, w.status, w.criteria, w.decision], status.gates.map((g) => [
    `${g.milestone} ${g.name}`, g.date, t.gate[g.state], `${g.met}/${g.total}`, g.decision ? `${t.outcome[g.decision.outcome]} (${g.decision.date})` : '',
  ])));
  if (status.notices.length) {
    out.push('', `## ${w.notices}`, '', ...status.notices.map((n) => `- ${n.records} ${n.subject}: ${n.count} × ${t.notice[n.code]} (${n.date})`));
  }
  return `${out.join('\n')}\n`;
}
