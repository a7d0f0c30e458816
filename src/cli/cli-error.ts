/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The input is invalid, or a check failed (`--fail-on`). */
  failed: 1,
  /** Wrong arguments, or a file that cannot be read. */
  usage: 2,
  internal: 70,
} as const;

/** An error the CLI reports as one clean line, without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
  }
}
