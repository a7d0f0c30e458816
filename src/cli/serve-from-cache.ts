import { contentCache } from '../app/content-cache.js';
import type { ContentCache } from '../app/content-cache.js';
import type { RoadmapStates } from '../plan/index.js';
import { cachedProgramme } from './cached-programme.js';
import type { FastCommand } from './fast-command.js';
import { renderRoadmap } from './render-roadmap.js';
import { roadmapAsOf, roadmapStatesKey } from './roadmap-inputs.js';
import { reportError } from './report-error.js';
import { validReport } from './valid-report.js';
import { writeStdout } from './write-stdout.js';
import { writeWhole } from './write-whole.js';

type CachedCommand = Exclude<FastCommand, { kind: 'version' }>;

/**
 * Runs `validate` or `roadmap` (fast-cli.ts) when the content cache holds all its inputs. `false`, having
 * written nothing, on a miss and on any problem before the output is ready (a bad option, an unreadable
 * file …): the full CLI then runs the command and reports the problem in its own words.
 */
export function serveFromCache(command: CachedCommand): boolean {
  const cache = contentCache();
  if (cache === undefined) return false;
  let output: string | undefined;
  try {
    output = fromCache(cache, command);
  } catch {
    return false;
  }
  if (output === undefined) return false;
  try {
    if (command.kind === 'roadmap' && command.options.out !== undefined) writeWhole(command.options.out, output);
    else writeStdout(output);
  } catch (error) {
    process.exitCode = reportError(error);
  }
  return true;
}

function fromCache(cache: ContentCache, command: CachedCommand): string | undefined {
  if (command.kind === 'validate') {
    const programme = cachedProgramme(cache, command.file);
    return programme && validReport(command.file, programme, command.options.format);
  }
  const { file, options } = command;
  // The Markdown section's writer brings the Mermaid reader along; the full CLI renders it.
  if (options.format === 'md') return undefined;
  const asOf = roadmapAsOf(options);
  const programme = cachedProgramme(cache, file);
  if (programme === undefined) return undefined;
  let states: RoadmapStates | undefined;
  // As in roadmap-command.ts: the ASCII roadmap shows no states.
  if (options.format !== 'ascii') {
    const hit = cache.get<{ value: readonly (readonly [string, string])[] | undefined }>(roadmapStatesKey(file, asOf));
    if (hit === undefined) return undefined;
    states = hit.value && (new Map(hit.value) as RoadmapStates);
  }
  return renderRoadmap(programme, options.format, { asOf, states, lang: options.lang, asciiOnly: options.asciiOnly === true });
}
