import { randomUUID } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { appendRecordsCsv, decodeText, RECORD_SPECS, writeRecordsCsv } from '../formats/csv/index.js';
import type { RecordKind, RecordOf, RecordSpec } from '../formats/csv/index.js';
import type { Programme } from '../model/index.js';
import { AppError } from './app-error.js';
import { readRecordFile } from './read-records.js';
import type { RecordFileError, RecordFileResult } from './read-records.js';

export interface ImportRecordsOptions<K extends RecordKind> {
  readonly kind: K;
  readonly programme: Programme;
  /** The CSV or XLSX file to import. */
  readonly source: string;
  /** The canonical CSV file to append to; created when missing. */
  readonly into: string;
  /** Validate only; write nothing. */
  readonly dryRun?: boolean;
}

export type ImportRecordsOutcome =
  | { readonly ok: true; readonly imported: number; readonly into: string; readonly created: boolean; readonly written: boolean }
  | { readonly ok: false; readonly errors: readonly RecordFileError[] };

/**
 * Imports records into a canonical CSV file: every row of `source` is validated against the
 * programme and against the rows already in `into` (no second row for the same KPI and date …);
 * then the rows are appended in one atomic write (temporary file + rename). On any problem,
 * every problem is returned and nothing is written.
 *
 * @example
 * const outcome = await importRecords({ kind: 'measurements', programme, source: 'november.xlsx', into: 'measurements.csv' });
 * if (!outcome.ok) outcome.errors.forEach((e) => console.error(formatRecordFileError(e)));
 */
export async function importRecords<K extends RecordKind>(options: ImportRecordsOptions<K>): Promise<ImportRecordsOutcome> {
  const { kind, programme, source, into } = options;
  const spec = RECORD_SPECS[kind] as RecordSpec<RecordOf<K>>;
  if (/\.xls[xm]?$/iu.test(into)) throw new AppError('invalid-input', `cannot import into ${into}: imports append to a CSV file`);
  const incoming = await readRecordFile(kind, source, programme);
  const existsAlready = (await stat(into).catch(() => undefined)) !== undefined;
  const current: RecordFileResult<K> | undefined = existsAlready ? await readRecordFile(kind, into, programme) : undefined;
  if (current && current.ok && !current.csv) throw new AppError('invalid-input', `cannot import into ${into}: it is a workbook, and imports append to a CSV file`);
  const errors = [...(incoming.ok ? [] : incoming.errors), ...(current && !current.ok ? current.errors : [])];
  if (errors.length > 0 || !incoming.ok) return { ok: false, errors };

  const known = new Map<string, number>();
  if (current?.ok) current.rows.forEach((r, i) => known.set(keyOf(spec, r), current.shape.rowNumbers[i]!));
  incoming.rows.forEach((r, i) => {
    const row = known.get(keyOf(spec, r));
    if (row === undefined) return;
    const names = spec.unique.map((f) => incoming.shape.header[incoming.shape.fields.indexOf(f)] ?? spec.columns[f].nl);
    const values = spec.unique.map((f) => String(r[f])).join(', ');
    errors.push({
      file: source, row: incoming.shape.rowNumbers[i]!, column: names[0]!, value: String(r[spec.unique[0]!]),
      message: `${values} is already recorded in ${into} (row ${row})`,
      expected: `a ${names.join(' and ')} not yet in ${basename(into)}; to correct a recorded row, edit ${basename(into)}`,
    });
  });
  if (errors.length > 0) return { ok: false, errors };

  const written = !options.dryRun && incoming.rows.length > 0;
  if (written) {
    const text = current?.ok && current.csv
      ? appendRecordsCsv(kind, { text: current.csv.text, rows: current.rows, shape: current.csv.shape }, incoming.rows)
      : writeRecordsCsv(kind, incoming.rows, { bom: true });
    // Re-encoding a Windows-1252 file as UTF-8 needs a BOM, or Excel reads it wrongly.
    const bom = current?.ok && current.csv?.encoding === 'windows-1252' && !text.startsWith('\uFEFF') ? '\uFEFF' : '';
    await replaceAtomically(into, bom + text, current?.ok ? current.csv?.text : undefined);
  }
  return { ok: true, imported: incoming.rows.length, into, created: !existsAlready, written };
}

function keyOf<R>(spec: RecordSpec<R>, row: R): string {
  return JSON.stringify(spec.unique.map((f) => row[f]));
}

/** Writes beside the target and renames over it, so a reader never sees half a file. */
async function replaceAtomically(path: string, text: string, expectedCurrent: string | undefined): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    const now = await readFile(path).then((b) => b, () => undefined);
    const unchanged = expectedCurrent === undefined ? now === undefined : now !== undefined && decodeText(now).text === expectedCurrent;
    if (!unchanged) throw new AppError('conflict', `${path} changed while importing; nothing was imported, run the import again`);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

