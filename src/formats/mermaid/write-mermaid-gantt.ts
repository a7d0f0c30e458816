import type { IsoDate } from '../../calendar/index.js';
import type { Programme } from '../../model/index.js';
import type { RoadmapState } from '../../plan/index.js';
import { KOERS_ID_COMMENT, mermaidIds } from './mermaid-ids.js';
import { escapeLineText, escapeTaskTitle } from './mermaid-text.js';

/** Mermaid's status tags for a task; the steering engine decides them. */
export type MermaidTaskState = 'done' | 'active' | 'crit' | 'active-crit' | 'done-crit';

export interface MermaidGanttOptions {
  /** The as-of date, drawn as a `vert` line; Mermaid's own today marker is switched off. */
  readonly asOf?: IsoDate | undefined;
  /** Tags per effort or milestone id; roadmap states (`running`, `late` …) are translated. */
  readonly states?:
    | ReadonlyMap<string, MermaidTaskState | RoadmapState>
    | Readonly<Record<string, MermaidTaskState | RoadmapState>>
    | undefined;
  readonly lang?: 'nl' | 'en';
}

const TEXT = {
  nl: {
    title: (name: string, months: number) => `Roadmap ${name} (${months} maanden)`,
    description: (efforts: number, sections: number, milestones: number, from: IsoDate, to: IsoDate) =>
      `${efforts} inspanningen in ${sections} secties en ${milestones} mijlpalen, van ${from} tot en met ${to}`,
    milestones: 'MIJLPALEN',
    asOf: 'Peildatum',
  },
  en: {
    title: (name: string, months: number) => `Roadmap ${name} (${months} months)`,
    description: (efforts: number, sections: number, milestones: number, from: IsoDate, to: IsoDate) =>
      `${efforts} efforts in ${sections} sections and ${milestones} milestones, from ${from} to ${to}`,
    milestones: 'MILESTONES',
    asOf: 'Status date',
  },
} as const;

const TAGS: Record<MermaidTaskState | RoadmapState, string> = {
  done: 'done, ',
  active: 'active, ',
  crit: 'crit, ',
  'active-crit': 'active, crit, ',
  'done-crit': 'done, crit, ',
  running: 'active, ',
  late: 'crit, ',
  'at-risk': 'active, crit, ',
  planned: '',
};

/** The id of the as-of line; Koers ids start with a letter, so no task can have it. */
export const AS_OF_ID = '_asof';
const INDENT = '    ';
const TITLE_COLUMN = 36;

/**
 * The programme as a Mermaid Gantt chart that Mermaid 11 draws with exactly the model's dates:
 * dates as YYYY-MM-DD with `inclusiveEndDates`, so an effort's bar covers its last day, and every
 * milestone on the last day of its month. One section per domain that has efforts, after a
 * section of milestones. Ids Mermaid cannot use are renamed and recorded in `%% koers-id` comments.
 *
 * @example
 * writeMermaidGantt(programme, { asOf: '2026-05-15', lang: 'nl' })
 * // 'gantt\n    title Roadmap Klant in Beeld (18 maanden)\n …\n    MT-sessie GO/NO-GO :FUN-01, 2026-01-01, 2026-01-31\n …'
 */
export function writeMermaidGantt(programme: Programme, options: MermaidGanttOptions = {}): string {
  const { asOf, states, lang = 'nl' } = options;
  const t = TEXT[lang];
  const ids = mermaidIds(programme);
  const stateOf = (id: string): string => {
    let state: MermaidTaskState | RoadmapState | undefined;
    if (states instanceof Map) state = (states as ReadonlyMap<string, MermaidTaskState | RoadmapState>).get(id);
    else if (states && Object.hasOwn(states, id)) state = (states as Readonly<Record<string, MermaidTaskState | RoadmapState>>)[id];
    return state === undefined ? '' : TAGS[state];
  };
  const sections = programme.domains
    .map((domain) => ({ domain, efforts: programme.efforts.filter((e) => e.domain === domain.id) }))
    .filter((s) => s.efforts.length > 0);
  const showAsOf = asOf !== undefined && asOf >= programme.startDate && asOf <= programme.endDate;

  const lines = [
    'gantt',
    `${INDENT}title ${escapeLineText(t.title(programme.name, programme.horizon))}`,
    `${INDENT}accTitle: ${escapeLineText(t.title(programme.name, programme.horizon))}`,
    `${INDENT}accDescr: ${escapeLineText(t.description(programme.efforts.length, sections.length, programme.milestones.length, programme.startDate, programme.endDate))}`,
    `${INDENT}dateFormat YYYY-MM-DD`,
    `${INDENT}axisFormat %b %Y`,
    `${INDENT}inclusiveEndDates`,
    ...(asOf !== undefined ? [`${INDENT}todayMarker off`] : []),
    ...[...ids.changed].map(([mermaid, koers]) => `${INDENT}%% ${KOERS_ID_COMMENT} ${mermaid} ${koers}`),
  ];
  const task = (title: string, fallback: string, data: string) => {
    const text = escapeTaskTitle(title) || escapeTaskTitle(fallback);
    return `${INDENT}${text.padEnd(TITLE_COLUMN)} :${data}`;
  };

  if (programme.milestones.length > 0 || showAsOf) {
    lines.push('', `${INDENT}section ${t.milestones}`);
    for (const m of programme.milestones) {
      lines.push(task(m.name, m.id, `${stateOf(m.id)}milestone, ${ids.milestones.get(m.id)}, ${m.date}, 0d`));
    }
    if (showAsOf) lines.push(task(`${t.asOf} ${asOf}`, AS_OF_ID, `vert, ${AS_OF_ID}, ${asOf}, 0d`));
  }
  for (const { domain, efforts } of sections) {
    lines.push('', `${INDENT}section ${escapeLineText(domain.name.toUpperCase()) || escapeLineText(domain.id)}`);
    for (const e of efforts) lines.push(task(e.name, e.id, `${stateOf(e.id)}${ids.efforts.get(e.id)}, ${e.start}, ${e.end}`));
  }
  return `${lines.join('\n')}\n`;
}
