import { isIsoDate } from '../calendar/index.js';
import { EMPTY_CELL, overrideSubjectText, RECORD_SPECS, readTable, textCell } from '../formats/csv/index.js';
import type { Cell, RecordSpec, TableRow } from '../formats/csv/index.js';
import type { OverrideSubject, Programme } from '../model/index.js';
import type { InputIssue } from './app-error.js';
import type { RecordKind, RecordOf } from './record-kinds.js';
import { upgradeRecord } from './upgrade-record.js';

/** A record as sent to the API, its fields already of the right JSON types; an override's subject is a tagged object. */
export type RecordInput = Readonly<Record<string, string | number | boolean | null | undefined | OverrideSubject>>;

export type CheckedRecords<K extends RecordKind> =
  | { readonly ok: true; readonly records: readonly RecordOf<K>[] }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Checks records against the programme by the same rules as record files (references by id or
 * name, manual criteria only, a GO met voorwaarden needs its conditions …), so that the API and
 * CSV/XLSX imports accept exactly the same records. Paths are `field` for one record and
 * `[i].field` for a list.
 *
 * @example checkRecords('measurements', [{ kpi: 'getraind', date: '2026-03-31', value: 15 }], programme, { list: false })
 */
export function checkRecords<K extends RecordKind>(kind: K, inputs: readonly RecordInput[], programme: Programme, options: { readonly list: boolean }): CheckedRecords<K> {
  const spec = RECORD_SPECS[kind] as unknown as RecordSpec<RecordOf<K>>;
  const fields = Object.keys(spec.columns) as (keyof RecordOf<K> & string)[];
  const header = fields.map((f) => spec.columns[f].en);
  const table: TableRow[] = [
    { row: 1, cells: header.map((h) => textCell(h)) },
    ...inputs.map((input, i) => {
      const upgraded = upgradeRecord(kind, input) as unknown as RecordInput;
      return { row: i + 2, cells: fields.map((f) => cellOf(upgraded[f])) };
    }),
  ];
  const result = readTable(spec, table, programme);
  if (result.ok) return { ok: true, records: result.rows };
  const fieldOf = new Map(fields.map((f) => [spec.columns[f].en, f]));
  return {
    ok: false,
    issues: result.errors.map((e) => {
      const field = fieldOf.get(e.column);
      const index = options.list ? `[${e.row - 2}]` : '';
      const path = field === undefined ? index : options.list ? `${index}.${field}` : field;
      return { path, message: e.message, expected: e.expected, ...(e.localized ? { localized: e.localized } : {}) };
    }),
  };
}

function cellOf(value: RecordInput[string]): Cell {
  if (value === undefined || value === null) return EMPTY_CELL;
  // Qualified (`kpi:…`), so that the JSON's kind decides, whatever the plan's names.
  if (typeof value === 'object') return textCell(overrideSubjectText(value, true));
  if (typeof value === 'number') return { kind: 'number', value, percent: false };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (isIsoDate(value)) return { kind: 'date', date: value };
  return textCell(value);
}
