import type { Programme } from '../../model/index.js';
import { message } from '../messages/index.js';
import type { Headers } from '../messages/index.js';
import { displayCell, EMPTY_CELL } from './cell.js';
import type { Cell } from './cell.js';
import { columnsOf } from './column-spec.js';
import type { CellResult, Column, FieldOf, ParseContext, RecordSpec } from './column-spec.js';
import { normalizeKey } from './normalize-key.js';
import { programmeLookup } from './programme-lookup.js';
import { said, sortRecordErrors } from './record-error.js';
import type { RecordError } from './record-error.js';

/** One row of a sheet, numbered as the spreadsheet shows it. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** What the reader learnt about the file's layout, for appending rows that look the same. */
export interface TableShape<R> {
  /** The header as written, and the field each header cell maps to (undefined for blank headers). */
  readonly header: readonly string[];
  readonly fields: readonly (FieldOf<R> | undefined)[];
  readonly decimal: ',' | '.' | undefined;
  readonly dates: 'dmy' | 'iso' | undefined;
  /** The spreadsheet row of each record read. */
  readonly rowNumbers: readonly number[];
}

export type TableResult<R> =
  | { readonly ok: true; readonly rows: readonly R[]; readonly shape: TableShape<R> }
  | { readonly ok: false; readonly errors: readonly RecordError[] };

const isEmpty = (cells: readonly Cell[]) => cells.every((c) => c.kind === 'empty');

/** Headers accepted for each field of a spec, by normalized header. */
export function headerIndex<R>(spec: RecordSpec<R>): ReadonlyMap<string, FieldOf<R>> {
  const index = new Map<string, FieldOf<R>>();
  for (const [field, column] of columnsOf(spec)) for (const h of [column.nl, column.en, ...column.aliases]) index.set(normalizeKey(h), field);
  return index;
}

/** "kpi, datum, waarde … (English: kpi, date, value …)". */
export function headerList<R>(spec: RecordSpec<R>): string {
  const { nl, en } = headersOf(spec);
  return `${nl.join(', ')} (English: ${en.join(', ')})`;
}

/** The headers of a spec in both layouts, as the catalogue's messages take them. */
export function headersOf<R>(spec: RecordSpec<R>): Headers {
  const columns = columnsOf(spec).map(([, c]) => c);
  return { nl: columns.map((c) => c.nl), en: columns.map((c) => c.en) };
}

/**
 * Reads the records of one kind from a sheet whose first non-empty row is the header.
 * Every problem is collected; when there is one, no row is returned.
 */
