import type { GanttIssue } from './gantt-chart.js';
import type { GanttStatement } from './gantt-parser.js';
import { addDaysTo, addDuration, formatInstant, isoWeekdayOf, parseMermaidDuration, parseStrict, weekdayNameOf } from './gantt-time.js';
import type { Instant } from './gantt-time.js';

const TAGS = ['active', 'done', 'crit', 'milestone', 'vert'] as const;
type Tag = (typeof TAGS)[number];
const WEEKEND_START = { friday: 5, saturday: 6 } as const;
/** Mermaid compiles tasks in at most this many passes, then gives up on the rest. */
const MAX_PASSES = 11;
const AFTER = /^after\s+([\d\w- ]+)/;
const UNTIL = /^until\s+([\d\w- ]+)/;

export type StartSpec = { readonly type: 'previous'; readonly id: string | undefined } | { readonly type: 'date'; readonly data: string };

/** A task as Mermaid's gantt database holds it, with Mermaid's computed times. */
export interface DbTask {
  readonly id: string;
  readonly explicitId: boolean;
  readonly text: string;
  readonly section: string;
  readonly line: number;
  readonly tags: ReadonlySet<Tag>;
  /** The data fields after the tags, trimmed. */
  readonly fields: readonly string[];
  readonly start: StartSpec;
  readonly endData: string;
  startTime: Instant | undefined;
  endTime: Instant | undefined;
  processed: boolean;
  /** What went wrong while computing its dates, in Koers' words. */
  readonly problems: GanttIssue[];
}

export interface DbClick {
  readonly ids: readonly string[];
  readonly href: string | undefined;
  readonly callback: string | undefined;
  readonly args: string | undefined;
  readonly line: number;
  /** How many tasks were defined when Mermaid read the click line; it ignores ids defined later. */
  readonly tasksBefore: number;
}

export interface GanttDb {
  readonly settings: ReadonlyMap<string, { readonly value: string; readonly line: number }[]>;
  readonly flags: ReadonlySet<'inclusiveEndDates' | 'topAxis'>;
  readonly sections: readonly string[];
  readonly tasks: readonly DbTask[];
  readonly clicks: readonly DbClick[];
  /** Mermaid's id lookup: the last task with an id wins. */
  readonly byId: ReadonlyMap<string, DbTask>;
  readonly dateFormat: string;
  readonly problems: readonly GanttIssue[];
}

/** Ids Mermaid reads in `after …` / `until …`, and the part of the text it ignores. */
export function referencedIds(text: string, kind: 'after' | 'until'): { ids: string[]; ignored: string } | undefined {
  const m = (kind === 'after' ? AFTER : UNTIL).exec(text.trim());
  if (!m) return undefined;
  return { ids: m[1]!.split(' ').filter((id) => id !== ''), ignored: text.trim().slice(m[0].length) };
}

/**
 * Replays Mermaid 11's gantt database (ganttDb.js): settings, `addTask`, `click`, and `getTasks`
 * with its repeated passes, so that every start and end is the one Mermaid computes. Where Mermaid
 * would crash or fall back to "today", the task records a problem instead.
 */
export function runGanttDb(statements: readonly GanttStatement[]): GanttDb {
  const settings = new Map<string, { value: string; line: number }[]>();
  const flags = new Set<'inclusiveEndDates' | 'topAxis'>();
  const sections: string[] = [];
  const tasks: DbTask[] = [];
  const clicks: DbClick[] = [];
  const byId = new Map<string, DbTask>();
  const problems: GanttIssue[] = [];
  let section = '';
  let autoIds = 0;
  let lastId: string | undefined;

  for (const s of statements) {
    if (s.kind === 'setting') {
      settings.set(s.key, [...(settings.get(s.key) ?? []), { value: s.value, line: s.line }]);
      if (s.key === 'section') {
        section = s.value;
        sections.push(s.value);
      }
    } else if (s.kind === 'flag') {
      flags.add(s.key);
      settings.set(s.key, [...(settings.get(s.key) ?? []), { value: '', line: s.line }]);
    } else if (s.kind === 'click') {
      clicks.push({ ids: s.ids.split(','), href: s.href, callback: s.callback, args: s.args, line: s.line, tasksBefore: tasks.length });
    } else {
      const data = (s.data.startsWith(':') ? s.data.slice(1) : s.data).split(',');
      const tags = new Set<Tag>();
      while (data.length > 0 && TAGS.some((t) => new RegExp(`^\\s*${t}\\s*$`).test(data[0]!))) tags.add(data.shift()!.trim() as Tag);
      if (data.length === 0) {
        problems.push({ line: s.line, message: 'the task has only tags; it needs at least an end date or a duration (Mermaid fails on this line)' });
        continue;
      }
      const fields = data.map((d) => d.trim());
      if (fields.length > 3) {
        const late = fields.find((f) => TAGS.some((t) => t === f.toLowerCase()));
        problems.push({
          line: s.line,
          message: late
            ? `"${late}" must come first: Mermaid reads the tags done, active, crit, milestone and vert only before the id and dates`
            : `the task has ${fields.length} fields; Mermaid reads "title :id, start, end", "title :start, end" or "title :end" (and fails on more)`,
        });
        continue;
      }
      const explicitId = fields.length === 3;
      const id = explicitId ? fields[0]! : `task${++autoIds}`;
      const task: DbTask = {
        id, explicitId, text: s.text, section, line: s.line, tags, fields,
        start: fields.length === 1 ? { type: 'previous', id: lastId } : { type: 'date', data: fields.at(-2)! },
        endData: fields.at(-1)!,
        startTime: undefined, endTime: undefined, processed: false, problems: [],
      };
      tasks.push(task);
      byId.set(id, task);
      lastId = id;
    }
  }

  const dateFormat = settings.get('dateFormat')?.at(-1)?.value ?? '';
  const db = { settings, flags, sections, tasks, clicks, byId, dateFormat, problems };
  compileTasks(db);
  return db;
}

