import { dirname, join } from 'node:path';
import { AppError } from '../app/app-error.js';
import { importRecords } from '../app/import-records.js';
import { conventionalRecordFile, formatRecordFileError } from '../app/read-records.js';
import type { RecordKind } from '../formats/csv/index.js';
import { CliError, EXIT } from './cli-error.js';
import { loadModelOrExit } from './load-or-exit.js';
import { paint } from './style.js';

export interface ImportCommandOptions {
  readonly programme: string;
  readonly into?: string;
  readonly dryRun?: boolean;
  readonly format: 'text' | 'json';
}

const NOUN: Readonly<Record<RecordKind, readonly [string, string]>> = {
  measurements: ['measurement', 'measurements'],
  progress: ['progress report', 'progress reports'],
  decisions: ['decision', 'decisions'],
  checks: ['criterion check', 'criterion checks'],
  risks: ['risk entry', 'risk entries'],
  overrides: ['override', 'overrides'],
  signals: ['signal', 'signals'],
  acknowledgements: ['acknowledgement', 'acknowledgements'],
  budget: ['budget entry', 'budget entries'],
};

const counted = (kind: RecordKind, n: number) => `${n} ${NOUN[kind][n === 1 ? 0 : 1]}`;

/** `koers <kind> import FILE --programme P [--into F] [--dry-run]`: validate all rows, then append them atomically. */
export async function importCommand(kind: RecordKind, file: string, options: ImportCommandOptions): Promise<void> {
  const { programme } = await loadModelOrExit(options.programme, options.format);
  const into = options.into ?? join(dirname(options.programme), `${kind}.csv`);
  if (options.into === undefined) {
    // Koers reads either <kind>.csv or <kind>.xlsx; a CSV beside a workbook would make them conflict.
    const current = await conventionalRecordFile(kind, options.programme).catch((error: unknown) => {
      if (error instanceof AppError) throw new CliError(error.message, EXIT.failed);
      throw error;
    });
    if (current?.endsWith('.xlsx')) throw new CliError(`${current} holds the ${kind} of this programme; save it as ${kind}.csv (and remove the workbook) before importing into it`, EXIT.failed);
  }
  const outcome = await importRecords({ kind, programme, source: file, into, dryRun: options.dryRun === true }).catch((error: unknown) => {
    if (error instanceof AppError) throw new CliError(error.message, error.code === 'file-not-found' ? EXIT.usage : EXIT.failed);
    throw error;
  });
  if (options.format === 'json') {
    const body = outcome.ok
      ? { file, into, ok: true, imported: outcome.imported, written: outcome.written, errors: [] }
      : { file, into, ok: false, imported: 0, written: false, errors: outcome.errors };
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    if (!outcome.ok) throw new CliError('', EXIT.failed);
    return;
  }
  if (!outcome.ok) {
    const c = paint(process.stderr);
    for (const e of outcome.errors) process.stderr.write(`${c('red', 'error')} ${formatRecordFileError(e)}\n`);
    const n = outcome.errors.length;
    process.stderr.write(`${n} problem${n === 1 ? '' : 's'}; nothing imported, ${into} is unchanged\n`);
    throw new CliError('', EXIT.failed);
  }
  if (outcome.imported === 0) process.stdout.write(`${file}: no rows to import\n`);
  else if (!outcome.written) process.stdout.write(`${file}: ${counted(kind, outcome.imported)} valid; nothing written (--dry-run)\n`);
  else process.stdout.write(`Imported ${counted(kind, outcome.imported)} from ${file} into ${into}${outcome.created ? ' (new file)' : ''}\n`);
}

/** `koers measurements import`. */
export const measurementsCommand = (file: string, options: ImportCommandOptions) => importCommand('measurements', file, options);
