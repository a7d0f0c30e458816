import type { GanttIssue } from './gantt-chart.js';
import type { GanttDb } from './gantt-db.js';
import { referencedIds } from './gantt-db.js';
import type { LexResult } from './gantt-lexer.js';
import { formatInstant, parseMermaidDuration, parseStrict } from './gantt-time.js';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TAG = /^\s*(?:active|done|crit|milestone|vert)\s*$/;
/** The renderer's own check; Mermaid silently ignores any other tickInterval. */
const TICK_INTERVAL = /^([1-9]\d*)(millisecond|second|minute|hour|day|week|month)$/;

/** Checks the chart-wide settings and the text Mermaid skips, for what Mermaid would get silently wrong. */
export function checkGanttSettings(db: GanttDb, lex: LexResult): { errors: GanttIssue[]; warnings: GanttIssue[] } {
  const errors: GanttIssue[] = [];
  const warnings: GanttIssue[] = [];
  const all = (key: string) => db.settings.get(key) ?? [];
  const format = db.dateFormat.trim();

  const formats = all('dateFormat');
  for (const f of formats.slice(1)) {
    if (f.value.trim() !== formats[0]!.value.trim()) warnings.push({ line: f.line, message: `a second dateFormat ("${f.value.trim()}") replaces "${formats[0]!.value.trim()}" for the whole chart, also for the tasks above it` });
  }
  const lastFormat = formats.at(-1);
  if (lastFormat) {
    const tokens = lastFormat.value.replace(/\[[^\]]*\]/g, '');
    if (!/[xX]/.test(format) && !/[YLl]/.test(tokens)) {
      errors.push({ line: lastFormat.line, message: `dateFormat "${format}" has no year, so Mermaid takes the current year and the chart moves every year; add YYYY` });
    }
    if (/w/.test(tokens)) errors.push({ line: lastFormat.line, message: `dateFormat "${format}" uses a week number (w), which Mermaid cannot parse; use YYYY-MM-DD` });
  } else {
    const dated = db.tasks.find((t) => t.start.type === 'date' && !referencedIds(t.start.data, 'after'));
    if (dated) warnings.push({ line: dated.line, message: 'the chart has no dateFormat line, so Mermaid reads dates with the browser\'s date parser (as UTC: viewers west of Greenwich see the day before) and ignores end dates; add "dateFormat YYYY-MM-DD"' });
  }

  for (const t of all('topAxis')) {
    errors.push({ line: t.line, message: 'Mermaid 11 fails on topAxis (its parser calls a function the chart database lacks); remove the line' });
  }
  for (const t of all('tickInterval')) {
    if (!TICK_INTERVAL.test(t.value)) warnings.push({ line: t.line, message: `Mermaid ignores tickInterval "${t.value}"; write a number and a unit such as 1week or 1month, without spaces` });
  }
  for (const key of ['excludes', 'includes'] as const) {
    for (const s of all(key)) {
      for (const item of s.value.toLowerCase().split(/[\s,]+/).filter((i) => i !== '')) {
        if (!knownDayItem(item, format, key)) {
          warnings.push({ line: s.line, message: `Mermaid ignores "${item}" in ${key}: it matches no day; use weekends, a weekday name such as friday, or a date as YYYY-MM-DD` });
        }
      }
    }
  }

  for (const key of ['title', 'section', 'todayMarker', 'axisFormat', 'dateFormat', 'excludes', 'includes', 'tickInterval'] as const) {
    for (const s of all(key)) {
      const colon = s.value.lastIndexOf(':');
      if (colon >= 0 && looksLikeTaskData(s.value.slice(colon + 1), format)) {
        const letter = key[0]!.toUpperCase();
        warnings.push({ line: s.line, message: `this line starts with the keyword "${key}", so Mermaid reads it as a ${key} setting and not as a task; if it is a task, write the first letter of its title as an entity (#${letter.charCodeAt(0)}; for ${letter})` });
      }
    }
  }

  for (const s of lex.skipped.filter((k) => k.swallowed)) {
    warnings.push({ line: s.line, message: `Mermaid ignores "${s.text.trim()}": a "%" right after the first character makes the rest of the line a comment; write "%" as #37;` });
  }
  if (lex.unclosedDescription !== undefined) {
    errors.push({ line: lex.unclosedDescription, message: 'accDescr { is never closed with "}", so Mermaid reads the rest of the chart as the description' });
  }
  return { errors, warnings };
}

function knownDayItem(item: string, format: string, key: 'excludes' | 'includes'): boolean {
  // Mermaid matches weekends and weekday names only in excludes; includes holds dates only.
  if (item === 'weekends' || WEEKDAYS.has(item)) return key === 'excludes';
  if (parseStrict(item, 'YYYY-MM-DD') !== undefined) return true;
  const t = parseStrict(item, format);
  return t !== undefined && formatInstant(t, format) === item;
}

/** Whether text after a ":" reads like task data: tags, then an id or dates, ending in a date or duration. */
function looksLikeTaskData(text: string, format: string): boolean {
  const fields = text.split(',');
  while (fields.length > 0 && TAG.test(fields[0]!)) fields.shift();
  if (fields.length < 1 || fields.length > 3) return false;
  const end = fields.at(-1)!.trim();
  return parseMermaidDuration(end) !== undefined || parseStrict(end, format || 'YYYY-MM-DD') !== undefined || referencedIds(end, 'until') !== undefined;
}
