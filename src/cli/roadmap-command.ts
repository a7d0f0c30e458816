import { AppError } from '../app/app-error.js';
import { cached, contentCache } from '../app/content-cache.js';
import { recordFilesKey } from '../app/record-files-key.js';
import type { Programme } from '../model/index.js';
import { layoutRoadmap } from '../plan/index.js';
import type { RoadmapStates } from '../plan/index.js';
import { CliError, EXIT } from './cli-error.js';
import { dateOption, today } from './dates.js';
import { writeWhole } from './write-whole.js';
import { loadModelOrExit } from './load-or-exit.js';

export type RoadmapFormat = 'mermaid' | 'ascii' | 'svg' | 'md';

export interface RoadmapCommandOptions {
  readonly format: RoadmapFormat;
  readonly asOf?: string | undefined;
  readonly lang: 'nl' | 'en';
  readonly asciiOnly?: boolean | undefined;
  readonly out?: string | undefined;
}

/** `koers roadmap FILE`: the roadmap as a Mermaid Gantt, ASCII, SVG or the Markdown roadmap section. */
export async function roadmapCommand(file: string, options: RoadmapCommandOptions): Promise<void> {
  // "Today" is read here, once; the layout and writers take the date as a parameter.
  const asOf = dateOption('--as-of', options.asOf) ?? today();
  if (options.asciiOnly && (options.format === 'svg' || options.format === 'mermaid')) {
    throw new CliError(`--ascii-only applies to --format ascii and md, not ${options.format}`, EXIT.usage);
  }
  const { programme } = await loadModelOrExit(file);
  // The ASCII roadmap shows no states, so it need not read the records.
  const states = options.format === 'ascii' ? undefined : await recordedStates(programme, file, asOf);
  const output = await render(programme, options.format, { asOf, states, lang: options.lang, asciiOnly: options.asciiOnly === true });
  if (options.out === undefined) process.stdout.write(output);
  else await writeWhole(options.out, output);
}

/**
 * Effort states from the steering engine, when record files (progress.csv …) lie beside the programme
 * as for `koers status`; without any records there is nothing to judge and the roadmap shows none.
 */
async function recordedStates(programme: Programme, file: string, asOf: string): Promise<RoadmapStates | undefined> {
  // Cached by the content of the programme and record files, so an unchanged roadmap skips CSV parsing and the engine.
  const key = ['roadmap-states', asOf, ...(await recordFilesKey(file))];
  const states = await cached(contentCache(), key, async () => {
    const [{ InvalidRecordsError, readRecords }, { programmeStatus }] = await Promise.all([import('../app/read-records.js'), import('../steer/index.js')]);
    let records;
    try {
      records = await readRecords(programme, file);
    } catch (error) {
      if (error instanceof InvalidRecordsError) throw new CliError(error.message, EXIT.failed);
      if (error instanceof AppError) throw new CliError(error.message, EXIT.usage);
      throw error;
    }
    if (Object.values(records).every((rows) => rows.length === 0)) return undefined;
    return programmeStatus(programme, records, asOf).efforts.map((e) => [e.effort, e.state] as const);
  });
  return states && new Map(states);
}

interface RenderOptions {
  readonly asOf: string;
  readonly states: RoadmapStates | undefined;
  readonly lang: 'nl' | 'en';
  readonly asciiOnly: boolean;
}

/** Each format's writer is imported only when asked for, which keeps the command's start short. */
async function render(programme: Programme, format: RoadmapFormat, o: RenderOptions): Promise<string> {
  switch (format) {
    case 'ascii':
      return (await import('../formats/ascii/index.js')).writeAsciiRoadmap(layoutRoadmap(programme, o), o);
    case 'svg':
      return (await import('../formats/svg/index.js')).writeSvgRoadmap(layoutRoadmap(programme, o), o);
    case 'mermaid':
      return (await import('../formats/mermaid/index.js')).writeMermaidGantt(programme, o);
    case 'md':
      return (await import('../formats/markdown/index.js')).writeRoadmapSection(programme, o);
  }
}


