/** The words of the ASCII roadmap in each language. */
export const ASCII_TEXT = {
  nl: {
    title: (name: string, months: number) => `ROADMAP ${name} - ${months} MAANDEN`,
    month: 'MAAND:',
    milestones: 'MILESTONES',
    legend: (project: string, ongoing: string) => `Legenda: ${project} = Projectmatig  ${ongoing} = Doorlopend`,
    months: ['JAN', 'FEB', 'MAR', 'APR', 'MEI', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT', 'NOV', 'DEC'],
  },
  en: {
    title: (name: string, months: number) => `ROADMAP ${name} - ${months} MONTHS`,
    month: 'MONTH:',
    milestones: 'MILESTONES',
    legend: (project: string, ongoing: string) => `Legend: ${project} = Project-based  ${ongoing} = Ongoing`,
    months: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
} as const;

/** Box drawing as in the seed roadmap; `toPlainAscii` maps each to one plain character. */
export const GLYPH = {
  topLeft: '┌', topRight: '┐', bottomLeft: '└', bottomRight: '┘', teeLeft: '├', teeRight: '┤',
  double: '═', single: '─', vertical: '│', block: '█', marker: '▼', ellipsis: '…',
} as const;

const PLAIN: Readonly<Record<string, string>> = {
  '┌': '+', '┐': '+', '└': '+', '┘': '+', '├': '+', '┤': '+',
  '═': '=', '─': '-', '│': '|', '█': '#', '▼': 'v', '…': '.',
  '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '→': '>', '°': 'o',
};

/**
 * Replaces every character outside printable ASCII by one plain character, so that columns stay
 * aligned: box drawing by `+ - | = # v`, accented letters by their base letter, anything else by `?`.
 */
export function toPlainAscii(text: string): string {
  return text.replace(/[^\n\x20-\x7e]/gu, (ch) => PLAIN[ch] ?? baseLetter(ch));
}

function baseLetter(ch: string): string {
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base.length === 1 && base >= ' ' && base <= '~' ? base : '?';
}
