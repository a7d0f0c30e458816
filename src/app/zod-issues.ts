import { z } from 'zod';
import { isMessage, message, renderMessage } from '../formats/messages/index.js';
import type { Message } from '../formats/messages/index.js';
import { inputIssue } from './app-error.js';
import type { InputIssue } from './app-error.js';

/** `['records', 3, 'kpi']` → `records[3].kpi`; with a `prefix`, `[3].kpi` becomes `prefix[3].kpi`. */
export function zodPath(path: readonly PropertyKey[], prefix = ''): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), prefix);
}

/**
 * The options of a `refine` whose failure is a catalogue message, so that it can be said in the
 * reader's language.
 *
 * @example z.string().refine(isIsoDate, refinement(message('input.iso-date', {})))
 */
export const refinement = (said: Message) => ({ error: renderMessage(said, 'en'), params: { message: said } });

type Issue = z.core.$ZodIssue;
const english = z.locales.en().localeError;

/** Zod wrote the message itself (rather than the schema's author), so the catalogue may word it. */
function zodWorded(issue: Issue): boolean {
  const said = english(issue as never);
  const text = typeof said === 'string' ? said : said?.message;
  return text === issue.message || (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input: expected '));
}

/** The catalogue message for a zod issue; undefined when the schema gave its own words. */
function messageOf(issue: Issue): Message | undefined {
  if (issue.code === 'custom') {
    const said: unknown = issue.params?.message;
    return isMessage(said) ? said : undefined;
  }
  if (!zodWorded(issue)) return undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return message('input.integer', {});
      return 'input' in issue && issue.input === undefined ? message('input.required', {}) : message('input.type', { expected: issue.expected });
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? message('input.empty', {}) : message('input.too-short', { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return message('input.too-few', { min: Number(issue.minimum) });
      if (issue.origin === 'number') return message('input.min', { min: Number(issue.minimum), inclusive: issue.inclusive === true });
      break;
    case 'too_big':
      if (issue.origin === 'string') return message('input.too-long', { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return message('input.too-many', { max: Number(issue.maximum) });
      if (issue.origin === 'number') return message('input.max', { max: Number(issue.maximum), inclusive: issue.inclusive === true });
      break;
    case 'invalid_value':
      return message('input.choice', { values: issue.values.map(String) });
    default:
      break;
  }
  // Unions, map keys and the like: zod's own locale words them (see zodIssueText).
  const { input: _input, message: _message, path: _path, ...rest } = issue as Issue & { readonly input?: unknown };
  return message('input.invalid', JSON.parse(JSON.stringify(rest, (k, v: unknown) => (k === 'input' ? undefined : typeof v === 'bigint' ? String(v) : v))) as { code: string });
}

/**
 * Zod's issues as input issues with field paths, at most `limit` of them. Zod's own messages become
 * catalogue messages (said in the reader's language by the server); a schema's own words stay as written.
 */
export function zodIssues(error: z.ZodError, limit = 100): InputIssue[] {
  return error.issues.flatMap((issue): InputIssue[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => inputIssue(zodPath([...issue.path, key]), message('input.unknown-field', { key })));
    const said = messageOf(issue);
    return [said ? inputIssue(zodPath(issue.path), said) : { path: zodPath(issue.path), message: issue.message.replace(/^Invalid input: /, '') }];
  }).slice(0, limit);
}
