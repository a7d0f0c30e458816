import { AppError } from '../app/app-error.js';
import { InvalidRecordsError, readRecords } from '../app/read-records.js';
import type { Programme, Records } from '../model/index.js';
import { programmeStatus, ragAtLeast } from '../steer/index.js';
import type { StatusLanguage } from '../steer/index.js';
import { CliError, EXIT } from './cli-error.js';
import { dateOption, today } from './dates.js';
import { loadModelOrExit } from './load-or-exit.js';
import { statusMarkdownView, statusTextView } from './status-view.js';
import { paint } from './style.js';

export interface StatusCommandOptions {
  readonly measurements?: string;
  readonly asOf?: string;
  readonly format: 'text' | 'json' | 'md';
  readonly failOn?: 'red' | 'amber';
  readonly lang: StatusLanguage;
}

/**
 * `koers status FILE`: the programme's status on a date, from the records next to the programme file
 * (measurements.csv, progress.csv …) or the files given. Exit 0, or 1 when the programme or a record file
 * is invalid or `--fail-on` is reached, or 2 on a usage error or an unreadable file.
 */
export async function statusCommand(file: string, options: StatusCommandOptions): Promise<void> {
  const asOf = dateOption('--as-of', options.asOf) ?? today();
  const { programme } = await loadModelOrExit(file, options.format === 'json' ? 'json' : 'text');
  const records = await loadRecords(programme, file, options.measurements);
  const status = programmeStatus(programme, records, asOf);

  if (options.format === 'json') process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  else if (options.format === 'md') process.stdout.write(statusMarkdownView(status, options.lang));
  else process.stdout.write(statusTextView(status, options.lang, paint(process.stdout)));

  if (options.failOn && ragAtLeast(status.summary.worst, options.failOn === 'red' ? 'rood' : 'geel')) process.exitCode = EXIT.failed;
}

async function loadRecords(programme: Programme, file: string, measurements: string | undefined): Promise<Records> {
  try {
    return await readRecords(programme, file, measurements === undefined ? {} : { measurements });
  } catch (error) {
    if (error instanceof InvalidRecordsError) throw new CliError(error.message, EXIT.failed);
    if (error instanceof AppError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}
