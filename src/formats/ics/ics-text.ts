import type { Frequency } from '../../model/index.js';
import type { AgendaEvent } from '../../reports/index.js';

/** The calendar's words; the programme's own texts are shown as written. */
export interface IcsText {
  readonly calendar: (name: string) => string;
  readonly calendarDescription: (name: string, organisation: string) => string;
  readonly gate: (id: string, name: string, programme: string) => string;
  readonly milestone: (id: string, name: string, programme: string) => string;
  readonly kpiMoment: (moment: string, programme: string) => string;
  readonly meeting: (forum: string, frequency: string, programme: string) => string;
  readonly criteria: string;
  readonly kpis: string;
  readonly frequency: Readonly<Record<Frequency, string>>;
  readonly category: Readonly<Record<AgendaEvent['kind'], string>>;
}

/** The words of the calendar in each language. */
export const ICS_TEXT: Readonly<Record<'nl' | 'en', IcsText>> = {
  nl: {
    calendar: (name: string) => `Programma ${name}`,
    calendarDescription: (name: string, organisation: string) => `Go/no-go-momenten, KPI-meetmomenten en overleggen van programma ${name} (${organisation}), gemaakt door Koers.`,
    gate: (id: string, name: string, programme: string) => `Go/no-go ${id}: ${name} (${programme})`,
    milestone: (id: string, name: string, programme: string) => `Mijlpaal ${id}: ${name} (${programme})`,
    kpiMoment: (moment: string, programme: string) => `KPI-meetmoment ${moment} (${programme})`,
    meeting: (forum: string, frequency: string, programme: string) => `${forum}, ${frequency} overleg (${programme})`,
    criteria: 'Criteria',
    kpis: "KPI's",
    frequency: { wekelijks: 'wekelijks', maandelijks: 'maandelijks', 'per-kwartaal': 'driemaandelijks', halfjaarlijks: 'halfjaarlijks' },
    category: { gate: 'Go/no-go', 'kpi-moment': 'KPI-meting', cadence: 'Overleg' },
  },
  en: {
    calendar: (name: string) => `Programme ${name}`,
    calendarDescription: (name: string, organisation: string) => `Go/no-go moments, KPI measurement moments and meetings of programme ${name} (${organisation}), made by Koers.`,
    gate: (id: string, name: string, programme: string) => `Go/no-go ${id}: ${name} (${programme})`,
    milestone: (id: string, name: string, programme: string) => `Milestone ${id}: ${name} (${programme})`,
    kpiMoment: (moment: string, programme: string) => `KPI measurement ${moment} (${programme})`,
    meeting: (forum: string, frequency: string, programme: string) => `${forum}, ${frequency} meeting (${programme})`,
    criteria: 'Criteria',
    kpis: 'KPIs',
    frequency: { wekelijks: 'weekly', maandelijks: 'monthly', 'per-kwartaal': 'quarterly', halfjaarlijks: 'half-yearly' },
    category: { gate: 'Go/no-go', 'kpi-moment': 'KPI measurement', cadence: 'Meeting' },
  },
};
