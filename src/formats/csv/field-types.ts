import type { IsoDate } from '../../calendar/index.js';
import { displayCell } from './cell.js';
import type { Cell } from './cell.js';
import type { CellResult, CsvLayout, FieldType } from './column-spec.js';
import { normalizeKey } from './normalize-key.js';
import { message } from '../messages/index.js';
import type { Message } from '../messages/index.js';
import { formatDate, parseDateText } from './parse-date.js';
import { parseNumberText } from './parse-number.js';
import { said } from './record-error.js';

const written = (cell: Cell) => ({ value: displayCell(cell).trim() });
const fail = <T>(problem: Message, expected: Message | string): CellResult<T> => ({ ok: false, ...said(problem, expected) });

/** Free text, kept as written (trimmed); `expected` says what belongs in it when it is missing. */
export function text(expected: Message | string = message('expect.text', {})): FieldType<string> {
  return {
    expected: () => expected,
    parse: (cell) => ({ ok: true, value: displayCell(cell).trim() }),
    write: (value) => value,
  };
}

export interface NumberOptions {
  readonly min?: number;
  readonly max?: number;
  /** Accept a `%` sign (and XLSX cells formatted as a percentage). */
  readonly percent?: boolean;
  /** Accept `€` and `EUR`. */
  readonly currency?: boolean;
  /** What would be valid, such as "a number such as 7,5 or 12%". */
  readonly expected: Message | string;
}

/** A number in Dutch or English notation; see `parseNumberText`. */
export function number(options: NumberOptions): FieldType<number> {
  const expected = () => options.expected;
  return {
    expected,
    parse(cell, ctx) {
      let value: number;
      let percent: boolean;
      if (cell.kind === 'number') {
        ({ value, percent } = cell);
      } else if (cell.kind === 'text') {
        const read = parseNumberText(cell.text, { currency: options.currency === true });
        if (!read.ok) {
          return read.reason === 'ambiguous'
            ? fail(message('cell.ambiguous-number', written(cell)), message('expect.unambiguous-number', { base: options.expected }))
            : fail(message('cell.not-a-number', written(cell)), options.expected);
        }
        ({ value, percent } = read);
        if (read.decimal) ctx.seen.decimal ??= read.decimal;
      } else {
        return fail(message('cell.not-a-number', written(cell)), options.expected);
      }
      if (percent && !options.percent) return fail(message('cell.percent-not-allowed', written(cell)), options.expected);
      if (options.min !== undefined && value < options.min) return fail(message('cell.less-than', { ...written(cell), min: options.min }), options.expected);
      if (options.max !== undefined && value > options.max) return fail(message('cell.more-than', { ...written(cell), max: options.max }), options.expected);
      return { ok: true, value };
    },
    write: (value, layout) => formatNumber(value, layout),
  };
}

/**
 * `7.5` → `7,5` in the Dutch layout. Never thousands separators, and `6.125` is written `6,1250`:
 * three decimals after a short whole part would read as ambiguous (see `parseNumberText`).
 */
export function formatNumber(value: number, layout: CsvLayout): string {
  let text = plainDecimal(value);
  if (/^-?[1-9]\d{0,2}\.\d{3}$/u.test(text)) text += '0';
  return layout.decimal === ',' ? text.replace('.', ',') : text;
}

/** `String(value)` without exponent notation (`1e-7` → `0.0000001`), which spreadsheets and our reader would not take. */
function plainDecimal(value: number): string {
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/u.exec(text);
  if (!m) return text;
  const [, sign, whole, fraction = '', exponent] = m as unknown as [string, string, string, string | undefined, string];
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const DATE_EXPECTED = message('expect.date', {});
const DATE_PROBLEM = { 'not-a-date': 'cell.not-a-date', 'no-such-day': 'cell.no-such-day', 'short-year': 'cell.short-year' } as const;

/** A day: `dd-mm-jjjj`, `d-m-jjjj`, `dd/mm/jjjj`, ISO, or an XLSX date cell. */
export function date(): FieldType<IsoDate> {
  return {
    expected: () => DATE_EXPECTED,
    parse(cell, ctx) {
      if (cell.kind === 'date') return { ok: true, value: cell.date };
      if (cell.kind !== 'text') return fail(message('cell.not-a-date', written(cell)), DATE_EXPECTED);
      const read = parseDateText(cell.text);
      if (!read.ok) return fail(message(DATE_PROBLEM[read.reason], written(cell)), DATE_EXPECTED);
      ctx.seen.dates ??= read.style;
      return { ok: true, value: read.date };
    },
    write: (value, layout) => formatDate(value, layout.dates),
  };
}

/** One value of a choice, with the words written in each layout and the words also accepted. */
export interface ChoiceOption<T> {
  readonly value: T;
  readonly nl: string;
  readonly en: string;
  readonly aliases: readonly string[];
}

/** One of a fixed set of values, accepted in Dutch and English and in any case or spacing. */
export function choice<T>(options: readonly ChoiceOption<T>[]): FieldType<T> {
  const byKey = new Map<string, T>();
  for (const o of options) for (const word of [o.nl, o.en, ...o.aliases]) byKey.set(normalizeKey(word), o.value);
  const expected = message('expect.choice', { nl: options.map((o) => o.nl), en: options.map((o) => o.en) });
  return {
    expected: () => expected,
    parse(cell) {
      const found = byKey.get(normalizeKey(displayCell(cell)));
      return found === undefined ? fail(message('cell.not-a-choice', written(cell)), expected) : { ok: true, value: found };
    },
    write: (value, layout) => {
      const option = options.find((o) => o.value === value);
      return option ? option[layout.headers] : String(value);
    },
  };
}
