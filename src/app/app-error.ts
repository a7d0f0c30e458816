/** Stable codes for failures of use cases that are not the user's programme content. */
export type AppErrorCode = 'file-not-found' | 'invalid-programme' | 'invalid-input' | 'not-found' | 'conflict';

/** A use case failed for a reason the caller can show as is. */
export class AppError extends Error {
  constructor(readonly code: AppErrorCode, message: string) {
    super(message);
  }
}
