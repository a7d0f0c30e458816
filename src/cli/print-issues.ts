import type { LocatedIssue } from '../formats/yaml/index.js';
import { formatPath } from '../model/index.js';
import { paint } from './style.js';

/** `file:line:column  error  code  path: message (expected …)`, one problem a line. */
export function printIssues(file: string, issues: readonly LocatedIssue[], stream: NodeJS.WriteStream = process.stderr): void {
  const c = paint(stream);
  for (const i of issues) {
    const where = c('bold', `${file}:${i.line}:${i.column}`);
    const path = i.path.length ? `${formatPath(i.path)}: ` : '';
    const expected = i.expected && i.expected !== i.message ? c('dim', ` (expected ${i.expected})`) : '';
    stream.write(`${where} ${c('red', 'error')} ${c('dim', i.code)} ${path}${i.message}${expected}\n`);
  }
  stream.write(`${issues.length} problem${issues.length === 1 ? '' : 's'} in ${file}\n`);
}

/** The JSON form of a problem, shared by `validate --format json` and `lint --format json`. */
export function issueJson(file: string, i: LocatedIssue) {
  return { file, line: i.line, column: i.column, code: i.code, path: formatPath(i.path), message: i.message, expected: i.expected };
}
