import { checkGanttSettings } from './check-gantt-settings.js';
import { checkGanttTasks } from './check-gantt-tasks.js';
import type { GanttChart, GanttIssue, GanttLink, GanttReadResult, GanttTask } from './gantt-chart.js';
import { referencedIds, runGanttDb } from './gantt-db.js';
import type { DbTask, GanttDb } from './gantt-db.js';
import { lexGantt } from './gantt-lexer.js';
import { parseGantt } from './gantt-parser.js';
import { dayOf, isMidnight, lastDayBefore, localDateTime } from './gantt-time.js';
import { decodeMermaidText } from './mermaid-text.js';
import { preprocessGantt } from './preprocess-gantt.js';

const byLine = (a: GanttIssue, b: GanttIssue) => a.line - b.line;

/**
 * Reads a Mermaid Gantt chart the way Mermaid 11 reads it, computing every task's start and end as
 * Mermaid does. Where Mermaid would silently do something surprising (start a task today, drop part
 * of a title, ignore an end date …), the result has an error or a warning with the line number.
 *
 * @example
 * const { chart, errors } = readMermaidGantt('gantt\n  dateFormat YYYY-MM-DD\n  Ontwerp :a, 2026-01-05, 2w');
 * chart?.tasks[0]; // { id: 'a', start: '2026-01-05', end: '2026-01-18', … }
 */
export function readMermaidGantt(text: string): GanttReadResult {
  const pre = preprocessGantt(text);
  if (pre.errors.length > 0) return { chart: undefined, warnings: [], errors: [...pre.errors].sort(byLine) };
  const lex = lexGantt(pre.source);
  const parsed = parseGantt(lex.tokens);
  if (parsed.error) return { chart: undefined, warnings: [], errors: [parsed.error] };

  const db = runGanttDb(parsed.statements);
  const settings = checkGanttSettings(db, lex);
  const tasks = checkGanttTasks(db);
  const errors = [...settings.errors, ...tasks.errors].sort(byLine);
  const warnings = [...settings.warnings, ...tasks.warnings];
  const links = collectLinks(db, warnings);
  if (errors.length > 0) return { chart: undefined, warnings: warnings.sort(byLine), errors };

  const chartTasks = db.tasks.map((t) => toChartTask(t, links.get(t.id), warnings));
  const last = (key: string) => db.settings.get(key)?.at(-1)?.value;
  const trimmed = (key: string) => {
    const value = last(key);
    return value === undefined ? undefined : decodeMermaidText(value);
  };
  const chart: GanttChart = {
    title: trimmed('title') ?? pre.frontmatter?.title,
    accTitle: trimmed('accTitle'),
    accDescr: trimmed('accDescr'),
    dateFormat: last('dateFormat')?.trim(),
    axisFormat: last('axisFormat')?.trim(),
    tickInterval: last('tickInterval'),
    todayMarker: last('todayMarker')?.trim(),
    weekday: last('weekday') ?? 'sunday',
    weekend: last('weekend') === 'friday' ? 'friday' : 'saturday',
    inclusiveEndDates: db.flags.has('inclusiveEndDates'),
    topAxis: db.flags.has('topAxis'),
    excludes: (last('excludes') ?? '').toLowerCase().split(/[\s,]+/).filter((s) => s !== ''),
    includes: (last('includes') ?? '').toLowerCase().split(/[\s,]+/).filter((s) => s !== ''),
    displayMode: pre.frontmatter?.displayMode,
    sections: db.sections.map(decodeMermaidText),
    tasks: chartTasks,
    comments: pre.comments,
  };
  return { chart, warnings: warnings.sort(byLine), errors: [] };
}

function toChartTask(t: DbTask, link: GanttLink | undefined, warnings: GanttIssue[]): GanttTask {
  const startTime = t.startTime!;
  const endTime = t.endTime!;
  const kind = t.tags.has('vert') ? 'vert' : t.tags.has('milestone') ? 'milestone' : 'task';
  let start = dayOf(startTime);
  let end = endTime > startTime ? lastDayBefore(endTime) : start;
  if (kind !== 'task') {
    // Mermaid draws a milestone in the middle of its span and a vert line at its start.
    start = end = dayOf(t.tags.has('milestone') ? startTime + (endTime - startTime) / 2 : startTime);
  }
  if (kind === 'task' && (!isMidnight(startTime) || !isMidnight(endTime))) {
    warnings.push({ line: t.line, message: `the task runs from ${localDateTime(startTime).replace('T', ' ')} to ${localDateTime(endTime).replace('T', ' ')}; Koers plans whole days, so it becomes ${start} – ${end}` });
  }
  const after = t.start.type === 'date' ? referencedIds(t.start.data, 'after')?.ids ?? [] : [];
  return {
    kind,
    id: t.id,
    explicitId: t.explicitId,
    title: decodeMermaidText(t.text),
    section: decodeMermaidText(t.section),
    line: t.line,
    tags: { done: t.tags.has('done'), active: t.tags.has('active'), crit: t.tags.has('crit') },
    startAt: localDateTime(startTime),
    endAt: localDateTime(endTime),
    start,
    end,
    after,
    previous: t.start.type === 'previous' ? t.start.id : undefined,
    until: referencedIds(t.endData, 'until')?.ids ?? [],
    link,
  };
}

/** Mermaid attaches a click only to tasks defined above the click line; the last link per task wins. */
function collectLinks(db: GanttDb, warnings: GanttIssue[]): Map<string, GanttLink> {
  const links = new Map<string, GanttLink>();
  for (const click of db.clicks) {
    for (const id of click.ids) {
      const index = db.tasks.findIndex((t) => t.id === id);
      if (index < 0) {
        warnings.push({ line: click.line, message: `Mermaid ignores the click for "${id}": there is no task with that id` });
      } else if (index >= click.tasksBefore) {
        warnings.push({ line: click.line, message: `Mermaid ignores the click for "${id}": the task is defined below the click line (line ${db.tasks[index]!.line}); move the click line down` });
      } else {
        const previous = links.get(id);
        links.set(id, {
          href: click.href ?? previous?.href,
          call: click.callback === undefined ? previous?.call : { name: click.callback.trim(), args: click.args },
          line: click.line,
        });
      }
    }
  }
  return links;
}
