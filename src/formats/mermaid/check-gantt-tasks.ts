import { closest } from '../../model/index.js';
import type { GanttIssue } from './gantt-chart.js';
import { referencedIds } from './gantt-db.js';
import type { DbTask, GanttDb } from './gantt-db.js';
import { localDateTime, parseMermaidDuration, parseStrict } from './gantt-time.js';
import type { Instant } from './gantt-time.js';

const COLON_HINT = 'write a colon in a title as #58;';

/**
 * Finds what Mermaid would silently get wrong in the tasks: unknown or duplicate ids, dates that do
 * not match `dateFormat`, titles cut at a ":", forward references Mermaid resolves too early, and more.
 */
export function checkGanttTasks(db: GanttDb): { errors: GanttIssue[]; warnings: GanttIssue[] } {
  const errors: GanttIssue[] = [...db.problems];
  const warnings: GanttIssue[] = [];
  const format = db.dateFormat.trim();
  const knownIds = new Set(db.byId.keys());
  const firstWithId = new Map<string, DbTask>();
  const failed = new Set<DbTask>();

  for (const task of db.tasks) {
    const error = (message: string) => errors.push({ line: task.line, message });
    const warn = (message: string) => warnings.push({ line: task.line, message });
    const first = firstWithId.get(task.id);
    if (first) error(`duplicate task id "${task.id}", first used on line ${first.line}; Mermaid links "after ${task.id}" to the last one`);
    else firstWithId.set(task.id, task);
    if (task.explicitId && task.id.includes(':')) error(`the task title contains ":"; Mermaid keeps only "${task.text.trim()}" as the title and reads the rest as data — ${COLON_HINT}`);

    const errorsBefore = errors.length;
    if (task.start.type === 'previous') {
      if (task.start.id === undefined) error('the first task needs a start date: Mermaid starts a task without one where the task above it ends');
    } else {
      checkStart(task, task.start.data, format, knownIds, error, warn);
    }
    checkEnd(task, format, knownIds, error, warn);
    if (errors.length > errorsBefore) {
      failed.add(task);
      continue;
    }

    if (task.processed && task.startTime !== undefined && task.endTime !== undefined) {
      if (task.endTime < task.startTime) error(`the task ends (${localDateTime(task.endTime)}) before it starts (${localDateTime(task.startTime)})`);
      else if (task.endTime === task.startTime && !task.tags.has('milestone') && !task.tags.has('vert')) {
        warn('the task has no duration, so Mermaid draws no bar; Koers imports it as a one-day effort');
      }
      checkEarlyResolution(task, db, warn);
    }
  }

  for (const task of unplaced(db, failed)) {
    errors.push({ line: task.line, message: 'Mermaid cannot place this task: its after/until references go round in a circle or point forward more than 10 times; define tasks before the tasks that refer to them' });
  }
  const lines = new Map<number, number>();
  for (const task of db.tasks) lines.set(task.line, (lines.get(task.line) ?? 0) + 1);
  for (const [line, count] of lines) {
    if (count > 1) warnings.push({ line, message: `Mermaid reads ${count} tasks on this line, because "#" or ";" ends task data; keep one task per line` });
  }
  return { errors, warnings };
}

type Report = (message: string) => void;

/** Tasks Mermaid could not place, except those that wait for a task with an error of its own. */
function unplaced(db: GanttDb, failed: ReadonlySet<DbTask>): DbTask[] {
  const blocked = new Set(failed);
  const waitsFor = (task: DbTask): (DbTask | undefined)[] => [
    ...(task.start.type === 'previous' ? [task.start.id] : referencedIds(task.start.data, 'after')?.ids ?? []),
    ...(referencedIds(task.endData, 'until')?.ids ?? []),
  ].map((id) => (id === undefined ? undefined : db.byId.get(id)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const task of db.tasks) {
      if (!task.processed && !blocked.has(task) && waitsFor(task).some((t) => t !== undefined && blocked.has(t))) {
        blocked.add(task);
        grew = true;
      }
    }
  }
  return db.tasks.filter((t) => !t.processed && !blocked.has(t));
}

function checkReferences(kind: 'after' | 'until', text: string, knownIds: ReadonlySet<string>, error: Report, warn: Report): void {
  const refs = referencedIds(text, kind)!;
  for (const id of refs.ids) {
    if (knownIds.has(id)) continue;
    const hint = id.length >= 3 ? closest(id, knownIds) : undefined; // one letter off a one-letter id is no typo
    error(`unknown task id "${id}" in "${text.trim()}"${hint ? `; did you mean "${hint}"?` : ''} (Mermaid would start this task today)`);
  }
  if (refs.ignored) warn(`Mermaid ignores "${refs.ignored}" in "${text.trim()}": ids in ${kind} may hold only letters, digits, "_" and "-", separated by spaces`);
}

