/** A number read from text, with the decimal separator it used (for writing appended rows the same way). */
export type NumberText =
  | { readonly ok: true; readonly value: number; readonly percent: boolean; readonly decimal: ',' | '.' | undefined }
  | { readonly ok: false; readonly reason: 'not-a-number' | 'ambiguous' };

const SPACE = /[\s\u00a0\u2009\u202f]/u;
const SPACES = /[\s\u00a0\u2009\u202f]/gu;

/**
 * Reads a number as a Dutch or English spreadsheet user writes it: `7,5`, `7.5`, `12%`, `+15%`,
 * `1.250.000`, `1,250,000.50`, `1 250 000`, and with `currency` also `€ 1.250`.
 * A lone separator followed by exactly three digits (`12.500`, `1,250`) could be a decimal or a
 * thousands separator, so it is refused as ambiguous rather than guessed, except in amounts of money,
 * which never have three decimals.
 *
 * @example parseNumberText('7,5') // { ok: true, value: 7.5, percent: false, decimal: ',' }
 */
export function parseNumberText(text: string, options: { readonly currency?: boolean } = {}): NumberText {
  let s = text.trim().replace(/\u2212/gu, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (options.currency) s = s.replace(/^(?:€|eur\b)\s*/iu, '').replace(/\s*(?:€|eur)$/iu, '');
  let sign = 1;
  if (s.startsWith('+') || s.startsWith('-')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1).trim();
    if (options.currency) s = s.replace(/^(?:€|eur\b)\s*/iu, '');
  }
  const body = digitsOf(s);
  if (body === undefined || body.digits === '') return { ok: false, reason: 'not-a-number' };
  // Amounts never have three decimals, so in money "€ 865.000" is thousands.
  const digits = body.ambiguous && options.currency ? body.digits.replace('.', '') : body.digits;
  if (body.ambiguous && !options.currency) return { ok: false, reason: 'ambiguous' };
  const value = sign * Number(digits);
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value, percent, decimal: body.ambiguous ? undefined : body.decimal } : { ok: false, reason: 'not-a-number' };
}

interface Digits {
  /** The number in JavaScript notation. */
  readonly digits: string;
  readonly decimal: ',' | '.' | undefined;
  readonly ambiguous: boolean;
}

function digitsOf(s: string): Digits | undefined {
  if (/^\d+$/u.test(s)) return { digits: s, decimal: undefined, ambiguous: false };
  // Space-grouped thousands leave no doubt about the separator that follows.
  if (SPACE.test(s)) {
    const m = /^(\d{1,3}(?: \d{3})+)(?:([.,])(\d+))?$/u.exec(s.replace(SPACES, ' '));
    if (!m) return undefined;
    const whole = m[1]!.replace(/ /gu, '');
    return { digits: m[3] === undefined ? whole : `${whole}.${m[3]}`, decimal: m[2] as ',' | '.' | undefined, ambiguous: false };
  }
  const both = /^(\d{1,3}([.,])\d{3}(?:\2\d{3})*)([.,])(\d+)$/u.exec(s);
  if (both && both[2] !== both[3]) {
    return { digits: `${both[1]!.replace(/[.,]/gu, '')}.${both[4]}`, decimal: both[3] as ',' | '.', ambiguous: false };
  }
  const grouped = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+$/u.exec(s);
  if (grouped) return { digits: s.replace(/[.,]/gu, ''), decimal: undefined, ambiguous: false };
  const single = /^(\d*)([.,])(\d+)$/u.exec(s);
  if (!single) return undefined;
  const [, whole, separator, fraction] = single as unknown as [string, string, ',' | '.', string];
  const ambiguous = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && !whole.startsWith('0');
  return { digits: `${whole || '0'}.${fraction}`, decimal: separator, ambiguous };
}
