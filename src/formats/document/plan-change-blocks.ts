import { daysBetween } from '../../calendar/index.js';
import type { IsoDate } from '../../calendar/index.js';
import type { EffortChange, GateChange, KpiTargetChange, TargetValue } from '../../plan/index.js';
import type { SteeringReport } from '../../reports/index.js';
import { planValue, shortDate } from './doc-format.js';
import { heading, list, paragraph, strong } from './document.js';
import type { Block, Lang, Text } from './document.js';
import type { Messages } from './messages.js';

/** The plan diff as readable lists: rescheduled efforts, changed KPI targets, moved gates and criteria. */
export function planChangeBlocks(report: SteeringReport, m: Messages, lang: Lang): Block[] {
  const t = m.steering;
  const diff = report.planChanges;
  if (!diff) return [paragraph(t.noPreviousPlan)];
  if (!diff.efforts.length && !diff.kpiTargets.length && !diff.gateCriteria.length) return [paragraph(t.noPlanChanges)];
  const blocks: Block[] = [];
  if (diff.efforts.length) blocks.push(heading(3, m.status.words.efforts), list(diff.efforts.map((c) => effortLine(c, m, lang))));
  if (diff.kpiTargets.length) blocks.push(heading(3, t.kpiTargets), list(diff.kpiTargets.map((c) => kpiLine(c, report, m, lang))));
  if (diff.gateCriteria.length) blocks.push(heading(3, t.gateCriteria), list(diff.gateCriteria.map((c) => gateLine(c, m, lang))));
  return blocks;
}

const span = (from: IsoDate, to: IsoDate, lang: Lang) => `${shortDate(from, lang)} – ${shortDate(to, lang)}`;
const shift = (before: IsoDate, after: IsoDate, m: Messages) => {
  const days = daysBetween(before, after);
  return days === 0 ? '' : ` (${days > 0 ? '+' : ''}${days} ${m.status.words.days})`;
};

function effortLine(c: EffortChange, m: Messages, lang: Lang): Text {
  const t = m.steering;
  switch (c.kind) {
    case 'effort-added':
      return [strong(`${c.effort} ${c.name}`), `: ${t.added} (${span(c.start, c.end, lang)})`];
    case 'effort-removed':
      return [strong(`${c.effort} ${c.name}`), `: ${t.removed} (${span(c.start, c.end, lang)})`];
    case 'effort-rescheduled':
      return [strong(`${c.effort} ${c.name}`), `: ${span(c.before.start, c.before.end, lang)} → ${span(c.after.start, c.after.end, lang)}${shift(c.before.end, c.after.end, m)}`];
  }
}

function kpiLine(c: KpiTargetChange, report: SteeringReport, m: Messages, lang: Lang): Text {
  const t = m.steering;
  const kpi = report.programme.kpis.find((k) => k.id === c.kpi);
  const v = (x: TargetValue) => (kpi ? planValue(kpi.unit, x, lang) : x.label ?? String(x.value));
  switch (c.kind) {
    case 'kpi-added':
      return [strong(c.name), `: ${t.added}`];
    case 'kpi-removed':
      return [strong(c.name), `: ${t.removed}`];
    case 'target-added':
      return [strong(`${c.name} ${c.moment}`), `: ${t.added} (${v(c.after)})`];
    case 'target-removed':
      return [strong(`${c.name} ${c.moment}`), `: ${t.removed} (${v(c.before)})`];
    case 'target-changed':
      return [strong(`${c.name} ${c.moment}`), `: ${v(c.before)} → ${v(c.after)}`];
    case 'goal-changed':
      return [
        strong(`${c.name} ${m.framework.goal.toLocaleLowerCase(lang)}`),
        `: ${v({ ...c.before, measured: true })} (M${c.before.deadline}) → ${v({ ...c.after, measured: true })} (M${c.after.deadline})`,
      ];
  }
}

function gateLine(c: GateChange, m: Messages, lang: Lang): Text {
  const t = m.steering;
  switch (c.kind) {
    case 'gate-added':
      return [strong(`${c.milestone} ${c.name}`), `: ${t.added} (${shortDate(c.date, lang)}; ${c.criteria.join('; ')})`];
    case 'gate-removed':
      return [strong(`${c.milestone} ${c.name}`), `: ${t.removed}`];
    case 'gate-moved':
      return [strong(`${c.milestone} ${c.name}`), `: ${shortDate(c.before, lang)} → ${shortDate(c.after, lang)}${shift(c.before, c.after, m)}`];
    case 'criterion-added':
      return [strong(c.criterion), `: ${t.added} "${c.text}"`];
    case 'criterion-removed':
      return [strong(c.criterion), `: ${t.removed} "${c.text}"`];
    case 'criterion-changed':
      return [strong(c.criterion), `: "${c.before}" → "${c.after}"`];
  }
}
