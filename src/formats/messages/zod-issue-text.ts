import { z } from 'zod';
import type { Locale } from './message.js';

type LocaleError = (issue: never) => string | { readonly message: string } | undefined | null;
const maps = new Map<Locale, LocaleError>();

/**
 * Zod's own words for an issue Koers's catalogue has none for (unions, map keys …), from zod's
 * built-in locale. Called per message, never installed globally with `z.config`.
 */
export function zodIssueText(issue: { readonly code: string }, locale: Locale): string {
  let map = maps.get(locale);
  if (!map) maps.set(locale, (map = (locale === 'nl' ? z.locales.nl() : z.locales.en()).localeError as unknown as LocaleError));
  const said = map({ input: undefined, ...issue } as never);
  const text = typeof said === 'string' ? said : said?.message;
  return text ?? (locale === 'nl' ? 'ongeldige invoer' : 'invalid input');
}
