import { CsvError, parse } from 'csv-parse/sync';
import type { Programme } from '../../model/index.js';
import { message } from '../messages/index.js';
import type { Message } from '../messages/index.js';
import { textCell } from './cell.js';
import type { RecordKind, RecordOf } from './column-spec.js';
import { headersOf, readTable } from './read-table.js';
import type { TableRow, TableShape } from './read-table.js';
import { said } from './record-error.js';
import type { RecordError } from './record-error.js';
import { RECORD_SPECS } from './record-specs.js';

/** Record files larger than this are refused before parsing; years of records stay far below it. */
export const MAX_RECORD_FILE_BYTES = 16 * 1024 * 1024;

/** The layout of a CSV file as read, so that rows appended to it look the same. */
export interface CsvShape<R> extends TableShape<R> {
  readonly delimiter: ';' | ',' | '\t';
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n';
}

export type CsvRecordsResult<R> =
  | { readonly ok: true; readonly rows: readonly R[]; readonly shape: CsvShape<R> }
  | { readonly ok: false; readonly errors: readonly RecordError[] };

/**
 * Reads one kind of records from CSV text, validating every row against the programme.
 * Accepts `;`, `,` or tab as delimiter (detected from the header), a BOM, quoted fields,
 * headers in Dutch or English in any order, decimal commas or points, and Dutch or ISO dates.
 *
 * @example
 * const result = parseRecordsCsv('measurements', 'kpi;datum;waarde\nPO churn;30-09-2026;10,6\n', programme);
 * if (result.ok) result.rows[0]; // { kpi: 'po-churn', date: '2026-09-30', value: 10.6, … }
 */
export function parseRecordsCsv<K extends RecordKind>(kind: K, text: string, programme: Programme): CsvRecordsResult<RecordOf<K>> {
  const spec = RECORD_SPECS[kind];
  const fail = (problem: Message, expected: Message, row = 1): CsvRecordsResult<RecordOf<K>> => ({ ok: false, errors: [{ row, column: '', value: '', ...said(problem, expected) }] });
  if (text.length > MAX_RECORD_FILE_BYTES) {
    return fail(message('file.too-large', { kib: Math.round(text.length / 1024), mib: MAX_RECORD_FILE_BYTES / 1024 / 1024 }), message('expect.smaller-file', {}));
  }
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  if (/[\u0000-\u0008\u000e-\u001a]/u.test(body)) return fail(message('file.not-text', {}), message('expect.csv-text', headersOf(spec)));
  const delimiter = detectDelimiter(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = typeof error.records === 'number' ? error.records + 1 : 1;
    return fail(csvProblem(error.code), message('expect.csv-quoting', {}), row);
  }
  const table: TableRow[] = records.map((fields, i) => ({ row: i + 1, cells: fields.map(textCell) }));
  const result = readTable(spec, table, programme);
  if (!result.ok) return result;
  const eol = /\r\n/u.test(body) ? '\r\n' : '\n';
  return { ok: true, rows: result.rows as readonly RecordOf<K>[], shape: { ...result.shape, delimiter, bom, eol } as CsvShape<RecordOf<K>> };
}

function csvProblem(code: string): Message {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED': return message('csv.quote-not-closed', {});
    case 'CSV_INVALID_CLOSING_QUOTE': return message('csv.text-after-quote', {});
    default: return message('csv.invalid', { reason: code });
  }
}

/** The delimiter that occurs most in the first non-empty line outside quotes; `;` wins a tie, as Excel NL writes it. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
    if (ch.trim() !== '') seen = true;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}
