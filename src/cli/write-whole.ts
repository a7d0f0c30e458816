import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { CliError, EXIT } from './cli-error.js';

/**
 * Writes beside the target and renames, so that a failed write never leaves half a file. Synchronous:
 * the command waits for it anyway, and the promise API costs a short command's start-up time.
 */
export function writeWhole(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    throw new CliError(`cannot write "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
  }
}