export function readTable<R>(spec: RecordSpec<R>, table: readonly TableRow[], programme: Programme): TableResult<R> {
  const start = table.findIndex((r) => !isEmpty(r.cells));
  if (start < 0) return { ok: false, errors: [{ row: 1, column: '', value: '', ...said(message('file.empty', {}), message('expect.header-row', headersOf(spec))) }] };
  const headerRow = table[start]!;
  const header = headerRow.cells.map((c) => displayCell(c).trim());
  const mapped = mapHeader(spec, header, headerRow.row);
  if (!mapped.ok) return mapped;
  const { fields } = mapped;
  const ctx: ParseContext = { programme, lookup: programmeLookup(programme), seen: { decimal: undefined, dates: undefined } };
  const columnName = (field: FieldOf<R>) => header[fields.indexOf(field)] ?? spec.columns[field].nl;

  const errors: RecordError[] = [];
  const rows: R[] = [];
  const rowNumbers: number[] = [];
  const seenKeys = new Map<string, number>();
  for (const { row, cells } of table.slice(start + 1)) {
    if (isEmpty(cells)) continue;
    const rowErrors: RecordError[] = [];
    cells.forEach((cell, i) => {
      if (cell.kind !== 'empty' && fields[i] === undefined) {
        rowErrors.push({ row, column: header[i] || `column ${i + 1}`, value: displayCell(cell), ...said(message('cell.headerless', { value: displayCell(cell) }), message('expect.under-headers', headersOf(spec))) });
      }
    });
    const cellOf = (field: FieldOf<R>): Cell => {
      const i = fields.indexOf(field);
      return i < 0 ? EMPTY_CELL : (cells[i] ?? EMPTY_CELL);
    };
    const record: Record<string, unknown> = {};
    for (const [field, column] of columnsOf(spec)) {
      const cell = cellOf(field);
      const result = readCell(column, cell, ctx);
      if (result.ok) record[field] = result.value;
      else rowErrors.push({ row, column: columnName(field), value: displayCell(cell), message: result.message, expected: result.expected, ...(result.localized ? { localized: result.localized } : {}) });
    }
    if (rowErrors.length === 0) {
      const value = record as R;
      for (const p of spec.check?.(value, ctx, cellOf) ?? []) {
        rowErrors.push({ row, column: columnName(p.field), value: displayCell(cellOf(p.field)), message: p.message, expected: p.expected, ...(p.localized ? { localized: p.localized } : {}) });
      }
      const key = JSON.stringify(spec.unique.map((f) => value[f]));
      const first = seenKeys.get(key);
      if (first !== undefined) {
        const names = spec.unique.map(columnName);
        rowErrors.push({ row, column: names[0]!, value: displayCell(cellOf(spec.unique[0]!)), ...said(message('row.repeats', { row: first, columns: names }), message('expect.one-row-per', { columns: names })) });
      } else seenKeys.set(key, row);
      if (rowErrors.length === 0) {
        rows.push(value);
        rowNumbers.push(row);
      }
    }
    errors.push(...rowErrors);
  }
  if (errors.length > 0) return { ok: false, errors: sortRecordErrors(errors) };
  return { ok: true, rows, shape: { header, fields, decimal: ctx.seen.decimal, dates: ctx.seen.dates, rowNumbers } };
}

function readCell<V>(column: Column<V>, cell: Cell, ctx: ParseContext): CellResult<unknown> {
  if (cell.kind === 'empty') {
    if (column.presence === 'optional') return { ok: true, value: undefined };
    if (column.presence === 'default') return { ok: true, value: column.default };
    return { ok: false, ...said(message('cell.no-value', {}), column.type.expected(ctx)) };
  }
  const result = column.type.parse(cell, ctx);
  if (result.ok && column.presence !== 'optional' && result.value === '') return { ok: false, ...said(message('cell.no-value', {}), column.type.expected(ctx)) };
  return result;
}

type HeaderResult<R> = { readonly ok: true; readonly fields: readonly (FieldOf<R> | undefined)[] } | { readonly ok: false; readonly errors: readonly RecordError[] };

function mapHeader<R>(spec: RecordSpec<R>, header: readonly string[], row: number): HeaderResult<R> {
  const index = headerIndex(spec);
  const errors: RecordError[] = [];
  const fields: (FieldOf<R> | undefined)[] = [];
  header.forEach((text, i) => {
    if (text === '') {
      fields.push(undefined);
      return;
    }
    const field = index.get(normalizeKey(text));
    if (field === undefined) {
      errors.push({ row, column: text, value: text, ...said(message('header.unknown', { column: text }), message('expect.columns', headersOf(spec))) });
    } else if (fields.includes(field)) {
      errors.push({ row, column: text, value: text, ...said(message('header.repeated', { column: text, first: header[fields.indexOf(field)] ?? '' }), message('expect.each-column-once', {})) });
    }
    fields.push(field !== undefined && !fields.includes(field) ? field : undefined);
  });
  for (const [field, column] of columnsOf(spec)) {
    if (column.presence === 'required' && !fields.includes(field) && !errors.some((e) => index.get(normalizeKey(e.column)) === field)) {
      errors.push({ row, column: column.nl, value: '', ...said(message('header.missing', { nl: column.nl, en: column.en }), message('expect.columns', headersOf(spec))) });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, fields };
}
