import { stringify } from 'csv-stringify/sync';
import { columnsOf, DUTCH_LAYOUT } from './column-spec.js';
import type { CsvLayout, FieldOf, FieldType, RecordKind, RecordOf, RecordSpec } from './column-spec.js';
import type { CsvShape } from './parse-records-csv.js';
import { RECORD_SPECS } from './record-specs.js';

export interface WriteOptions {
  /** Defaults to the Dutch layout: `;`, decimal comma, `31-03-2026`, Dutch headers. */
  readonly layout?: CsvLayout;
  /** Write the header row (default true). */
  readonly header?: boolean;
  /** Start with a BOM, so that Excel reads the file as UTF-8 (default false). */
  readonly bom?: boolean;
  readonly eol?: '\n' | '\r\n';
}

/**
 * Writes records as CSV that `parseRecordsCsv` reads back to the same records.
 *
 * @example writeRecordsCsv('budget', [{ date: '2026-10-31', planned: 865000, spent: 915000.5 }])
 * // 'datum;gepland;besteed\n31-10-2026;865000;915000,5\n'
 */
export function writeRecordsCsv<K extends RecordKind>(kind: K, rows: readonly RecordOf<K>[], options: WriteOptions = {}): string {
  const spec = RECORD_SPECS[kind] as RecordSpec<RecordOf<K>>;
  const layout = options.layout ?? DUTCH_LAYOUT;
  const fields = columnsOf(spec).map(([field]) => field);
  const header = options.header === false ? [] : [columnsOf(spec).map(([, c]) => c[layout.headers])];
  return (options.bom ? '\uFEFF' : '') + toCsv([...header, ...rows.map((r) => cellsOf(spec, r, fields, layout))], layout.delimiter, options.eol ?? '\n');
}

/**
 * Adds records to the text of an existing CSV file in that file's own layout (delimiter, decimals,
 * dates, column order), leaving its existing lines untouched. When the file lacks a column that a new
 * record needs, the whole file is rewritten with that column added.
 */
export function appendRecordsCsv<K extends RecordKind>(kind: K, existing: { readonly text: string; readonly rows: readonly RecordOf<K>[]; readonly shape: CsvShape<RecordOf<K>> }, added: readonly RecordOf<K>[]): string {
  const spec = RECORD_SPECS[kind] as RecordSpec<RecordOf<K>>;
  const { shape } = existing;
  const english = columnsOf(spec).filter(([f, c]) => shape.header[shape.fields.indexOf(f)] === c.en && c.en !== c.nl).length;
  const dutch = columnsOf(spec).filter(([f, c]) => shape.header[shape.fields.indexOf(f)] === c.nl && c.en !== c.nl).length;
  const layout: CsvLayout = {
    delimiter: shape.delimiter,
    decimal: shape.decimal ?? (shape.delimiter === ',' ? '.' : ','),
    dates: shape.dates ?? (shape.delimiter === ',' ? 'iso' : 'dmy'),
    headers: english > dutch ? 'en' : 'nl',
  };
  const missing = columnsOf(spec).filter(([field]) => !shape.fields.includes(field) && added.some((r) => r[field] !== undefined));
  if (missing.length === 0) {
    const text = existing.text.length === 0 || /\n$/u.test(existing.text) ? existing.text : existing.text + shape.eol;
    return text + toCsv(added.map((r) => cellsOf(spec, r, shape.fields, layout)), shape.delimiter, shape.eol);
  }
  const fields = [...shape.fields, ...missing.map(([field]) => field)];
  const header = [...shape.header, ...missing.map(([, c]) => c[layout.headers])];
  const rows = [...existing.rows, ...added].map((r) => cellsOf(spec, r, fields, layout));
  return (shape.bom ? '\uFEFF' : '') + toCsv([header, ...rows], shape.delimiter, shape.eol);
}

function cellsOf<R>(spec: RecordSpec<R>, row: R, fields: readonly (FieldOf<R> | undefined)[], layout: CsvLayout): string[] {
  return fields.map((field) => {
    if (field === undefined || row[field] === undefined) return '';
    const type = spec.columns[field].type as FieldType<unknown>;
    return type.write(row[field], layout);
  });
}

function toCsv(rows: readonly (readonly string[])[], delimiter: string, eol: string): string {
  return rows.length === 0 ? '' : stringify(rows as string[][], { delimiter, record_delimiter: eol === '\r\n' ? 'windows' : 'unix' });
}
