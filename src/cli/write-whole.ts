import { rename, unlink, writeFile } from 'node:fs/promises';
import { CliError, EXIT } from './cli-error.js';

/** Writes beside the target and renames, so that a failed write never leaves half a file. */
export async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(`cannot write "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
  }
}
