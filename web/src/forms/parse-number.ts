import type { Unit } from '../../../src/model/programme.js';

/**
 * A number as a person types it: "7,5" or "7.5", "1.234,5" in Dutch, an optional "%" or "+".
 * Returns undefined for anything else.
 */
export function parseLocaleNumber(text: string, lang: 'nl' | 'en'): { value: number; percent: boolean } | undefined {
  let s = text.trim().replace(/\s/g, '');
  if (!s) return undefined;
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (s.startsWith('+')) s = s.slice(1);
  if (lang === 'nl') s = /,/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s;
  else s = s.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return { value: Number(s), percent };
}

/** The range a KPI unit allows, the same rule the server applies to measurements. */
export function unitRange(unit: Unit): { readonly min?: number; readonly max?: number; readonly percent: boolean } {
  switch (unit.kind) {
    case 'percentage': return { min: 0, max: 100, percent: true };
    case 'relative': return { min: -100, percent: true };
    case 'score': return { min: 0, max: unit.max, percent: false };
    case 'count': return { min: 0, percent: false };
    case 'years': return { min: 0, percent: false };
    case 'number': return { percent: false };
  }
}
