/** Stable codes of the status engine's input errors. */
export type StatusErrorCode = 'invalid-as-of';

/** Input the status engine cannot work with; the CLI and server map it to a usage error. */
export class StatusError extends Error {
  constructor(readonly code: StatusErrorCode, message: string) {
    super(message);
  }
}
