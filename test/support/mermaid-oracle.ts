/**
 * Mermaid itself as a test oracle: parses a Gantt chart with Mermaid 11's own parser and gantt
 * database and returns each task's start and end as Mermaid computes them.
 *
 * Mermaid needs a DOM, so a test that uses this starts with `// @vitest-environment jsdom`.
 * Mermaid computes in the local time zone (dayjs); this module sets TZ=UTC, so that local times
 * are plain calendar times. `inTimeZone` runs a check under another zone.
 */
process.env.TZ = 'UTC';

/** One task as Mermaid's gantt database computed it. Times are local: `2026-01-01T00:00:00.000`. */
export interface OracleTask {
  readonly id: string;
  /** The title as a browser shows the drawn chart: entities decoded, trimmed. */
  readonly title: string;
  readonly section: string;
  readonly start: string;
  /** Exclusive: a one-day task on 1 January ends at `2026-01-02T00:00:00.000`. */
  readonly end: string;
  readonly milestone: boolean;
  readonly vert: boolean;
  readonly done: boolean;
  readonly active: boolean;
  readonly crit: boolean;
  readonly link: string | undefined;
}

export interface OracleChart {
  readonly tasks: readonly OracleTask[];
  readonly sections: readonly string[];
  readonly dateFormat: string;
  readonly inclusiveEndDates: boolean;
}

interface RawGanttTask {
  readonly id: string;
  readonly task: string;
  readonly section: string;
  readonly startTime: Date | undefined;
  readonly endTime: Date | undefined;
  readonly milestone?: boolean;
  readonly vert?: boolean;
  readonly done?: boolean;
  readonly active?: boolean;
  readonly crit?: boolean;
}

/** The part of Mermaid's gantt database (ganttDb.js) the oracle reads. */
interface GanttDbApi {
  getTasks(): RawGanttTask[];
  getSections(): string[];
  getDateFormat(): string;
  getLinks(): Map<string, string>;
  endDatesAreInclusive(): boolean;
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
}

let loaded: Promise<MermaidApi> | undefined;

function mermaid(): Promise<MermaidApi> {
  loaded ??= import('mermaid').then((module) => {
    const api = module.default as unknown as MermaidApi;
    api.initialize({ startOnLoad: false, securityLevel: 'loose', logLevel: 'fatal' });
    return api;
  });
  return loaded;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A Date as the local date-time Mermaid's dayjs sees. */
export function localDateTime(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** Mermaid's decodeEntities, then the browser's HTML entity decoding. */
function shown(text: string): string {
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const element = document.createElement('span');
  element.innerHTML = html;
  return (element.textContent ?? '').trim();
}

/**
 * Parses `text` with Mermaid and returns what its gantt database computed. Throws what Mermaid throws
 * (syntax errors, and the crashes of `getTasks` on malformed tasks).
 */
export async function mermaidGantt(text: string): Promise<OracleChart> {
  const api = await mermaid();
  const diagram = await api.mermaidAPI.getDiagramFromText(text);
  if (diagram.type !== 'gantt') throw new Error(`not a gantt chart: ${diagram.type}`);
  const db = diagram.db as GanttDbApi;
  const links = db.getLinks();
  const tasks = db.getTasks().map((t): OracleTask => {
    if (!(t.startTime instanceof Date) || !(t.endTime instanceof Date)) throw new Error(`Mermaid could not place task "${t.id}"`);
    return {
      id: t.id,
      title: shown(t.task),
      section: shown(t.section),
      start: localDateTime(t.startTime),
      end: localDateTime(t.endTime),
      milestone: t.milestone === true,
      vert: t.vert === true,
      done: t.done === true,
      active: t.active === true,
      crit: t.crit === true,
      link: links.get(t.id),
    };
  });
  return { tasks, sections: db.getSections().map(shown), dateFormat: db.getDateFormat(), inclusiveEndDates: db.endDatesAreInclusive() };
}

/** Runs `check` with process.env.TZ set to `zone`, then restores UTC. */
export async function inTimeZone<T>(zone: string, check: () => Promise<T>): Promise<T> {
  process.env.TZ = zone;
  try {
    return await check();
  } finally {
    process.env.TZ = 'UTC';
  }
}
