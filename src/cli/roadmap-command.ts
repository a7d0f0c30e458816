import { AppError } from '../app/app-error.js';
import { cached, contentCache } from '../app/content-cache.js';
import type { Programme } from '../model/index.js';
import type { RoadmapStates } from '../plan/index.js';
import { CliError, EXIT } from './cli-error.js';
import { writeWhole } from './write-whole.js';
import { loadModelOrExit } from './load-or-exit.js';
import { roadmapAsOf, roadmapStatesKey } from './roadmap-inputs.js';
import type { RoadmapCommandOptions } from './roadmap-inputs.js';
import { writeStdout } from './write-stdout.js';

export type { RoadmapCommandOptions, RoadmapFormat } from './roadmap-inputs.js';

/** `koers roadmap FILE`: the roadmap as a Mermaid Gantt, ASCII, SVG or the Markdown roadmap section. */
export async function roadmapCommand(file: string, options: RoadmapCommandOptions): Promise<void> {
  const asOf = roadmapAsOf(options);
  const { programme } = await loadModelOrExit(file);
  // The ASCII roadmap shows no states, so it need not read the records.
  const states = options.format === 'ascii' ? undefined : await recordedStates(programme, file, asOf);
  const o = { asOf, states, lang: options.lang, asciiOnly: options.asciiOnly === true };
  const output = options.format === 'md'
    ? (await import('../formats/markdown/index.js')).writeRoadmapSection(programme, o)
    : (await import('./render-roadmap.js')).renderRoadmap(programme, options.format, o);
  if (options.out === undefined) writeStdout(output);
  else writeWhole(options.out, output);
}

/**
 * Effort states from the steering engine, when record files (progress.csv …) lie beside the programme
 * as for `koers status`; without any records there is nothing to judge and the roadmap shows none.
 */
async function recordedStates(programme: Programme, file: string, asOf: string): Promise<RoadmapStates | undefined> {
  // Cached by the content of the programme and record files, so an unchanged roadmap skips CSV parsing and the engine.
  const states = await cached(contentCache(), roadmapStatesKey(file, asOf), async () => {
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
