import type { Band, DecisionOutcome, SteeringParameterId } from '../model/index.js';
import type { CriterionState, EffortState, GateState, NoticeCode, Reason, ReasonCode, StatusRag, Trend } from './status-types.js';

export type StatusLanguage = 'nl' | 'en';

/** The words every status view uses, in Dutch (default) and English. */
export interface StatusText {
  readonly rag: Readonly<Record<StatusRag, string>>;
  readonly effort: Readonly<Record<EffortState, string>>;
  readonly gate: Readonly<Record<GateState, string>>;
  readonly criterion: Readonly<Record<CriterionState, string>>;
  readonly band: Readonly<Record<Band, string>>;
  readonly parameter: Readonly<Record<SteeringParameterId, string>>;
  readonly trend: Readonly<Record<Trend['direction'], string>>;
  readonly outcome: Readonly<Record<DecisionOutcome, string>>;
  readonly notice: Readonly<Record<NoticeCode, string>>;
  readonly words: Readonly<Record<Word, string>>;
}

type Word =
  | 'statusOn' | 'month' | 'phase' | 'worst' | 'kpis' | 'benefits' | 'efforts' | 'gates' | 'escalations' | 'steering' | 'notices'
  | 'planned' | 'actual' | 'achievement' | 'forecast' | 'goal' | 'met' | 'notMet' | 'overdue' | 'noMeasurement' | 'noPlan'
  | 'realisation' | 'gap' | 'behind' | 'dependency' | 'slippage' | 'days' | 'blockedBy' | 'criteria' | 'decision' | 'since'
  | 'to' | 'acknowledged' | 'notAcknowledged' | 'derived' | 'manual' | 'override' | 'norm' | 'none' | 'records' | 'evidence'
  | 'name' | 'status' | 'subject' | 'rule' | 'date';

const NL: StatusText = {
  rag: { groen: 'groen', geel: 'geel', rood: 'rood', grijs: 'grijs' },
  effort: { planned: 'gepland', running: 'loopt', done: 'gereed', late: 'te laat' },
  gate: { open: 'open', ready: 'gereed', 'at-risk': 'in gevaar', passed: 'gepasseerd zonder besluit', decided: 'besloten' },
  criterion: { met: 'voldaan', unmet: 'niet voldaan', unknown: 'onbekend', 'at-risk': 'in gevaar' },
  band: { basis: 'Basis', groei: 'Groei', target: 'Target', borging: 'Borging' },
  parameter: { doeltreffendheid: 'Doeltreffendheid', tempo: 'Tempo', haalbaarheid: 'Haalbaarheid', wendbaarheid: 'Wendbaarheid', efficientie: 'Efficiëntie' },
  trend: { up: 'stijgend', down: 'dalend', flat: 'vlak' },
  outcome: { go: 'go', 'go-met-voorwaarden': 'go met voorwaarden', 'no-go': 'no-go', aangehouden: 'aangehouden' },
  notice: {
    'after-as-of': 'gedateerd na de peildatum; genegeerd',
    'before-start': 'gedateerd vóór de programmastart; niet gebruikt',
    'unknown-reference': 'verwijst naar iets dat het programma niet kent; genegeerd',
    'invalid-value': 'ongeldige datum of waarde; genegeerd',
  },
  words: {
    statusOn: 'Status op', month: 'maand', phase: 'fase', worst: 'slechtste', kpis: "KPI's", benefits: 'Baten', efforts: 'Inspanningen',
    gates: 'Go/no-go-momenten', escalations: 'Escalaties', steering: 'Stuurparameters', notices: 'Meldingen', planned: 'gepland',
    actual: 'actueel', achievement: 'realisatie', forecast: 'prognose', goal: 'doel', met: 'gehaald', notMet: 'niet gehaald',
    overdue: 'meting te laat', noMeasurement: 'nog geen meting', noPlan: 'nog geen plan', realisation: 'gerealiseerd', gap: 'achterstand',
    behind: 'achter op planning', dependency: 'afhankelijk van', slippage: 'uitloop', days: 'dagen', blockedBy: 'wacht op',
    criteria: 'criteria', decision: 'besluit', since: 'sinds', to: 'aan', acknowledged: 'gezien', notAcknowledged: 'nog niet gezien',
    derived: 'afgeleid', manual: 'handmatig', override: 'oordeel', norm: 'norm', none: 'geen', records: 'records', evidence: 'bewijs',
    name: 'naam', status: 'status', subject: 'onderwerp', rule: 'regel', date: 'datum',
  },
};

