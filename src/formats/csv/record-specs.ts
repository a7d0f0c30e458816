import type {
  BudgetEntry, CriterionCheck, EffortProgress, EscalationAcknowledgement, EscalationSignal, GateDecision,
  Measurement, RiskEntry, SteeringOverride,
} from '../../model/index.js';
import { message } from '../messages/index.js';
import type { Message } from '../messages/index.js';
import type { RecordKind, RecordOf, RecordSpec } from './column-spec.js';
import { date, number, text } from './field-types.js';
import { checkMeasurementValue } from './measurement-value.js';
import { said } from './record-error.js';
import { levelChoice, outcomeChoice, ragChoice, riskStatusChoice, yesNoChoice } from './record-choices.js';
import { overrideSubjectRef } from './override-subject.js';
import { effortRef, gateRef, kpiRef, manualCriterionRef, ruleRef, subjectRef } from './references.js';

/** A problem found across the columns of a row, as English text and catalogue messages. */
const problem = <F extends string>(field: F, what: Message, expected: Message) => ({ field, ...said(what, expected) });

const NOTE = ['opmerking', 'opmerkingen', 'notes', 'comment', 'comments', 'remark'] as const;
const BY = ['door', 'ingevoerd door', 'by', 'recorded by', 'ingevuld door', 'entered by'] as const;
const DATE = ['peildatum', 'as of'] as const;

const note = { nl: 'toelichting', en: 'note', aliases: NOTE, type: text(), presence: 'optional' } as const;
const recordedBy = (nl: string) => ({ nl, en: 'recorded by', aliases: BY, type: text(), presence: 'optional' }) as const;
const on = { nl: 'datum', en: 'date', aliases: DATE, type: date(), presence: 'required' } as const;

const measurements: RecordSpec<Measurement> = {
  kind: 'measurements',
  sheets: ['metingen', 'meting', 'measurements', 'kpi metingen'],
  columns: {
    kpi: { nl: 'kpi', en: 'kpi', aliases: ['indicator', 'kpi id', 'kpi naam', 'kpi name'], type: kpiRef(), presence: 'required' },
    date: { ...on, aliases: [...DATE, 'meetdatum', 'measured on'] },
    value: { nl: 'waarde', en: 'value', aliases: ['meetwaarde', 'gemeten waarde', 'measured value'], type: number({ percent: true, expected: message('expect.number-or-percent', {}) }), presence: 'required' },
    source: { nl: 'bron', en: 'source', aliases: ['databron', 'data source'], type: text(), presence: 'optional' },
    note,
    recordedBy: recordedBy('ingevoerd door'),
  },
  unique: ['kpi', 'date'],
  check: checkMeasurementValue,
};

const progress: RecordSpec<EffortProgress> = {
  kind: 'progress',
  sheets: ['voortgang', 'progress', 'inspanningen'],
  columns: {
    effort: { nl: 'inspanning', en: 'effort', aliases: ['effort id', 'inspanning id', 'activiteit', 'project'], type: effortRef(), presence: 'required' },
    date: on,
    percentComplete: { nl: '% gereed', en: 'percent complete', aliases: ['percentage gereed', 'percent gereed', 'voortgang', 'progress', 'complete'], type: number({ min: 0, max: 100, percent: true, expected: message('expect.percent-complete', {}) }), presence: 'required' },
    actualStart: { nl: 'werkelijke start', en: 'actual start', aliases: ['start', 'gestart op', 'started on'], type: date(), presence: 'optional' },
    actualEnd: { nl: 'werkelijk einde', en: 'actual end', aliases: ['werkelijk eind', 'werkelijke eind', 'einde', 'eind', 'afgerond op', 'gereed op', 'finished on', 'end'], type: date(), presence: 'optional' },
    note,
    recordedBy: recordedBy('door'),
  },
  unique: ['effort', 'date'],
  check(row) {
    const problems = [];
    if (row.actualStart && row.actualStart > row.date) problems.push(problem('actualStart', message('progress.start-after-date', { date: row.date }), message('expect.start-by-date', {})));
    if (row.actualEnd && row.actualEnd > row.date) problems.push(problem('actualEnd', message('progress.end-after-date', { date: row.date }), message('expect.end-by-date', {})));
    if (row.actualStart && row.actualEnd && row.actualEnd < row.actualStart) problems.push(problem('actualEnd', message('progress.end-before-start', { start: row.actualStart }), message('expect.end-after-start', {})));
    if (row.actualEnd && row.percentComplete !== 100) problems.push(problem('percentComplete', message('progress.ended-not-complete', { percent: row.percentComplete }), message('expect.complete-when-ended', {})));
    return problems;
  },
};

