import { renderMessage } from '../messages/index.js';
import type { Localized, Message } from '../messages/index.js';

/** A problem in a record file, placed as the spreadsheet user sees it: the header is row 1. */
export interface RecordError {
  readonly row: number;
  /** The column's header as written in the file (or `column 7` when it has none). Empty for problems with the whole file. */
  readonly column: string;
  /** The cell as written. */
  readonly value: string;
  readonly message: string;
  /** What would be valid. */
  readonly expected: string;
  /** `message` and `expected` as catalogue messages, for saying them in another language. */
  readonly localized?: Localized;
}

/** A problem and what would be valid, as English text and as catalogue messages. */
export interface Said {
  readonly message: string;
  readonly expected: string;
  readonly localized: Localized;
}

/**
 * The English text of a problem together with its catalogue messages; an `expected` given as plain
 * text stays English in every language.
 *
 * @example said(message('cell.not-a-number', { value: 'zes' }), message('expect.number-or-percent', {}))
 */
export function said(problem: Message, expected: Message | string): Said {
  if (typeof expected === 'string') return { message: renderMessage(problem, 'en'), expected, localized: { message: problem } };
  return { message: renderMessage(problem, 'en'), expected: renderMessage(expected, 'en'), localized: { message: problem, expected } };
}

/** The outcome of reading a record file: every row, or every problem and no rows. */
export type RecordsResult<R> =
  | { readonly ok: true; readonly rows: readonly R[] }
  | { readonly ok: false; readonly errors: readonly RecordError[] };

/**
 * One line per problem.
 *
 * @example formatRecordError(e, 'measurements.csv')
 * // 'measurements.csv: row 7, column "waarde": "7,5,1" is not a number (expected a number such as 7,5 or 12%)'
 */
export function formatRecordError(error: RecordError, file?: string): string {
  const where = error.column ? `row ${error.row}, column "${error.column}"` : `row ${error.row}`;
  const expected = error.expected ? ` (expected ${error.expected})` : '';
  return `${file ? `${file}: ` : ''}${where}: ${error.message}${expected}`;
}

/** Problems in reading order: by row, then in the order given. */
export function sortRecordErrors(errors: readonly RecordError[]): RecordError[] {
  return errors.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.row - b.row || i - j).map(([e]) => e);
}
