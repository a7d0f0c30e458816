import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeText, formatRecordError, MAX_RECORD_FILE_BYTES, parseRecordsCsv, RECORD_KINDS, said } from '../formats/csv/index.js';
import type { CsvShape, RecordError, RecordKind, RecordOf, TableShape } from '../formats/csv/index.js';
import { message } from '../formats/messages/index.js';
import { parseRecordsXlsx } from '../formats/xlsx/index.js';
import type { Programme, Records } from '../model/index.js';
import { AppError } from './app-error.js';

/** Record files to read instead of the conventional ones, by kind. */
export type RecordFiles = Partial<Record<RecordKind, string>>;

/** A problem in one record file. */
export interface RecordFileError extends RecordError {
  readonly file: string;
  /** The XLSX sheet the rows came from. */
  readonly sheet?: string;
}

/** `measurements.csv: row 7, column "waarde": "7,5,1" is not a number (expected …)`. */
export function formatRecordFileError(error: RecordFileError): string {
  return formatRecordError(error, error.sheet ? `${error.file} (sheet "${error.sheet}")` : error.file);
}

/** One or more record files hold invalid rows; `errors` lists every one. */
export class InvalidRecordsError extends AppError {
  constructor(readonly errors: readonly RecordFileError[]) {
    super('invalid-input', errors.map(formatRecordFileError).join('\n'), errors.map((e) => ({
      path: e.file, message: e.message, expected: e.expected, row: e.row, ...(e.column ? { column: e.column } : {}), ...(e.localized ? { localized: e.localized } : {}),
    })));
  }
}

/** The rows of one record file, and for CSV what is needed to append to it. */
export type RecordFileResult<K extends RecordKind> =
  | { readonly ok: true; readonly rows: readonly RecordOf<K>[]; readonly shape: TableShape<RecordOf<K>>; readonly csv?: { readonly text: string; readonly shape: CsvShape<RecordOf<K>>; readonly encoding: 'utf-8' | 'windows-1252' } }
  | { readonly ok: false; readonly errors: readonly RecordFileError[] };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOldExcel = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * Reads records of one kind from the bytes of an uploaded or stored file; XLSX or CSV is told from
 * the content, not the name. `file` only labels the errors.
 */
export async function parseRecordBytes<K extends RecordKind>(kind: K, bytes: Uint8Array, programme: Programme, file: string): Promise<RecordFileResult<K>> {
  if (isOldExcel(bytes)) return { ok: false, errors: [{ file, row: 1, column: '', value: '', ...said(message('file.old-excel', {}), message('expect.xlsx-or-csv', {})) }] };
  if (isZip(bytes)) {
    const result = await parseRecordsXlsx(kind, bytes, programme);
    return result.ok ? { ok: true, rows: result.rows, shape: result.shape } : { ok: false, errors: result.errors.map((e) => ({ ...e, file, ...(result.sheet ? { sheet: result.sheet } : {}) })) };
  }
  const { text, encoding } = decodeText(bytes);
  const result = parseRecordsCsv(kind, text, programme);
  return result.ok ? { ok: true, rows: result.rows, shape: result.shape, csv: { text, shape: result.shape, encoding } } : { ok: false, errors: result.errors.map((e) => ({ ...e, file })) };
}

/** Reads one record file from disk; a missing file is an `AppError('file-not-found')`. */
export async function readRecordFile<K extends RecordKind>(kind: K, path: string, programme: Programme): Promise<RecordFileResult<K>> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new AppError('file-not-found', `cannot read "${path}": ${info ? 'not a file' : 'no such file'}`);
  if (info.size > MAX_RECORD_FILE_BYTES) {
    return { ok: false, errors: [{ file: path, row: 1, column: '', value: '', message: `the file is ${Math.round(info.size / 1024)} KiB; record files are limited to ${MAX_RECORD_FILE_BYTES / 1024 / 1024} MiB`, expected: 'a smaller file' }] };
  }
  return parseRecordBytes(kind, await readFile(path), programme, path);
}

/** The conventional file of a kind next to the programme file, if there is one: `measurements.csv` or `measurements.xlsx`. */
export async function conventionalRecordFile(kind: RecordKind, programmeFilePath: string): Promise<string | undefined> {
  const dir = dirname(programmeFilePath);
  const found: string[] = [];
  for (const ext of ['csv', 'xlsx']) {
    const path = join(dir, `${kind}.${ext}`);
    if ((await stat(path).catch(() => undefined))?.isFile()) found.push(path);
  }
  if (found.length > 1) throw new AppError('conflict', `both ${found.join(' and ')} exist; keep one of them`);
  return found[0];
}

/**
 * Reads everything recorded about a programme: by default the conventional files next to the
 * programme file (measurements.csv, progress.csv, decisions.csv, checks.csv, risks.csv,
 * overrides.csv, signals.csv, acknowledgements.csv, budget.csv, or the same names as .xlsx),
 * each only if it exists. Throws `InvalidRecordsError` listing every bad row of every file.
 *
 * @example
 * const records = await readRecords(programme, 'examples/klant-in-beeld/programme.yaml');
 * records.measurements.length; // all rows of measurements.csv
 */
export async function readRecords(programme: Programme, programmeFilePath: string, explicit: RecordFiles = {}): Promise<Records> {
  const results = await Promise.all(RECORD_KINDS.map(async (kind) => {
    const path = explicit[kind] ?? (await conventionalRecordFile(kind, programmeFilePath));
    return [kind, path === undefined ? undefined : await readRecordFile(kind, path, programme)] as const;
  }));
  const errors = results.flatMap(([, r]) => (r && !r.ok ? r.errors : []));
  if (errors.length > 0) throw new InvalidRecordsError(errors);
  return Object.fromEntries(results.map(([kind, r]) => [kind, r?.ok ? r.rows : []])) as unknown as Records;
}
