/**
 * The form in which headers, names and choices are compared: case, accents, punctuation and
 * spacing do not matter, so "% Gereed", "gereed" and "GEREED " match, as do "PO churn" and "po-churn".
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}
