/**
 * Descriptions in both languages, kept as schema metadata. `koers schema --lang` picks one for
 * `description`; the other stays available under `x-description-<lang>`.
 */
export function describe(en: string, nl: string): { description: string; 'x-description-nl': string } {
  return { description: en, 'x-description-nl': nl };
}
