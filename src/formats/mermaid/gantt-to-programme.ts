import type { z } from 'zod';
import { lastDayOfMonth, monthsBetween, programmeMonthOf, yearMonthOf } from '../../calendar/index.js';
import type { IsoDate } from '../../calendar/index.js';
import type { programmeFileSchema } from '../../model/file/index.js';
import type { GanttChart, GanttIssue, GanttTask } from './gantt-chart.js';
import { koersIdsFromComments } from './mermaid-ids.js';

/** A programme file as plain data, before the schema fills in defaults. */
export type ProgrammeFileInput = z.input<typeof programmeFileSchema>;

/** Marks every value the user still has to fill in. */
export const PLACEHOLDER = 'TE VULLEN';
const MAX_HORIZON = 120;
const KOERS_ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export interface GanttImportOptions {
  /** `sections`: one domain per section; `single`: every effort in one domain. */
  readonly domainFrom?: 'sections' | 'single';
  /** Name of the programme when the chart has no title, such as the file name. */
  readonly fallbackName: string;
}

export interface ProgrammeSkeleton {
  readonly file: ProgrammeFileInput | undefined;
  /** What Mermaid showed that the programme file has no field for (tags, links), by `efforts/<id>` or `milestones/<id>`. */
  readonly notes: ReadonlyMap<string, string>;
  readonly warnings: readonly GanttIssue[];
  readonly errors: readonly GanttIssue[];
}

const STEERING = {
  doeltreffendheid: 'Worden de beoogde baten en doelen gerealiseerd?',
  tempo: 'Verloopt de realisatie volgens de planning?',
  haalbaarheid: "Zijn de doelen met de beschikbare middelen en de risico's nog haalbaar?",
  wendbaarheid: 'Kan het programma bijsturen wanneer de omgeving verandert?',
  efficientie: 'Staan de inzet van middelen en de opbrengst in verhouding?',
} as const;

/** `FASE 1: Fundament` → `fase-1-fundament`. */
export function slug(text: string, fallback: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(s) ? s : s ? `${fallback}-${s}` : fallback;
}

function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * A programme file skeleton from a chart: sections become domains, tasks efforts, milestones and
 * `vert` lines milestones (in the month they fall in; `vert` lines are not go/no-go moments). The
 * programme starts in the chart's first month and lasts the months the chart spans. Fields a chart
 * cannot supply are filled with defaults or "TE VULLEN", so that the file validates.
 */
export function ganttToProgramme(chart: GanttChart, options: GanttImportOptions): ProgrammeSkeleton {
  const warnings: GanttIssue[] = [];
  const notes = new Map<string, string>();
  const efforts = chart.tasks.filter((t) => t.kind === 'task');
  if (efforts.length === 0) return { file: undefined, notes, warnings, errors: [{ line: 1, message: 'the chart has no tasks to import as efforts' }] };

  const days = chart.tasks.flatMap((t) => [t.start, t.end]).sort();
  const start = yearMonthOf(days[0]!);
  const horizon = monthsBetween(start, yearMonthOf(days.at(-1)!)) + 1;
  if (horizon > MAX_HORIZON) {
    return { file: undefined, notes, warnings, errors: [{ line: 1, message: `the chart spans ${horizon} months (${days[0]} – ${days.at(-1)}); a Koers programme lasts at most ${MAX_HORIZON} months` }] };
  }

  const written = koersIdsFromComments(chart.comments);
  const koersIds = (tasks: readonly GanttTask[]) => {
    const used = new Set<string>();
    return new Map(tasks.map((t) => {
      const wanted = written.get(t.id) ?? t.id;
      const id = unique(KOERS_ID.test(wanted) ? wanted : slug(wanted, 'T').replace(/^t-/, 'T-'), used);
      if (id !== wanted) warnings.push({ line: t.line, message: `task id "${t.id}" is not a Koers id; it is imported as "${id}"` });
      return [t.id, id] as const;
    }));
  };
  const effortIds = koersIds(efforts);
  const markers = chart.tasks.filter((t) => t.kind !== 'task');
  const markerIds = koersIds(markers);

  const domainIds = new Map<string, { id: string; name: string }>();
  const usedDomains = new Set<string>();
  const domainOf = (section: string) => {
    const key = options.domainFrom === 'single' ? '' : section;
    let domain = domainIds.get(key);
    if (!domain) {
      const name = options.domainFrom === 'single' ? 'Roadmap' : section || 'Algemeen';
      domain = { id: unique(slug(name, 'domein'), usedDomains), name };
      domainIds.set(key, domain);
    }
    return domain.id;
  };

  const effortList = efforts.map((t) => {
    const id = effortIds.get(t.id)!;
    const before = [...t.after, ...(t.previous === undefined ? [] : [t.previous])];
    const dependsOn = [...new Set(before.flatMap((ref) => (effortIds.has(ref) ? [effortIds.get(ref)!] : [])))].filter((d) => d !== id);
    note(notes, `efforts/${id}`, t);
    return { id, name: t.title || id, domain: domainOf(t.section), start: t.start, end: t.end, ...(dependsOn.length ? { dependsOn } : {}) };
  });

  const milestoneList = markers.map((t) => {
    const id = markerIds.get(t.id)!;
    const month = programmeMonthOf(start, t.start);
    const date: IsoDate = lastDayOfMonth(yearMonthOf(t.start));
    if (date !== t.start) {
      warnings.push({ line: t.line, message: `${t.kind === 'vert' ? 'the vert line' : 'milestone'} "${t.title || t.id}" on ${t.start} becomes a milestone on ${date}: Koers milestones fall on the last day of their month` });
    }
    note(notes, `milestones/${id}`, t);
    return { id, name: t.title || id, month, ...(t.kind === 'vert' ? { gate: false } : {}) };
  });

  // Koers writes, and the seed has, "Roadmap <name> (18 maanden)" as the chart title.
  const name = chart.title?.replace(/^Roadmap\s+(.+?)\s+\(\d+ (?:maanden|months)\)$/i, '$1') || options.fallbackName;
  const file: ProgrammeFileInput = {
    koers: 1,
    programme: {
      id: slug(name, 'programma'),
      name,
      organisation: PLACEHOLDER,
      start,
      horizon,
      vision: `${PLACEHOLDER}: de visie van het programma`,
    },
    roles: [
      { id: 'programma-eigenaar', name: 'Programma-eigenaar' },
      { id: 'sponsorgroep', name: 'Sponsorgroep' },
    ],
    domains: [...domainIds.values()],
    milestones: milestoneList,
    efforts: effortList,
    steering: Object.fromEntries(Object.entries(STEERING).map(([k, description]) => [k, { norm: 'groen', description }])) as ProgrammeFileInput['steering'],
    escalation: { to: 'sponsorgroep', rules: [] },
  };
  return { file, notes, warnings, errors: [] };
}

function note(notes: Map<string, string>, key: string, t: GanttTask): void {
  const parts = [
    ...(['done', 'active', 'crit'] as const).filter((tag) => t.tags[tag]).map((tag) => `Mermaid ${tag}`),
    ...(t.kind === 'vert' ? ['Mermaid vert'] : []),
    ...(t.link?.href ? [`link ${t.link.href}`] : []),
    ...(t.link?.call ? [`click call ${t.link.call.name}(${t.link.call.args ?? ''})`] : []),
  ];
  if (parts.length) notes.set(key, parts.join('; '));
}
