import type { Locale } from '../formats/messages/index.js';

/** The language of answers to requests that name none of ours: the API's own language. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The language to answer in, from an `Accept-Language` header: the most preferred of Dutch and
 * English (any region: `nl-BE`, `en-US`), by quality and then by order. Without a header, or with
 * only other languages or `*`, the answer is English. The dashboard always sends its own language.
 *
 * @example negotiateLocale('nl-NL,nl;q=0.9,en;q=0.8') // 'nl'
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  let best: { readonly locale: Locale; readonly q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...options] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'nl' && primary !== 'en') continue;
    const q = qualityOf(options);
    if (q > 0 && (best === undefined || q > best.q)) best = { locale: primary, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

function qualityOf(options: readonly string[]): number {
  for (const option of options) {
    const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/iu.exec(option);
    if (m) return Number(m[1]);
  }
  return 1;
}
