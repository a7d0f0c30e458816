import { AppError } from '../app/app-error.js';
import { readProgrammeFile, readValidProgrammeFile } from '../app/read-programme-file.js';
import { CliError, EXIT } from './cli-error.js';
import { issueJson, printIssues } from './print-issues.js';

/** Loads a programme for a command; prints every problem and ends with exit 1 when the file is invalid. */
export async function loadOrExit(file: string, format: 'text' | 'json' = 'text') {
  return orExit(file, format, await readProgrammeFile(file).catch(usageError));
}

/** Like `loadOrExit`, for commands that need only the model: an unchanged file is read from the cache. */
export async function loadModelOrExit(file: string, format: 'text' | 'json' = 'text') {
  return orExit(file, format, await readValidProgrammeFile(file).catch(usageError));
}

function orExit<T extends { ok: boolean }>(file: string, format: 'text' | 'json', result: T) {
  if (result.ok) return result as Extract<T, { ok: true }>;
  const { issues } = result as unknown as { issues: Parameters<typeof printIssues>[1] };
  if (format === 'json') process.stdout.write(`${JSON.stringify({ file, valid: false, issues: issues.map((i) => issueJson(file, i)) }, null, 2)}\n`);
  else printIssues(file, issues);
  throw new CliError('', EXIT.failed);
}

function usageError(error: unknown): never {
  if (error instanceof AppError) throw new CliError(error.message, EXIT.usage);
  throw error;
}
