import type { CacheKey } from '../app/content-cache.js';
import { recordFilesKey } from '../app/record-files-key.js';
import { CliError, EXIT } from './cli-error.js';
import { dateOption, today } from './dates.js';

export type RoadmapFormat = 'mermaid' | 'ascii' | 'svg' | 'md';

export interface RoadmapCommandOptions {
  readonly format: RoadmapFormat;
  readonly asOf?: string | undefined;
  readonly lang: 'nl' | 'en';
  readonly asciiOnly?: boolean | undefined;
  readonly out?: string | undefined;
}

/**
 * Checks the options of `koers roadmap` and returns the as-of date: `--as-of`, else today. "Today" is
 * read here, once; the layout and writers take the date as a parameter. Throws a usage `CliError`.
 */
export function roadmapAsOf(options: RoadmapCommandOptions): string {
  const asOf = dateOption('--as-of', options.asOf) ?? today();
  if (options.asciiOnly && (options.format === 'svg' || options.format === 'mermaid')) {
    throw new CliError(`--ascii-only applies to --format ascii and md, not ${options.format}`, EXIT.usage);
  }
  return asOf;
}

/** The cache key of the roadmap's effort states: the as-of date, the programme and the record files beside it. */
export function roadmapStatesKey(file: string, asOf: string): CacheKey {
  return ['roadmap-states', asOf, ...recordFilesKey(file)];
}