const EN: StatusText = {
  rag: { groen: 'green', geel: 'amber', rood: 'red', grijs: 'grey' },
  effort: { planned: 'planned', running: 'running', done: 'done', late: 'late' },
  gate: { open: 'open', ready: 'ready', 'at-risk': 'at risk', passed: 'passed without decision', decided: 'decided' },
  criterion: { met: 'met', unmet: 'not met', unknown: 'unknown', 'at-risk': 'at risk' },
  band: { basis: 'Basis', groei: 'Groei', target: 'Target', borging: 'Borging' },
  parameter: { doeltreffendheid: 'Effectiveness', tempo: 'Pace', haalbaarheid: 'Feasibility', wendbaarheid: 'Agility', efficientie: 'Efficiency' },
  trend: { up: 'rising', down: 'falling', flat: 'flat' },
  outcome: { go: 'go', 'go-met-voorwaarden': 'go with conditions', 'no-go': 'no-go', aangehouden: 'deferred' },
  notice: {
    'after-as-of': 'dated after the as-of date; ignored',
    'before-start': 'dated before the programme start; not used',
    'unknown-reference': 'refers to something the programme does not have; ignored',
    'invalid-value': 'invalid date or value; ignored',
  },
  words: {
    statusOn: 'Status on', month: 'month', phase: 'phase', worst: 'worst', kpis: 'KPIs', benefits: 'Benefits', efforts: 'Efforts',
    gates: 'Go/no-go moments', escalations: 'Escalations', steering: 'Steering parameters', notices: 'Notices', planned: 'planned',
    actual: 'actual', achievement: 'achievement', forecast: 'forecast', goal: 'goal', met: 'met', notMet: 'not met',
    overdue: 'measurement overdue', noMeasurement: 'no measurement yet', noPlan: 'no plan yet', realisation: 'realised', gap: 'gap',
    behind: 'behind plan', dependency: 'depends on', slippage: 'slippage', days: 'days', blockedBy: 'waiting for',
    criteria: 'criteria', decision: 'decision', since: 'since', to: 'to', acknowledged: 'acknowledged', notAcknowledged: 'not acknowledged',
    derived: 'derived', manual: 'manual', override: 'judgement', norm: 'norm', none: 'none', records: 'records', evidence: 'evidence',
    name: 'name', status: 'status', subject: 'subject', rule: 'rule', date: 'date',
  },
};

/** @example statusText('en').rag.geel // 'amber' */
export function statusText(lang: StatusLanguage = 'nl'): StatusText {
  return lang === 'en' ? EN : NL;
}

const REASONS: Readonly<Record<StatusLanguage, Readonly<Record<ReasonCode, string>>>> = {
  nl: {
    'kpi-achievement': 'gemiddelde realisatie van {measured} van {total} KPI\'s: {mean%}',
    'no-measurements': 'nog geen metingen ({total} KPI\'s)',
    'benefits-behind': '{count} baat/baten meer dan {threshold%} achter op planning: {ids}',
    'benefits-red': '{count} baat/baten rood: {ids}',
    'efforts-late': '{count} inspanning(en) te laat, tot {maxDays} dagen: {ids}',
    'efforts-on-schedule': 'inspanningen op schema ({recorded} van {total} met geregistreerde voortgang)',
    'gates-at-risk': '{count} go/no-go-moment(en) binnen {weeks} weken met open criteria: {ids}',
    'criteria-at-risk': '{count} criterium/criteria in gevaar: {ids}',
    'gates-undecided': '{count} gepasseerd go/no-go-moment(en) zonder besluit: {ids}',
    'risks-high': '{count} open risico(\'s) met kans × impact 9: {ids}',
    'risks-medium': '{count} risico(\'s) met kans × impact 6 zonder voldoende effect van de beheersing: {ids}',
    'dependencies-violated': 'afhankelijkheid tussen baten geschonden: {ids}',
    'efforts-blocked': '{count} inspanning(en) wachten op voorgangers: {ids}',
    'risks-none': 'geen hoge risico\'s ({open} open)',
    budget: 'budget {planned} gepland, {spent} besteed ({spentShare%} van plan)',
    'no-inputs': 'geen invoer in het model: handmatig beoordelen',
    'kpis-overridden': '{count} KPI(\'s) met een oordeel dat afwijkt van de afgeleide kleur: {ids}',
  },
  en: {
    'kpi-achievement': 'mean achievement of {measured} of {total} KPIs: {mean%}',
    'no-measurements': 'no measurements yet ({total} KPIs)',
    'benefits-behind': '{count} benefit(s) more than {threshold%} behind plan: {ids}',
    'benefits-red': '{count} benefit(s) red: {ids}',
    'efforts-late': '{count} effort(s) late, up to {maxDays} days: {ids}',
    'efforts-on-schedule': 'efforts on schedule ({recorded} of {total} with recorded progress)',
    'gates-at-risk': '{count} go/no-go moment(s) within {weeks} weeks with open criteria: {ids}',
    'criteria-at-risk': '{count} criteria at risk: {ids}',
    'gates-undecided': '{count} passed go/no-go moment(s) without a decision: {ids}',
    'risks-high': '{count} open risk(s) scoring 9 (likelihood × impact): {ids}',
    'risks-medium': '{count} risk(s) scoring 6 whose mitigation is not working: {ids}',
    'dependencies-violated': 'benefit dependency violated: {ids}',
    'efforts-blocked': '{count} effort(s) waiting for predecessors: {ids}',
    'risks-none': 'no high risks ({open} open)',
    budget: 'budget {planned} planned, {spent} spent ({spentShare%} of plan)',
    'no-inputs': 'no inputs in the model: judge manually',
    'kpis-overridden': '{count} KPI(s) judged differently from their derived RAG: {ids}',
  },
};

const NUMBER = { nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }) };

/** A percentage as the views show it: `0.873` → `87%`. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * A reason as a sentence; `{name}` takes the value, `{name%}` shows a share as a percentage.
 *
 * @example reasonText({ code: 'no-measurements', values: { total: 12 } }, 'en') // 'no measurements yet (12 KPIs)'
 */
export function reasonText(reason: Reason, lang: StatusLanguage = 'nl'): string {
  return REASONS[lang][reason.code].replace(/\{(\w+)(%?)\}/g, (_, name: string, pct: string) => {
    const value = reason.values[name];
    if (value === undefined) return '?';
    if (typeof value === 'string') return value;
    return pct ? percent(value) : NUMBER[lang].format(value);
  });
}
