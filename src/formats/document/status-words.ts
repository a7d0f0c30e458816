import type { Escalation, KpiStatus, SteeringStatus } from '../../steer/index.js';
import { reasonText } from '../../steer/index.js';
import { percent, shortDate } from './doc-format.js';
import { rag } from './document.js';
import type { Inline, Lang } from './document.js';
import type { Messages } from './messages.js';

/**
 * What triggered an escalation, in one line: `B4: 10% gerealiseerd, 35% gepland`.
 *
 * @example escalationText(escalation, messages('nl'), 'nl') // 'M6 (30 jun 2026) over 20 dagen: 2/4 criteria voldaan'
 */
export function escalationText(e: Escalation, m: Messages, lang: Lang): string {
  const w = m.escalation;
  const subject = e.subjectName ? `${e.subject} ${e.subjectName}` : e.subject;
  const ev = e.evidence;
  const detail =
    ev.kind === 'benefit-behind' ? w.behind(percent(ev.realisation), percent(ev.planned), percent(ev.gap))
    : ev.kind === 'benefit-conflict' ? ev.dependencies.map((d) => w.conflict(d.benefit, percent(d.threshold), d.realisation === undefined ? m.common.dash : percent(d.realisation))).join('; ')
    : ev.kind === 'gate-at-risk' ? w.gate(shortDate(ev.date, lang), ev.daysUntil, ev.met, ev.total)
    : ev.signals.map((s) => `${s.note} (${shortDate(s.date, lang)})`).join('; ');
  const seen = e.acknowledgement ? ` ${w.acknowledged(shortDate(e.acknowledgement.date, lang))}` : '';
  return `${subject}: ${detail}${seen}`;
}

/** A stuurparameter's current status: the effective RAG, and beside an override the derived value it overrules. */
export function steeringCell(s: SteeringStatus, m: Messages, lang: Lang): Inline[] {
  const words = m.status;
  const derived = s.derived.kind === 'derived' ? words.rag[s.derived.rag] : words.words.manual;
  if (s.override) {
    return [
      rag(s.override.rag, capital(words.rag[s.override.rag])),
      ` (${words.words.override} ${shortDate(s.override.date, lang)}: ${s.override.rationale}; ${words.words.derived}: ${derived})`,
    ];
  }
  if (s.rag === undefined) return [rag('grijs', capital(words.words.manual))];
  return [rag(s.rag, capital(words.rag[s.rag]))];
}

/**
 * A KPI's RAG: the effective one, and beside a human judgement who gave it, when, why, and the derived
 * RAG it overrules. `labelled: false` leaves out the word "oordeel" where the text around says it.
 *
 * @example kpiRagCell(status, messages('nl'), 'nl') // Geel (oordeel, Sectormanager, 18 nov 2026: … ; afgeleid: groen)
 */
export function kpiRagCell(s: KpiStatus, m: Messages, lang: Lang, labelled = true): Inline[] {
  const words = m.status;
  if (!s.override) return [rag(s.rag, capital(words.rag[s.rag]))];
  const o = s.override;
  const who = `${labelled ? `${words.words.override}, ` : ''}${o.recordedBy}, ${shortDate(o.date, lang)}`;
  return [rag(o.rag, capital(words.rag[o.rag])), ` (${who}: ${o.rationale.replace(/[.;]\s*$/u, '')}; ${words.words.derived}: ${words.rag[s.derived.rag]})`];
}

/** The reasons behind a derived stuurparameter, as sentences. */
export function steeringReasons(s: SteeringStatus, lang: Lang): string[] {
  return s.derived.reasons.map((r) => reasonText(r, lang));
}

export const capital = (s: string): string => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);
