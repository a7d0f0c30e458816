import { isMessage, renderMessage } from '../formats/messages/index.js';
import type { Localized, Message } from '../formats/messages/index.js';

/** Stable codes for failures of use cases that are not the user's programme content. */
export type AppErrorCode = 'file-not-found' | 'invalid-programme' | 'invalid-input' | 'not-found' | 'conflict' | 'precondition-failed';

/** One problem in the input, at a field path such as `value` or `[3].kpi`, or a file position. */
export interface InputIssue {
  readonly path: string;
  /** In English; `localized` has it as a catalogue message for other languages. */
  readonly message: string;
  /** What would be valid. */
  readonly expected?: string;
  /** Line (programme files) or row (record files; the header is row 1). */
  readonly line?: number;
  readonly row?: number;
  /** Column number (programme files) or header (record files). */
  readonly column?: number | string;
  /** `message` and `expected` as catalogue messages, so the server can answer in the reader's language. */
  readonly localized?: Localized;
}

/**
 * An input issue from catalogue messages, with its English text filled in.
 *
 * @example inputIssue('value', message('cell.more-than', { value: '150', max: 100 }))
 */
export function inputIssue(path: string, problem: Message, expected?: Message, at: Pick<InputIssue, 'line' | 'row' | 'column'> = {}): InputIssue {
  return {
    path,
    message: renderMessage(problem, 'en'),
    ...(expected ? { expected: renderMessage(expected, 'en') } : {}),
    ...at,
    localized: expected ? { message: problem, expected } : { message: problem },
  };
}

/**
 * The first few issues with their paths, as a message's `problems` parameter (`value: "150" is more than 100`).
 *
 * @example message('records.invalid', { kind: 'measurements', ...firstProblems(issues) })
 */
export function firstProblems(issues: readonly InputIssue[], shown = 3) {
  return { problems: issues.slice(0, shown).map((i) => ({ path: i.path, text: i.localized?.message ?? i.message })), total: issues.length };
}

/** A use case failed for a reason the caller can show as is. */
export class AppError extends Error {
  /** The message as a catalogue message, when it has one (then `message` is its English text). */
  readonly text: Message | undefined;

  constructor(readonly code: AppErrorCode, message: string | Message, readonly issues: readonly InputIssue[] = []) {
    super(isMessage(message) ? renderMessage(message, 'en') : message);
    this.text = isMessage(message) ? message : undefined;
  }
}
