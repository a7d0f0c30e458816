import { writeAsciiRoadmap } from '../formats/ascii/index.js';
// Not through formats/mermaid/index.ts: that also brings the Gantt reader, with dayjs and yaml, into the
// fast path's bundle (fast-cli.ts), which must stay small.
import { writeMermaidGantt } from '../formats/mermaid/write-mermaid-gantt.js';
import { writeSvgRoadmap } from '../formats/svg/index.js';
import type { Programme } from '../model/index.js';
import { layoutRoadmap } from '../plan/index.js';
import type { RoadmapStates } from '../plan/index.js';
import type { RoadmapFormat } from './roadmap-inputs.js';

export interface RenderRoadmapOptions {
  readonly asOf: string;
  readonly states: RoadmapStates | undefined;
  readonly lang: 'nl' | 'en';
  readonly asciiOnly: boolean;
}

/**
 * The roadmap in one of `koers roadmap`'s drawing formats. The Markdown section (`md`) is rendered by
 * roadmap-command.ts alone: its writer brings the Mermaid reader along.
 */
export function renderRoadmap(programme: Programme, format: Exclude<RoadmapFormat, 'md'>, o: RenderRoadmapOptions): string {
  switch (format) {
    case 'ascii':
      return writeAsciiRoadmap(layoutRoadmap(programme, o), o);
    case 'svg':
      return writeSvgRoadmap(layoutRoadmap(programme, o), o);
    case 'mermaid':
      return writeMermaidGantt(programme, o);
  }
}
