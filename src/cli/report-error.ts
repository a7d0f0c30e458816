import { CliError, EXIT } from './cli-error.js';

/** Reports an error a command ended with, the one way every command does, and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof CliError) {
    if (error.message) process.stderr.write(`koers: ${error.message}\n`);
    return error.exitCode;
  }
  process.stderr.write(`koers: internal error: ${(error as Error).message}\nPlease report this, with the command you ran.\n`);
  if (process.env.KOERS_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  return EXIT.internal;
}
