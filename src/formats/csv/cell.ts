import type { IsoDate } from '../../calendar/index.js';

/**
 * One spreadsheet cell as read from a file. CSV yields only text; XLSX also yields typed numbers,
 * dates and booleans, so a number cell is never re-read through the Dutch/English number rules.
 */
export type Cell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  /** `percent` is set for cells formatted as a percentage; `value` is then already in percent (15 for 15%). */
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'boolean'; readonly value: boolean };

export const EMPTY_CELL: Cell = { kind: 'empty' };

/** A text cell, or the empty cell for blank text. */
export function textCell(text: string): Cell {
  return text.trim() === '' ? EMPTY_CELL : { kind: 'text', text };
}

/** The cell as the spreadsheet user sees it, for error messages. */
export function displayCell(cell: Cell): string {
  switch (cell.kind) {
    case 'empty': return '';
    case 'text': return cell.text;
    case 'number': return cell.percent ? `${cell.value}%` : String(cell.value);
    case 'date': return cell.date;
    case 'boolean': return cell.value ? 'TRUE' : 'FALSE';
  }
}
