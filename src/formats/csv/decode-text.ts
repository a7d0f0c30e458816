/**
 * Decodes a text file: UTF-8 when it is valid UTF-8, otherwise Windows-1252, the encoding in which
 * Excel in a Dutch locale saves "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeText(bytes: Uint8Array): { readonly text: string; readonly encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
