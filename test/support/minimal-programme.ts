/** The smallest valid programme file; tests change one thing in it and check what is reported. */
export const MINIMAL_PROGRAMME = `koers: 1
programme:
  id: demo
  name: Demo
  organisation: Test
  start: 2026-01
  horizon: 12
  vision: Een visie.
roles:
  - { id: pm, name: Programmamanager }
  - { id: sponsor, name: Sponsorgroep }
domains:
  - { id: proces, name: Proces }
milestones:
  - id: M6
    name: Halverwege
    month: 6
    criteria:
      - { text: Ontwerp klaar, efforts: [E1] }
efforts:
  - { id: E1, name: Ontwerp, domain: proces, start: 2026-01, duration: 3 maanden, owner: pm, serves: [V1] }
  - { id: E2, name: Bouw, domain: proces, start: 2026-04, end: 2026-09, owner: pm, dependsOn: [E1], serves: [V1] }
capabilities:
  - { id: V1, name: Nieuw proces, benefits: [B1] }
kpis:
  - { id: k1, name: Naleving, domain: proces, unit: percentage, direction: higher, baseline: 50, targets: { M6: 60, M12: 80 }, goal: 80 }
benefits:
  - id: B1
    name: Betere processen
    owner: pm
    sectors: [PO]
    priority: hoog
    indicators: [k1]
    baseline: { level: 50%, source: Audit, date: 2025-12 }
    target: { level: 80%, deadline: 2026-12 }
steering:
  doeltreffendheid: { description: Baten? }
  tempo: { description: Planning? }
  haalbaarheid: { description: Haalbaar? }
  wendbaarheid: { description: Wendbaar? }
  efficientie: { description: Efficiënt? }
escalation:
  to: sponsor
  rules:
    - { id: achter, kind: benefit-behind, text: Baat loopt achter, threshold: 20% }
`;

/** Replaces the first occurrence of `from` in the minimal programme, failing loudly if it is not there. */
export function variant(from: string, to: string, base = MINIMAL_PROGRAMME): string {
  if (!base.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return base.replace(from, to);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line contains ${JSON.stringify(needle)}`);
  return index + 1;
}