function checkStart(task: DbTask, text: string, format: string, knownIds: ReadonlySet<string>, error: Report, warn: Report): void {
  if (referencedIds(text, 'after')) {
    checkReferences('after', text, knownIds, error, warn);
    return;
  }
  if (/^[xX]$/.test(format) && /^\d+$/.test(text)) {
    if (format === 'X') error(`with dateFormat X Mermaid reads the start "${text}" as milliseconds, not seconds (a Mermaid bug); use dateFormat x or YYYY-MM-DD`);
    return;
  }
  if (parseStrict(text, format) !== undefined) return;
  if (format === '' && /^\d{4}-\d{2}-\d{2}$/.test(text) && parseStrict(text, 'YYYY-MM-DD') !== undefined) return;
  if (text.includes(':') && !task.explicitId && task.fields.length === 2 && parseStrict(text, format) === undefined) {
    error(`the task title contains ":"; Mermaid keeps only "${task.text.trim()}" as the title and reads "${text}" as the start — ${COLON_HINT}`);
  } else if (format === '') {
    error(`the start "${text}" is not a date Mermaid can read reliably: the chart has no dateFormat line; add "dateFormat YYYY-MM-DD" and write dates that way`);
  } else {
    error(`the start "${text}" does not match dateFormat "${format}"${/^after\b/i.test(text) ? ' (write "after" in lower case)' : ''}; Mermaid would fall back to the browser's date parser`);
  }
}

function checkEnd(task: DbTask, format: string, knownIds: ReadonlySet<string>, error: Report, warn: Report): void {
  const text = task.endData;
  if (referencedIds(text, 'until')) {
    checkReferences('until', text, knownIds, error, warn);
    return;
  }
  if (parseStrict(text, format) !== undefined) return;
  const duration = parseMermaidDuration(text);
  if (duration) {
    const { value, unit } = duration;
    if (!Number.isInteger(value)) {
      const effect =
        unit === 'd' ? `${Math.round(value)} days`
        : unit === 'w' ? `${Math.round(value * 7)} days`
        : unit === 'M' ? `${Math.trunc(value)} months`
        : unit === 'y' ? `${Math.trunc(value)} years`
        : undefined;
      if (effect) warn(`Mermaid reads the duration ${text} as ${effect}`);
    }
    return;
  }
  if (text.includes(':') && task.fields.length === 1) {
    error(`the task title contains ":"; Mermaid keeps only "${task.text.trim()}" as the title and reads "${text}" as the end — ${COLON_HINT}`);
  } else if (format === '' && /^\d{4}-\d{2}-\d{2}/.test(text)) {
    error(`the end date "${text}" is ignored by Mermaid because the chart has no dateFormat line (the task gets no length); add "dateFormat YYYY-MM-DD"`);
  } else {
    const comment = text.includes('%%') ? '; %% comments must stand on their own line' : '';
    error(`the end "${text}" is neither a date in dateFormat "${format || 'none'}" nor a duration such as 5d, 2w or 3M (Mermaid would draw no bar)${comment}`);
  }
}

/** Mermaid computes `after a b` from the tasks it has already placed in the current pass. */
function checkEarlyResolution(task: DbTask, db: GanttDb, warn: Report): void {
  const pick = (kind: 'after' | 'until', text: string, value: (t: DbTask) => Instant | undefined, better: (a: number, b: number) => boolean) => {
    const refs = referencedIds(text, kind);
    if (!refs) return undefined;
    const values = refs.ids.map((id) => db.byId.get(id)).flatMap((t) => (t && value(t) !== undefined ? [{ id: t.id, at: value(t)! }] : []));
    return values.reduce<{ id: string; at: number } | undefined>((best, v) => (!best || better(v.at, best.at) ? v : best), undefined);
  };
  if (task.start.type === 'date') {
    const intended = pick('after', task.start.data, (t) => t.endTime, (a, b) => a > b);
    if (intended && intended.at !== task.startTime) {
      warn(`Mermaid starts this task at ${localDateTime(task.startTime!)}, not after "${intended.id}" (${localDateTime(intended.at)}), because "${intended.id}" is defined further down; move it above this task`);
    }
  }
  // With `excludes`, Mermaid also lengthens an until-end; only compare without it.
  const intendedEnd = db.settings.has('excludes') ? undefined : pick('until', task.endData, (t) => t.startTime, (a, b) => a < b);
  if (intendedEnd && intendedEnd.at !== task.endTime) {
    warn(`Mermaid ends this task at ${localDateTime(task.endTime!)}, not at the start of "${intendedEnd.id}" (${localDateTime(intendedEnd.at)}), because "${intendedEnd.id}" is defined further down; move it above this task`);
  }
}
