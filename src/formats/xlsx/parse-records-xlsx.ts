import type { Cell as ExcelCell, CellValue, Worksheet } from 'exceljs';
import type { Programme } from '../../model/index.js';
import { EMPTY_CELL, headersOf, MAX_RECORD_FILE_BYTES, normalizeKey, RECORD_SPECS, readTable, said, textCell } from '../csv/index.js';
import type { Cell, RecordError, RecordKind, RecordOf, RecordSpec, TableRow, TableShape } from '../csv/index.js';
import { message } from '../messages/index.js';
import type { Message } from '../messages/index.js';

/** Sheets longer than this are refused; a programme's records stay far below it. */
export const MAX_SHEET_ROWS = 100_000;

export type XlsxRecordsResult<R> =
  | { readonly ok: true; readonly rows: readonly R[]; readonly shape: TableShape<R>; readonly sheet: string }
  | { readonly ok: false; readonly errors: readonly RecordError[]; readonly sheet: string | undefined };

/**
 * Reads one kind of records from an XLSX workbook: the sheet named like the kind ("metingen",
 * "measurements", "voortgang" …) or else the first sheet. Date cells, number cells and cells
 * formatted as a percentage are read as such; text cells go through the same rules as CSV.
 *
 * @example
 * const result = await parseRecordsXlsx('measurements', await readFile('metingen.xlsx'), programme);
 */
export async function parseRecordsXlsx<K extends RecordKind>(kind: K, bytes: Uint8Array, programme: Programme): Promise<XlsxRecordsResult<RecordOf<K>>> {
  const spec = RECORD_SPECS[kind] as RecordSpec<RecordOf<K>>;
  const fail = (problem: Message, expected: Message, sheet?: string): XlsxRecordsResult<RecordOf<K>> => ({ ok: false, sheet, errors: [{ row: 1, column: '', value: '', ...said(problem, expected) }] });
  if (bytes.length > MAX_RECORD_FILE_BYTES) {
    return fail(message('file.too-large', { kib: Math.round(bytes.length / 1024), mib: MAX_RECORD_FILE_BYTES / 1024 / 1024 }), message('expect.smaller-workbook', {}));
  }
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return fail(message('file.not-xlsx', {}), message('expect.xlsx', headersOf(spec)));
  }
  const sheet = pickSheet(workbook.worksheets, spec.sheets);
  if (!sheet) return fail(message('file.no-sheets', {}), message('expect.sheet', headersOf(spec)));
  if (sheet.rowCount > MAX_SHEET_ROWS) return fail(message('file.too-many-rows', { rows: sheet.rowCount, max: MAX_SHEET_ROWS }), message('expect.smaller-sheet', {}), sheet.name);
  const result = readTable(spec, tableOf(sheet), programme);
  return result.ok ? { ok: true, rows: result.rows, shape: result.shape, sheet: sheet.name } : { ok: false, errors: result.errors, sheet: sheet.name };
}

function pickSheet(sheets: readonly Worksheet[], names: readonly string[]): Worksheet | undefined {
  const wanted = new Set(names.map(normalizeKey));
  return sheets.find((s) => wanted.has(normalizeKey(s.name))) ?? sheets[0];
}

function tableOf(sheet: Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c)));
    rows.push({ row: r, cells });
  }
  return rows;
}

function cellOf(cell: ExcelCell): Cell {
  return valueCell(cell.value, /%/u.test((cell.numFmt ?? '').replace(/"[^"]*"/gu, '')));
}

function valueCell(value: CellValue, percentFormat: boolean): Cell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number') return percentFormat ? { kind: 'number', value: Number((value * 100).toPrecision(12)), percent: true } : { kind: 'number', value, percent: false };
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', date: dayOf(value) };
  if ('richText' in value) return textCell(value.richText.map((t) => t.text).join(''));
  if ('hyperlink' in value) return textCell(typeof value.text === 'string' ? value.text : String(value.hyperlink));
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? EMPTY_CELL : valueCell(value.result, percentFormat);
  if ('error' in value) return textCell(value.error);
  return EMPTY_CELL;
}

/** Excel stores days as UTC midnight; rounding to the minute absorbs floating-point drift. */
function dayOf(date: Date): string {
  return new Date(Math.round(date.getTime() / 60_000) * 60_000).toISOString().slice(0, 10);
}
