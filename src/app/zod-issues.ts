import type { z } from 'zod';
import type { InputIssue } from './app-error.js';

/** `['records', 3, 'kpi']` → `records[3].kpi`; with a `prefix`, `[3].kpi` becomes `prefix[3].kpi`. */
export function zodPath(path: readonly PropertyKey[], prefix = ''): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), prefix);
}

/** Zod's issues as input issues with field paths, at most `limit` of them. */
export function zodIssues(error: z.ZodError, limit = 100): InputIssue[] {
  return error.issues.flatMap((issue): InputIssue[] => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: zodPath([...issue.path, key]), message: `unknown field "${key}"` }));
    return [{ path: zodPath(issue.path), message: issue.message.replace(/^Invalid input: /, '') }];
  }).slice(0, limit);
}
