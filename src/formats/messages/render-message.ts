import { isMessage } from './message.js';
import type { Catalogue, Locale, Message, MessageCode, MessageFormat, NestedMessage } from './message.js';
import { EN } from './messages-en.js';
import { NL } from './messages-nl.js';

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en: EN, nl: NL };
const INTL_LOCALE: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

const formats = new Map<Locale, MessageFormat>();

/** The formatter of one locale: Dutch writes `7,5` and `31-03-2026`, English `7.5` and `31/03/2026`. */
export function messageFormat(locale: Locale): MessageFormat {
  const known = formats.get(locale);
  if (known) return known;
  const numbers = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 6, useGrouping: false });
  const lists = { or: new Intl.ListFormat(INTL_LOCALE[locale], { type: 'disjunction' }), and: new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }) };
  const separator = locale === 'nl' ? '-' : '/';
  const format: MessageFormat = {
    locale,
    number: (value) => numbers.format(value),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/u.test(iso) ? [iso.slice(8, 10), iso.slice(5, 7), iso.slice(0, 4)].join(separator) : iso),
    list: (items, kind) => lists[kind].format(items),
    text: (value) => textIn(value, locale),
  };
  formats.set(locale, format);
  return format;
}

/**
 * A message in words, in `locale`.
 *
 * @example renderMessage(message('cell.less-than', { value: '-5', min: 0 }), 'nl') // '"-5" is kleiner dan 0'
 */
export function renderMessage(message: Message, locale: Locale): string {
  const say = CATALOGUES[locale][message.code] as ((params: unknown, f: MessageFormat) => string) | undefined;
  // An unknown code can only come from outside (a stored or hand-made message); never fail on it.
  if (say === undefined) return message.code;
  return say(message.params, messageFormat(locale));
}

/** Plain text stays as it is; a message is put into words in `locale`. */
export const textIn = (value: NestedMessage | string, locale: Locale): string => (isMessage(value) ? renderMessage(value, locale) : String(value));

/** The problem title for an HTTP status (or a code with a title of its own), in `locale`; undefined when the catalogue has none. */
export function problemTitle(status: number, code: string, locale: Locale): string | undefined {
  const key = (`title.${code}` in EN ? `title.${code}` : `title.${status}`) as MessageCode;
  return key in EN ? renderMessage({ code: key, params: {} } as Message, locale) : undefined;
}
