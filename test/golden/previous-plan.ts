/**
 * The "previous version" of the Klant in Beeld programme for the stuurgroep report's plan changes: the
 * example as it might have read a month earlier. Each edit must find its text, so that a changed example
 * fails loudly here instead of silently diffing nothing.
 */
const EDITS: readonly (readonly [string, string])[] = [
  // SYS-02 was planned two months shorter.
  ['label: CRM Build, domain: systeem, start: 2026-03, duration: 6 maanden', 'label: CRM Build, domain: systeem, start: 2026-03, duration: 4 maanden'],
  // The M6 training target was lower.
  ['baseline: 10, targets: { M3: 15, M6: 30, M9: 50', 'baseline: 10, targets: { M3: 15, M6: 25, M9: 50'],
  // An M6 criterion was worded differently.
  ['- { text: CRM operationeel, efforts: [SYS-02] }', '- { text: CRM in gebruik, efforts: [SYS-02] }'],
];

export function previousPlanOf(example: string): string {
  return EDITS.reduce((text, [now, before]) => {
    if (!text.includes(now)) throw new Error(`the example no longer contains ${JSON.stringify(now)}; update test/golden/previous-plan.ts`);
    return text.replace(now, before);
  }, example);
}
