import type { IsoDate } from '../../calendar/index.js';
import type { Programme } from '../../model/index.js';
import { layoutRoadmap } from '../../plan/index.js';
import type { RoadmapStates } from '../../plan/index.js';
import { writeAsciiRoadmap } from '../ascii/index.js';
import { writeMermaidGantt } from '../mermaid/index.js';

export interface RoadmapSectionOptions {
  readonly asOf?: IsoDate | undefined;
  /** Effort states, shown as Mermaid tags; the ASCII roadmap does not show them. */
  readonly states?: RoadmapStates | undefined;
  readonly lang?: 'nl' | 'en';
  /** Plain ASCII in the ASCII block. */
  readonly asciiOnly?: boolean;
}

const TEXT = {
  nl: { heading: (months: number) => `PROGRAMMA-ROADMAP ${months} MAANDEN`, gantt: 'Mermaid Gantt Chart', ascii: 'ASCII ROADMAP' },
  en: { heading: (months: number) => `PROGRAMME ROADMAP ${months} MONTHS`, gantt: 'Mermaid Gantt chart', ascii: 'ASCII ROADMAP' },
} as const;

/**
 * The roadmap section of the seed document "Framework 5: Roadmap": the heading, the Mermaid Gantt in a
 * ```mermaid block, and the framed ASCII roadmap (with its legend) in a plain code block.
 *
 * @example
 * writeRoadmapSection(programme, { asOf: '2026-03-15', lang: 'nl' }) // '## PROGRAMMA-ROADMAP 18 MAANDEN\n…'
 */
export function writeRoadmapSection(programme: Programme, options: RoadmapSectionOptions = {}): string {
  const { asOf, states, lang = 'nl', asciiOnly = false } = options;
  const t = TEXT[lang];
  const mermaid = writeMermaidGantt(programme, { asOf, states, lang }).trimEnd();
  const ascii = writeAsciiRoadmap(layoutRoadmap(programme, { asOf, states }), { lang, asciiOnly }).trimEnd();
  return [
    `## ${t.heading(programme.horizon)}`,
    '',
    `### ${t.gantt}`,
    '',
    fenced(mermaid, 'mermaid'),
    '',
    '---',
    '',
    `## ${t.ascii}`,
    '',
    fenced(ascii, ''),
    '',
  ].join('\n');
}

/** A code block whose fence is longer than any run of backticks inside it. */
function fenced(body: string, info: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${body}\n${fence}`;
}
