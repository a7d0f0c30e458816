import type { EN } from './messages-en.js';

/** The languages Koers speaks: Dutch, the default for people, and English. */
export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/** A stable message code, such as `cell.not-a-number`; API clients may rely on it. */
export type MessageCode = keyof typeof EN;

/** The parameters a message takes. */
export type MessageParams<C extends MessageCode> = Parameters<(typeof EN)[C]>[0];

/** A text to show someone, as a code with parameters; `renderMessage` puts it into words in their language. */
export type Message = { readonly [C in MessageCode]: { readonly code: C; readonly params: MessageParams<C> } }[MessageCode];

/**
 * A message with its parameters, checked against the catalogue.
 *
 * @example message('cell.less-than', { value: '-5', min: 0 })
 */
export const message = <C extends MessageCode>(code: C, params: MessageParams<C>): Message => ({ code, params }) as Message;

/**
 * A message inside another message's parameters. Typed loosely because the catalogue's own types
 * are derived from those parameters; `message()` still checks each one where it is made.
 */
export interface NestedMessage {
  readonly code: string;
  readonly params: object;
}

/** Whether a value is a catalogue message (rather than plain text). */
export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && typeof (value as { params?: unknown }).params === 'object';

/**
 * A problem in the input both as English text (logs, the CLI) and as catalogue messages, so that
 * the server can say it in the reader's language.
 */
export interface Localized {
  readonly message: Message;
  /** What would be valid. */
  readonly expected?: Message;
}

/** How a catalogue entry formats its parameters in its locale: numbers, dates and lists. */
export interface MessageFormat {
  readonly locale: Locale;
  /** `7.5` → `7,5` (nl) or `7.5` (en); never grouped. */
  number(value: number): string;
  /** `'2026-03-31'` → `31-03-2026` (nl) or `31/03/2026` (en). */
  date(iso: string): string;
  /** `['a', 'b', 'c']` → `a, b of c` (nl) or `a, b or c` (en). */
  list(items: readonly string[], kind: 'or' | 'and'): string;
  /** A nested message or plain text, in the same locale. */
  text(value: NestedMessage | string): string;
}

/** Every message of one locale, by code. */
export type Catalogue = { readonly [C in MessageCode]: (params: MessageParams<C>, f: MessageFormat) => string };
