import type { GanttIssue } from './gantt-chart.js';
import type { GanttToken, GanttTokenKind } from './gantt-lexer.js';

export type SettingKey =
  | 'dateFormat' | 'axisFormat' | 'tickInterval' | 'includes' | 'excludes' | 'todayMarker'
  | 'title' | 'section' | 'accTitle' | 'accDescr' | 'weekday' | 'weekend';

/** One statement of a chart, in the order written; values are cut exactly as Mermaid cuts them. */
export type GanttStatement =
  | { readonly kind: 'setting'; readonly key: SettingKey; readonly value: string; readonly line: number }
  | { readonly kind: 'flag'; readonly key: 'inclusiveEndDates' | 'topAxis'; readonly line: number }
  | { readonly kind: 'task'; readonly text: string; readonly data: string; readonly line: number }
  | { readonly kind: 'click'; readonly ids: string; readonly callback: string | undefined; readonly args: string | undefined; readonly href: string | undefined; readonly line: number };

/** Mermaid's `substr(n)`: the keyword and one whitespace character are cut off. */
const SETTINGS: Partial<Record<GanttTokenKind, readonly [SettingKey, number]>> = {
  dateFormat: ['dateFormat', 11],
  axisFormat: ['axisFormat', 11],
  tickInterval: ['tickInterval', 13],
  includes: ['includes', 9],
  excludes: ['excludes', 9],
  todayMarker: ['todayMarker', 12],
  title: ['title', 6],
  section: ['section', 8],
};

/**
 * Reads the statements of Mermaid's Gantt grammar from the tokens. Stops at the first token the
 * grammar does not accept, as Mermaid does, with a message that says what went wrong.
 */
export function parseGantt(tokens: readonly GanttToken[]): { statements: GanttStatement[]; error: GanttIssue | undefined } {
  const statements: GanttStatement[] = [];
  let i = 0;
  const peek = () => tokens[i] ?? tokens[tokens.length - 1]!;
  const fail = (token: GanttToken, message: string) => ({ statements, error: { line: token.line, message } });

  const first = peek();
  if (first.kind !== 'gantt') return fail(first, 'the chart must start with "gantt"');
  i++;
  for (;;) {
    const t = peek();
    i++;
    const setting = SETTINGS[t.kind];
    if (setting) {
      statements.push({ kind: 'setting', key: setting[0], value: t.text.slice(setting[1]), line: t.line });
      continue;
    }
    switch (t.kind) {
      case 'NL':
        continue;
      case 'EOF':
        return { statements, error: undefined };
      case 'inclusiveEndDates':
      case 'topAxis':
        statements.push({ kind: 'flag', key: t.kind, line: t.line });
        continue;
      case 'weekday':
      case 'weekend':
        statements.push({ kind: 'setting', key: t.kind, value: t.text.split(/\s+/).at(-1)!.toLowerCase(), line: t.line });
        continue;
      case 'accTitle':
      case 'accDescr': {
        const value = peek();
        i++;
        statements.push({ kind: 'setting', key: t.kind, value: value.text.trim(), line: t.line });
        continue;
      }
      case 'accDescrMultilineValue':
        statements.push({ kind: 'setting', key: 'accDescr', value: t.text.trim(), line: t.line });
        continue;
      case 'taskTxt': {
        const data = peek();
        if (data.kind !== 'taskData') return fail(t, noTaskData(t, data));
        i++;
        statements.push({ kind: 'task', text: t.text, data: data.text, line: t.line });
        continue;
      }
      case 'click': {
        const click = { ids: t.text, callback: undefined as string | undefined, args: undefined as string | undefined, href: undefined as string | undefined };
        const take = (kind: GanttTokenKind) => (peek().kind === kind ? tokens[i++]!.text : undefined);
        if (peek().kind === 'callbackname') {
          click.callback = take('callbackname');
          click.args = take('callbackargs');
          click.href = take('href');
        } else if (peek().kind === 'href') {
          click.href = take('href');
          click.callback = take('callbackname');
          if (click.callback !== undefined) click.args = take('callbackargs');
        } else {
          return fail(t, `"click ${t.text}" needs href "url" or call name(arguments)`);
        }
        statements.push({ kind: 'click', ...click, line: t.line });
        continue;
      }
      default:
        return fail(t, unexpected(t, statements.at(-1)));
    }
  }
}

function noTaskData(text: GanttToken, next: GanttToken): string {
  const shown = text.text.trim();
  if (/^[#;]/.test(shown)) {
    return `"${shown.slice(0, 1)}" ends the task data, so Mermaid reads "${shown}" as a new task without ":"; remove it (comments start with %% on their own line)`;
  }
  if (next.kind === 'colon') return `"${shown}" is followed by an empty ":"; a task is written as "title :start, end" or "title :id, start, end"`;
  return `"${shown}" is not a statement Mermaid knows; a task is written as "title :start, end" or "title :id, start, end"`;
}

function unexpected(t: GanttToken, previous: GanttStatement | undefined): string {
  const sameLine = previous?.line === t.line && previous.kind !== 'task';
  switch (t.kind) {
    case 'date':
      return `a line cannot start with a date ("${t.text}"): Mermaid reads it as a date, not as a task title; put text first or write the first digit as an entity such as #50;`;
    case 'taskData':
    case 'colon':
      return sameLine
        ? `this line starts with a Mermaid keyword, so the task title is lost; write its first letter as an entity (such as #84; for T) or rephrase`
        : `":" starts task data, but there is no task title before it`;
    case 'callbackname':
    case 'href':
      return `this line starts with "${t.kind === 'href' ? 'href' : 'call'}", a Mermaid keyword for click links; write the first letter of the title as an entity (such as #67; for C)`;
    case 'gantt':
      return 'a second "gantt": a chart starts with "gantt" once';
    case 'openDirective':
      return 'an unfinished "%%{" directive';
    case 'accDescription':
      return 'Mermaid does not know "accDescription"; write "accDescr: text" or "accDescr { … }"';
    default:
      return `Mermaid cannot read "${t.text.trim() || t.text}" here`;
  }
}
