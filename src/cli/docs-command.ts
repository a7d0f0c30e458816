import { relative } from 'node:path';
import { AppError } from '../app/app-error.js';
import { InvalidRecordsError, readRecords } from '../app/read-records.js';
import { DOCUMENT_FORMATS, writeDocuments } from '../app/write-documents.js';
import type { DocumentFormat } from '../app/write-documents.js';
import { PdfUnavailableError } from '../formats/pdf/index.js';
import { CliError, EXIT } from './cli-error.js';
import { dateOption, today } from './dates.js';
import { loadModelOrExit } from './load-or-exit.js';
import { paint } from './style.js';

export interface DocsCommandOptions {
  readonly out: string;
  readonly measurements?: string | undefined;
  readonly asOf?: string | undefined;
  readonly since?: string | undefined;
  readonly previousPlan?: string | undefined;
  readonly lang: 'nl' | 'en';
  readonly format: string;
  readonly author?: string | undefined;
  readonly quiet?: boolean | undefined;
}

/** `koers docs FILE --out DIR`: the roadmap framework, batenrealisatieplan, stuurgroep report, DIN and calendar. */
export async function docsCommand(file: string, options: DocsCommandOptions): Promise<void> {
  const formats = parseFormats(options.format);
  dateOption('--since', options.since);
  const reportDate = dateOption('--as-of', options.asOf) ?? today();
  if (options.since !== undefined && options.since >= reportDate) {
    throw new CliError(`--since (${options.since}) must lie before the report date (${reportDate})`, EXIT.usage);
  }
  const { programme } = await loadModelOrExit(file);
  if (options.author !== undefined && !programme.roles.some((r) => r.id === options.author)) {
    throw new CliError(`--author "${options.author}" is not a role of the programme; use one of: ${programme.roles.map((r) => r.id).join(', ')}`, EXIT.usage);
  }
  const previousPlan = options.previousPlan === undefined ? undefined : (await loadModelOrExit(options.previousPlan)).programme;
  const progress = options.quiet !== true && process.stderr.isTTY === true;
  const c = paint(process.stderr);
  try {
    const records = await readRecords(programme, file, options.measurements === undefined ? {} : { measurements: options.measurements });
    const written = await writeDocuments({
      programme,
      records,
      previousPlan,
      today: today(),
      asOf: options.asOf,
      since: options.since,
      lang: options.lang,
      formats,
      out: options.out,
      author: options.author,
      chromiumPath: process.env.KOERS_CHROMIUM_PATH,
      onProgress: progress ? ({ title, files }) => process.stderr.write(`${c('green', '✓')} ${title} ${c('dim', `→ ${files.join(', ')}`)}\n`) : undefined,
    });
    if (progress) process.stderr.write(`${written.length} files written to ${relative(process.cwd(), options.out) || '.'}\n`);
  } catch (error) {
    if (error instanceof PdfUnavailableError) throw new CliError(error.message, EXIT.failed);
    if (error instanceof InvalidRecordsError) throw new CliError(error.message, EXIT.failed);
    if (error instanceof AppError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

function parseFormats(text: string): DocumentFormat[] {
  const parts = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const wrong = parts.filter((p) => !(DOCUMENT_FORMATS as readonly string[]).includes(p));
  if (wrong.length || !parts.length) {
    throw new CliError(`--format takes a comma-separated list of ${DOCUMENT_FORMATS.join(', ')}; got "${text}"`, EXIT.usage);
  }
  return [...new Set(parts)] as DocumentFormat[];
}