const decisions: RecordSpec<GateDecision> = {
  kind: 'decisions',
  sheets: ['besluiten', 'decisions', 'go no go'],
  columns: {
    milestone: { nl: 'mijlpaal', en: 'milestone', aliases: ['gate', 'go no go moment', 'beslismoment'], type: gateRef(), presence: 'required' },
    date: { ...on, aliases: [...DATE, 'besluitdatum', 'decided on'] },
    outcome: { nl: 'besluit', en: 'decision', aliases: ['uitkomst', 'outcome'], type: outcomeChoice(), presence: 'required' },
    conditions: { nl: 'voorwaarden', en: 'conditions', aliases: ['voorwaarde', 'condition'], type: text(), presence: 'optional' },
    decidedBy: { nl: 'besloten door', en: 'decided by', aliases: ['door', 'by', 'gremium', 'forum'], type: text(message('expect.decided-by', {})), presence: 'required' },
    note,
  },
  unique: ['milestone', 'date'],
  check: (row) =>
    row.outcome === 'go-met-voorwaarden' && !row.conditions
      ? [problem('conditions', message('decision.conditions-needed', {}), message('expect.conditions', {}))]
      : [],
};

const checks: RecordSpec<CriterionCheck> = {
  kind: 'checks',
  sheets: ['toetsingen', 'checks', 'criteria'],
  columns: {
    criterion: { nl: 'criterium', en: 'criterion', aliases: ['criterium id', 'gate criterium', 'criterion id'], type: manualCriterionRef(), presence: 'required' },
    date: on,
    met: { nl: 'voldaan', en: 'met', aliases: ['behaald', 'akkoord'], type: yesNoChoice(), presence: 'required' },
    evidence: { nl: 'bewijs', en: 'evidence', aliases: ['bewijsstuk', 'onderbouwing'], type: text(message('expect.evidence', {})), presence: 'required' },
    recordedBy: recordedBy('door'),
  },
  unique: ['criterion', 'date'],
};

const risks: RecordSpec<RiskEntry> = {
  kind: 'risks',
  sheets: ['risicos', 'risico s', 'risks', 'risicolog', 'risk register'],
  columns: {
    id: { nl: 'id', en: 'id', aliases: ['risico', 'risico id', 'risk', 'risk id', 'nr', 'nummer'], type: text(message('expect.risk-id', {})), presence: 'required' },
    subject: { nl: 'onderwerp', en: 'subject', aliases: ['betreft', 'baat', 'inspanning'], type: subjectRef({ milestones: false }), presence: 'required' },
    description: { nl: 'omschrijving', en: 'description', aliases: ['beschrijving', 'risico omschrijving'], type: text(message('expect.risk-description', {})), presence: 'required' },
    likelihood: { nl: 'kans', en: 'likelihood', aliases: ['waarschijnlijkheid', 'probability'], type: levelChoice(), presence: 'required' },
    impact: { nl: 'impact', en: 'impact', aliases: ['gevolg', 'effect'], type: levelChoice(), presence: 'required' },
    mitigation: { nl: 'beheersmaatregel', en: 'mitigation', aliases: ['beheersmaatregelen', 'maatregel', 'maatregelen', 'mitigatie'], type: text(message('expect.mitigation', {})), presence: 'default', default: '' },
    status: { nl: 'status', en: 'status', aliases: [], type: riskStatusChoice(), presence: 'default', default: 'open' },
    date: on,
    recordedBy: recordedBy('door'),
  },
  unique: ['id', 'date'],
};

