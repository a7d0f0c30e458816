import type { Reason, ReasonCode } from '../../../src/steer/status-types.js';
import type { Language } from './i18n.js';

/*
 * The steering engine's reason sentences. They mirror `reasonText` in src/steer/status-text.ts word for
 * word (test/web-i18n.test.ts checks it), because the dashboard bundles no core code.
 */
const REASONS: Readonly<Record<Language, Readonly<Record<ReasonCode, string>>>> = {
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

/** A reason as the sentence the CLI and reports use; an unknown code shows as the code itself. */
export function reasonSentence(reason: Reason, lang: Language): string {
  const template = REASONS[lang][reason.code] ?? reason.code;
  return template.replace(/\{(\w+)(%?)\}/g, (_, name: string, pct: string) => {
    const value = reason.values[name];
    if (value === undefined) return '?';
    if (typeof value === 'string') return value;
    return pct ? `${Math.round(value * 100)}%` : NUMBER[lang].format(value);
  });
}
