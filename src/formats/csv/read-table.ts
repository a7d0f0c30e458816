import type { Programme } from '../../model/index.js';
import { displayCell, EMPTY_CELL } from './cell.js';
import type { Cell } from './cell.js';
import { columnsOf } from './column-spec.js';
import type { CellResult, Column, FieldOf, ParseContext, RecordSpec } from './column-spec.js';
import { normalizeKey } from './normalize-key.js';
import { programmeLookup } from './programme-lookup.js';
import { sortRecordErrors } from './record-error.js';
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
  const columns = columnsOf(spec).map(([, c]) => c);
  return `${columns.map((c) => c.nl).join(', ')} (English: ${columns.map((c) => c.en).join(', ')})`;
}

/**
 * Reads the records of one kind from a sheet whose first non-empty row is the header.
 * Every problem is collected; when there is one, no row is returned.
 */
export function readTable<R>(spec: RecordSpec<R>, table: readonly TableRow[], programme: Programme): TableResult<R> {
  const start = table.findIndex((r) => !isEmpty(r.cells));
  if (start < 0) return { ok: false, errors: [{ row: 1, column: '', value: '', message: 'the file is empty', expected: `a header row: ${headerList(spec)}` }] };
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
        rowErrors.push({ row, column: header[i] || `column ${i + 1}`, value: displayCell(cell), message: `"${displayCell(cell)}" is in a column without a header`, expected: `values only under the headers ${headerList(spec)}` });
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
      else rowErrors.push({ row, column: columnName(field), value: displayCell(cell), message: result.message, expected: result.expected });
    }
    if (rowErrors.length === 0) {
      const value = record as R;
      for (const p of spec.check?.(value, ctx, cellOf) ?? []) {
        rowErrors.push({ row, column: columnName(p.field), value: displayCell(cellOf(p.field)), message: p.message, expected: p.expected });
      }
      const key = JSON.stringify(spec.unique.map((f) => value[f]));
      const first = seenKeys.get(key);
      if (first !== undefined) {
        const names = spec.unique.map(columnName);
        rowErrors.push({ row, column: names[0]!, value: displayCell(cellOf(spec.unique[0]!)), message: `repeats row ${first}: the same ${names.join(' and ')}`, expected: `one row per ${names.join(' and ')}` });
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
    return { ok: false, message: 'no value', expected: column.type.expected(ctx) };
  }
  const result = column.type.parse(cell, ctx);
  if (result.ok && column.presence !== 'optional' && result.value === '') return { ok: false, message: 'no value', expected: column.type.expected(ctx) };
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
      errors.push({ row, column: text, value: text, message: `unknown column "${text}"`, expected: `columns named ${headerList(spec)}` });
    } else if (fields.includes(field)) {
      errors.push({ row, column: text, value: text, message: `column "${text}" repeats column "${header[fields.indexOf(field)]}"`, expected: 'each column once' });
    }
    fields.push(field !== undefined && !fields.includes(field) ? field : undefined);
  });
  for (const [field, column] of columnsOf(spec)) {
    if (column.presence === 'required' && !fields.includes(field) && !errors.some((e) => index.get(normalizeKey(e.column)) === field)) {
      errors.push({ row, column: column.nl, value: '', message: `the column "${column.nl}" (or "${column.en}") is missing`, expected: `columns named ${headerList(spec)}` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, fields };
}
