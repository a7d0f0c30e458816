import type { Programme, Records } from '../../model/index.js';
import type { Localized, Message } from '../messages/index.js';
import type { Cell } from './cell.js';
import type { ProgrammeLookup } from './programme-lookup.js';

/** The record lists of a programme, by the name of their conventional file (`measurements.csv` …). */
export type RecordKind = keyof Records;
/** One record of a kind: `RecordOf<'measurements'>` is `Measurement`. */
export type RecordOf<K extends RecordKind> = Records[K][number];

export type CellResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string; readonly expected: string; readonly localized?: Localized };

/** How rows are written. The Dutch layout is what Excel in a Dutch locale reads and writes. */
export interface CsvLayout {
  readonly delimiter: ';' | ',' | '\t';
  readonly decimal: ',' | '.';
  readonly dates: 'dmy' | 'iso';
  readonly headers: 'nl' | 'en';
}

/** `;`, decimal comma, `31-03-2026`, Dutch headers. */
export const DUTCH_LAYOUT: CsvLayout = { delimiter: ';', decimal: ',', dates: 'dmy', headers: 'nl' };
/** `,`, decimal point, `2026-03-31`, English headers. */
export const ENGLISH_LAYOUT: CsvLayout = { delimiter: ',', decimal: '.', dates: 'iso', headers: 'en' };

/** What reading one file needs besides the cells. */
export interface ParseContext {
  readonly programme: Programme;
  readonly lookup: ProgrammeLookup;
  /** How the file writes decimals and dates, noted while reading so that appended rows match it. */
  readonly seen: { decimal: ',' | '.' | undefined; dates: 'dmy' | 'iso' | undefined };
}

/** How one kind of value is read from a cell and written back as text. */
export interface FieldType<T> {
  /** What a valid cell looks like, for error messages: a catalogue message, or English text. */
  readonly expected: (ctx: ParseContext) => Message | string;
  readonly parse: (cell: Cell, ctx: ParseContext) => CellResult<T>;
  readonly write: (value: T, layout: CsvLayout) => string;
}

interface ColumnBase<T> {
  /** Header written in the Dutch layout. */
  readonly nl: string;
  /** Header written in the English layout. */
  readonly en: string;
  /** Other headers accepted on reading, compared by `normalizeKey`. */
  readonly aliases: readonly string[];
  readonly type: FieldType<T>;
}

/** A column: optional fields may be left empty; required ones need a value unless they have a default. */
export type Column<V> = undefined extends V
  ? ColumnBase<Exclude<V, undefined>> & { readonly presence: 'optional' }
  : (ColumnBase<V> & { readonly presence: 'required' }) | (ColumnBase<V> & { readonly presence: 'default'; readonly default: V });

/** One column per record field, in the order they are written. */
export type Columns<R> = { readonly [K in keyof R]-?: Column<R[K]> };

export type FieldOf<R> = keyof R & string;

/** A problem found by a record's cross-column check. */
export interface FieldProblem<R> {
  readonly field: FieldOf<R>;
  readonly message: string;
  readonly expected: string;
  readonly localized?: Localized;
}

/** Everything needed to read and write one record kind; the reader and writers are generic over it. */
export interface RecordSpec<R> {
  readonly kind: RecordKind;
  /** Sheet names an XLSX file may use for this kind (besides using its first sheet). */
  readonly sheets: readonly string[];
  readonly columns: Columns<R>;
  /** Fields that identify a record: two rows with the same values are duplicates. */
  readonly unique: readonly FieldOf<R>[];
  /** Checks across the columns of a row whose cells are each valid. */
  readonly check?: (row: R, ctx: ParseContext, cell: (field: FieldOf<R>) => Cell) => readonly FieldProblem<R>[];
}

/** The columns of a spec with their field names, in order. */
export function columnsOf<R>(spec: RecordSpec<R>): readonly (readonly [FieldOf<R>, Column<R[FieldOf<R>]>])[] {
  return Object.entries(spec.columns) as unknown as (readonly [FieldOf<R>, Column<R[FieldOf<R>]>])[];
}
