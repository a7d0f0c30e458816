import type {
  BudgetEntry, CriterionCheck, EffortProgress, EscalationAcknowledgement, EscalationSignal, GateDecision,
  Measurement, RiskEntry, SteeringOverride,
} from '../../model/index.js';
import type { RecordKind, RecordOf, RecordSpec } from './column-spec.js';
import { date, number, text } from './field-types.js';
import { checkMeasurementValue } from './measurement-value.js';
import { levelChoice, outcomeChoice, ragChoice, riskStatusChoice, yesNoChoice } from './record-choices.js';
import { effortRef, gateRef, kpiRef, manualCriterionRef, parameterRef, ruleRef, subjectRef } from './references.js';

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
    value: { nl: 'waarde', en: 'value', aliases: ['meetwaarde', 'gemeten waarde', 'measured value'], type: number({ percent: true, expected: 'a number such as 7,5 or 12%' }), presence: 'required' },
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
    percentComplete: { nl: '% gereed', en: 'percent complete', aliases: ['percentage gereed', 'percent gereed', 'voortgang', 'progress', 'complete'], type: number({ min: 0, max: 100, percent: true, expected: 'a percentage from 0 to 100, such as 75 or 75%' }), presence: 'required' },
    actualStart: { nl: 'werkelijke start', en: 'actual start', aliases: ['start', 'gestart op', 'started on'], type: date(), presence: 'optional' },
    actualEnd: { nl: 'werkelijk einde', en: 'actual end', aliases: ['werkelijk eind', 'werkelijke eind', 'einde', 'eind', 'afgerond op', 'gereed op', 'finished on', 'end'], type: date(), presence: 'optional' },
    note,
    recordedBy: recordedBy('door'),
  },
  unique: ['effort', 'date'],
  check(row) {
    const problems = [];
    if (row.actualStart && row.actualStart > row.date) problems.push({ field: 'actualStart' as const, message: `the effort starts after the date of this report (${row.date})`, expected: 'an actual start on or before the datum' });
    if (row.actualEnd && row.actualEnd > row.date) problems.push({ field: 'actualEnd' as const, message: `the effort ends after the date of this report (${row.date}); an actual end is a fact, not a forecast`, expected: 'an actual end on or before the datum' });
    if (row.actualStart && row.actualEnd && row.actualEnd < row.actualStart) problems.push({ field: 'actualEnd' as const, message: `the effort ends before it starts (${row.actualStart})`, expected: 'an actual end on or after the actual start' });
    if (row.actualEnd && row.percentComplete !== 100) problems.push({ field: 'percentComplete' as const, message: `the effort has an actual end but is ${row.percentComplete}% complete`, expected: '100 when werkelijk einde is filled in' });
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
    decidedBy: { nl: 'besloten door', en: 'decided by', aliases: ['door', 'by', 'gremium', 'forum'], type: text('who decided, such as Stuurgroep'), presence: 'required' },
    note,
  },
  unique: ['milestone', 'date'],
  check: (row) =>
    row.outcome === 'go-met-voorwaarden' && !row.conditions
      ? [{ field: 'conditions', message: 'a GO met voorwaarden needs its conditions', expected: 'the conditions of the decision' }]
      : [],
};

const checks: RecordSpec<CriterionCheck> = {
  kind: 'checks',
  sheets: ['toetsingen', 'checks', 'criteria'],
  columns: {
    criterion: { nl: 'criterium', en: 'criterion', aliases: ['criterium id', 'gate criterium', 'criterion id'], type: manualCriterionRef(), presence: 'required' },
    date: on,
    met: { nl: 'voldaan', en: 'met', aliases: ['behaald', 'akkoord'], type: yesNoChoice(), presence: 'required' },
    evidence: { nl: 'bewijs', en: 'evidence', aliases: ['bewijsstuk', 'onderbouwing'], type: text('the evidence, such as the document or decision that shows it'), presence: 'required' },
    recordedBy: recordedBy('door'),
  },
  unique: ['criterion', 'date'],
};

const risks: RecordSpec<RiskEntry> = {
  kind: 'risks',
  sheets: ['risicos', 'risico s', 'risks', 'risicolog', 'risk register'],
  columns: {
    id: { nl: 'id', en: 'id', aliases: ['risico', 'risico id', 'risk', 'risk id', 'nr', 'nummer'], type: text('a risk id such as R-01'), presence: 'required' },
    subject: { nl: 'onderwerp', en: 'subject', aliases: ['betreft', 'baat', 'inspanning'], type: subjectRef({ milestones: false }), presence: 'required' },
    description: { nl: 'omschrijving', en: 'description', aliases: ['beschrijving', 'risico omschrijving'], type: text('a description of the risk'), presence: 'required' },
    likelihood: { nl: 'kans', en: 'likelihood', aliases: ['waarschijnlijkheid', 'probability'], type: levelChoice(), presence: 'required' },
    impact: { nl: 'impact', en: 'impact', aliases: ['gevolg', 'effect'], type: levelChoice(), presence: 'required' },
    mitigation: { nl: 'beheersmaatregel', en: 'mitigation', aliases: ['beheersmaatregelen', 'maatregel', 'maatregelen', 'mitigatie'], type: text('how the risk is managed'), presence: 'default', default: '' },
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
    parameter: { nl: 'parameter', en: 'parameter', aliases: ['stuurparameter', 'steering parameter'], type: parameterRef(), presence: 'required' },
    date: on,
    rag: { nl: 'rag', en: 'rag', aliases: ['oordeel', 'kleur', 'judgement', 'colour', 'color'], type: ragChoice(), presence: 'required' },
    rationale: { nl: 'onderbouwing', en: 'rationale', aliases: ['toelichting', 'reden', 'reason', 'motivatie'], type: text('why the judgement differs from the derived status'), presence: 'required' },
    recordedBy: { ...recordedBy('door'), type: text('who recorded it'), presence: 'required' },
  },
  unique: ['parameter', 'date'],
};

const signals: RecordSpec<EscalationSignal> = {
  kind: 'signals',
  sheets: ['signalen', 'signals', 'escalaties'],
  columns: {
    rule: { nl: 'regel', en: 'rule', aliases: ['escalatieregel', 'escalation rule', 'signaal', 'signal'], type: ruleRef({ reported: true }), presence: 'required' },
    subject: { nl: 'onderwerp', en: 'subject', aliases: ['betreft', 'baat'], type: subjectRef({ milestones: false }), presence: 'required' },
    date: on,
    note: { ...note, type: text('what was signalled'), presence: 'required' },
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
    recordedBy: { ...recordedBy('door'), type: text('who recorded it'), presence: 'required' },
    note,
  },
  unique: ['rule', 'subject', 'date'],
};

const money = (nl: string, en: string, aliases: readonly string[]) =>
  ({ nl, en, aliases, type: number({ min: 0, currency: true, expected: 'an amount of at least 0, such as 125000 or € 125.000,50' }), presence: 'required' }) as const;

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
