import { readFileSync, statSync } from 'node:fs';
import type { ContentCache } from '../app/content-cache.js';
import { MAX_PROGRAMME_BYTES } from '../formats/yaml/limits.js';
import type { Programme } from '../model/index.js';

/**
 * The validated programme of `file` from the cache, or `undefined` when the file is not cached as it is
 * now, or is missing, not a file or too large (the full CLI reports those). The key is the one
 * `readValidProgrammeFile` (src/app/read-programme-file.ts) stores it under: the file's text.
 */
export function cachedProgramme(cache: ContentCache, file: string): Programme | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info?.isFile() || info.size > MAX_PROGRAMME_BYTES) return undefined;
  return cache.get<Programme>(['programme', readFileSync(file, 'utf8')]);
}