const overrides: RecordSpec<SteeringOverride> = {
  kind: 'overrides',
  sheets: ['overrides', 'oordelen', 'bijsturing'],
  columns: {
    // One column for a stuurparameter or a KPI; files written before KPI overrides head it "parameter".
    subject: { nl: 'onderwerp', en: 'subject', aliases: ['parameter', 'stuurparameter', 'steering parameter', 'kpi', 'indicator', 'betreft'], type: overrideSubjectRef(), presence: 'required' },
    date: on,
    rag: { nl: 'rag', en: 'rag', aliases: ['oordeel', 'kleur', 'judgement', 'colour', 'color'], type: ragChoice(), presence: 'required' },
    rationale: { nl: 'onderbouwing', en: 'rationale', aliases: ['toelichting', 'reden', 'reason', 'motivatie'], type: text(message('expect.rationale', {})), presence: 'required' },
    recordedBy: { ...recordedBy('door'), type: text(message('expect.recorded-by', {})), presence: 'required' },
  },
  unique: ['subject', 'date'],
};

const signals: RecordSpec<EscalationSignal> = {
  kind: 'signals',
  sheets: ['signalen', 'signals', 'escalaties'],
  columns: {
    rule: { nl: 'regel', en: 'rule', aliases: ['escalatieregel', 'escalation rule', 'signaal', 'signal'], type: ruleRef({ reported: true }), presence: 'required' },
    subject: { nl: 'onderwerp', en: 'subject', aliases: ['betreft', 'baat'], type: subjectRef({ milestones: false }), presence: 'required' },
    date: on,
    note: { ...note, type: text(message('expect.signal-note', {})), presence: 'required' },
    recordedBy: recordedBy('door'),
  },
  unique: ['rule', 'subject', 'date'],
};

const acknowledgements: RecordSpec<EscalationAcknowledgement> = {
  kind: 'acknowledgements',
  sheets: ['kennisnames', 'gezien', 'acknowledgements'],
  columns: {
    rule: { nl: 'regel', en: 'rule', aliases: ['escalatieregel', 'escalation rule'], type: ruleRef({ reported: false }), presence: 'required' },
    subject: { nl: 'onderwerp', en: 'subject', aliases: ['betreft'], type: subjectRef({ milestones: true }), presence: 'required' },
    date: on,
    recordedBy: { ...recordedBy('door'), type: text(message('expect.recorded-by', {})), presence: 'required' },
    note,
  },
  unique: ['rule', 'subject', 'date'],
};

const money = (nl: string, en: string, aliases: readonly string[]) =>
  ({ nl, en, aliases, type: number({ min: 0, currency: true, expected: message('expect.amount', {}) }), presence: 'required' }) as const;

const budget: RecordSpec<BudgetEntry> = {
  kind: 'budget',
  sheets: ['budget', 'begroting'],
  columns: {
    date: { ...on, aliases: [...DATE, 'tot en met', 'up to'] },
    planned: money('gepland', 'planned', ['begroot', 'begroting', 'planned budget']),
    spent: money('besteed', 'spent', ['uitgegeven', 'realisatie', 'actual']),
  },
  unique: ['date'],
};

/** The column spec of every record kind; the reader and writers work from these alone. */
export const RECORD_SPECS: { readonly [K in RecordKind]: RecordSpec<RecordOf<K>> } = {
  measurements, progress, decisions, checks, risks, overrides, signals, acknowledgements, budget,
};

/** Record kinds in the order their files are listed. */
export const RECORD_KINDS: readonly RecordKind[] = Object.keys(RECORD_SPECS) as RecordKind[];
