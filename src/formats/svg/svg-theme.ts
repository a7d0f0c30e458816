import type { RoadmapState } from '../../plan/index.js';

/**
 * Colours of the SVG roadmap. Every bar colour has at least 3:1 contrast with the white background
 * (WCAG 1.4.11) and every text colour at least 4.5:1 with what it is drawn on (WCAG 1.4.3);
 * `svg-theme.test.ts` checks both.
 */
export const THEME = {
  background: '#FFFFFF',
  ink: '#0F172A',
  text: '#1F2937',
  muted: '#4B5563',
  faint: '#6B7280',
  headerFill: '#F1F5F9',
  bandFill: '#E8EEF5',
  zebra: '#F8FAFC',
  phaseTint: '#F4F7FB',
  gridMonth: '#E5E9F0',
  gridQuarter: '#CBD3DE',
  gridYear: '#94A3B8',
  milestone: '#334155',
  milestoneLine: '#94A3B8',
  asOf: '#0B3D91',
  onDark: '#FFFFFF',
  phases: ['#1E3A5F', '#2B5C8A', '#3D6E9E', '#4A5D7E'] as const,
} as const;

/** Bar colour per state; `undefined` is an effort whose state is not judged (no progress known). */
export const STATE_COLOUR: Readonly<Record<RoadmapState | 'none', string>> = {
  done: '#2E7D32',
  running: '#1565C0',
  planned: '#5E7387',
  'at-risk': '#A86100',
  late: '#C62828',
  none: '#34577E',
};

/** Planned work is drawn as an outline on this fill. */
export const PLANNED_FILL = '#FFFFFF';

/** Light stripe colour of ongoing (doorlopend) bars, per state. */
export const STRIPE_TINT: Readonly<Record<RoadmapState | 'none', string>> = {
  done: '#C8E6C9',
  running: '#C5DAF3',
  planned: '#FFFFFF',
  'at-risk': '#F7DDB5',
  late: '#F5C6C6',
  none: '#CBD8E6',
};

/** The words of the SVG roadmap in each language. */
export const SVG_TEXT = {
  nl: {
    title: (name: string) => `Roadmap ${name}`,
    months: (n: number) => `${n} maanden`,
    asOf: 'vandaag',
    standing: (date: string) => `stand ${date}`,
    phase: (n: number, name: string) => `Fase ${n} · ${name}`,
    monthNames: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    monthShort: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    states: { done: 'Gereed', running: 'Loopt', planned: 'Gepland', 'at-risk': 'Risico', late: 'Te laat' },
    project: 'Projectmatig',
    ongoing: 'Doorlopend',
    milestone: 'Mijlpaal',
    gate: 'Go/no-go-moment',
    illustrative: 'illustratief',
    notJudged: 'geen status',
    efforts: (n: number) => `${n} inspanning${n === 1 ? '' : 'en'}`,
    domains: (n: number) => `${n} domein${n === 1 ? '' : 'en'}`,
    milestones: (n: number) => `${n} ${n === 1 ? 'mijlpaal' : 'mijlpalen'}`,
    legend: 'Legenda',
    effortColumn: 'INSPANNING',
    milestoneColumn: 'MIJLPALEN',
  },
  en: {
    title: (name: string) => `Roadmap ${name}`,
    months: (n: number) => `${n} months`,
    asOf: 'today',
    standing: (date: string) => `as of ${date}`,
    phase: (n: number, name: string) => `Phase ${n} · ${name}`,
    monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    states: { done: 'Done', running: 'Running', planned: 'Planned', 'at-risk': 'At risk', late: 'Late' },
    project: 'Project-based',
    ongoing: 'Ongoing',
    milestone: 'Milestone',
    gate: 'Go/no-go gate',
    illustrative: 'illustrative',
    notJudged: 'no status',
    efforts: (n: number) => `${n} effort${n === 1 ? '' : 's'}`,
    domains: (n: number) => `${n} domain${n === 1 ? '' : 's'}`,
    milestones: (n: number) => `${n} milestone${n === 1 ? '' : 's'}`,
    legend: 'Legend',
    effortColumn: 'EFFORT',
    milestoneColumn: 'MILESTONES',
  },
} as const;

export type SvgText = (typeof SVG_TEXT)[keyof typeof SVG_TEXT];

/** `'2026-03-15'` → `15 mrt 2026` / `15 Mar 2026`. */
export function shortDate(text: SvgText, date: string): string {
  return `${Number(date.slice(8, 10))} ${text.monthShort[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** `FUNDAMENT` → `Fundament`; mixed-case names stay as written. */
export function displayName(name: string): string {
  return name === name.toLocaleUpperCase('nl') ? name.charAt(0) + name.slice(1).toLocaleLowerCase('nl') : name;
}
