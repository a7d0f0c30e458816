/** Stable codes for failures of use cases that are not the user's programme content. */
export type AppErrorCode = 'file-not-found' | 'invalid-programme' | 'invalid-input' | 'not-found' | 'conflict' | 'precondition-failed';

/** One problem in the input, at a field path such as `value` or `[3].kpi`, or a file position. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
  /** What would be valid. */
  readonly expected?: string;
  /** Line (programme files) or row (record files; the header is row 1). */
  readonly line?: number;
  readonly row?: number;
  /** Column number (programme files) or header (record files). */
  readonly column?: number | string;
}

/** A use case failed for a reason the caller can show as is. */
export class AppError extends Error {
  constructor(readonly code: AppErrorCode, message: string, readonly issues: readonly InputIssue[] = []) {
    super(message);
  }
}
