import { AppError } from '../app/app-error.js';
import { readProgrammeFile } from '../app/read-programme-file.js';
import { CliError, EXIT } from './cli-error.js';
import { issueJson, printIssues } from './print-issues.js';

/** Loads a programme for a command; prints every problem and ends with exit 1 when the file is invalid. */
export async function loadOrExit(file: string, format: 'text' | 'json' = 'text') {
  const result = await readProgrammeFile(file).catch((error: unknown) => {
    if (error instanceof AppError) throw new CliError(error.message, EXIT.usage);
    throw error;
  });
  if (result.ok) return result;
  if (format === 'json') process.stdout.write(`${JSON.stringify({ file, valid: false, issues: result.issues.map((i) => issueJson(file, i)) }, null, 2)}\n`);
  else printIssues(file, result.issues);
  throw new CliError('', EXIT.failed);
}