/** Mermaid's `getTasks`: compile every task, pass after pass, until all are placed or 11 passes are done. */
function compileTasks(db: GanttDb): void {
  const { tasks, byId, dateFormat } = db;
  const inclusive = db.flags.has('inclusiveEndDates');
  const lastSetting = (key: string) => db.settings.get(key)?.at(-1)?.value;
  const excludes = lastSetting('excludes')?.toLowerCase().split(/[\s,]+/) ?? [];
  const includes = lastSetting('includes')?.toLowerCase().split(/[\s,]+/) ?? [];
  const weekend = WEEKEND_START[lastSetting('weekend') === 'friday' ? 'friday' : 'saturday'];
  const gt = (a: Instant | undefined, b: Instant | undefined) => a !== undefined && b !== undefined && a > b;
  const lt = (a: Instant | undefined, b: Instant | undefined) => a !== undefined && b !== undefined && a < b;

  const excluded = (t: Instant): boolean => {
    const formatted = formatInstant(t, dateFormat);
    const dateOnly = formatInstant(t, 'YYYY-MM-DD');
    if (includes.includes(formatted) || includes.includes(dateOnly)) return false;
    const weekday = isoWeekdayOf(t);
    if (excludes.includes('weekends') && (weekday === weekend || weekday === weekend + 1)) return true;
    if (excludes.includes(weekdayNameOf(t))) return true;
    return excludes.includes(formatted) || excludes.includes(dateOnly);
  };

  const startOf = (task: DbTask, text: string): Instant | undefined => {
    if (/^[xX]$/.test(dateFormat.trim()) && /^\d+$/.test(text)) return Number(text);
    const after = referencedIds(text, 'after');
    if (after) {
      let latest: DbTask | undefined;
      for (const id of after.ids) {
        const other = byId.get(id);
        if (other && (!latest || gt(other.endTime, latest.endTime))) latest = other;
      }
      return latest ? latest.endTime : undefined; // unknown ids: Mermaid uses today; Koers reports them
    }
    const date = parseStrict(text, dateFormat);
    if (date !== undefined) return date;
    // Mermaid falls back to JavaScript's `new Date(text)`, which reads an ISO date as UTC midnight.
    if (dateFormat.trim() === '' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return parseStrict(text, 'YYYY-MM-DD');
    return undefined;
  };

  const endOf = (start: Instant, text: string): Instant | undefined => {
    const until = referencedIds(text, 'until');
    if (until) {
      let earliest: DbTask | undefined;
      for (const id of until.ids) {
        const other = byId.get(id);
        if (other && (!earliest || lt(other.startTime, earliest.startTime))) earliest = other;
      }
      return earliest ? earliest.startTime : undefined;
    }
    const date = parseStrict(text, dateFormat);
    if (date !== undefined) return inclusive ? addDaysTo(date, 1) : date;
    const duration = parseMermaidDuration(text);
    return duration ? addDuration(start, duration.value, duration.unit) ?? start : start;
  };

  const fixForExcludes = (task: DbTask): void => {
    if (excludes.length === 0 || parseStrict(task.endData, 'YYYY-MM-DD') !== undefined) return;
    let day = addDaysTo(task.startTime!, 1);
    let end = task.endTime!;
    while (day <= end) {
      if (excluded(day)) end = addDaysTo(end, 1);
      day = addDaysTo(day, 1);
    }
    task.endTime = end;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    for (const task of tasks) {
      if (task.start.type === 'previous') {
        const previous = task.start.id === undefined ? undefined : byId.get(task.start.id);
        if (!previous) continue; // the first task without a start date: Mermaid fails; reported later
        task.startTime = previous.endTime;
      } else {
        const start = startOf(task, task.start.data);
        if (start !== undefined) task.startTime = start;
      }
      if (task.startTime === undefined) continue;
      task.endTime = endOf(task.startTime, task.endData);
      if (task.endTime === undefined) continue;
      task.processed = true;
      fixForExcludes(task);
    }
    if (tasks.every((t) => t.processed)) break;
  }
}
