import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CacheKey } from './content-cache.js';

/**
 * The cache key of everything a status computed from a programme file depends on: the programme file
 * and every CSV or XLSX file beside it (where `readRecords` looks), by name and content. Synchronous,
 * like the cache it keys.
 */
export function recordFilesKey(programmeFilePath: string): CacheKey {
  const dir = dirname(programmeFilePath);
  const names = readdirSync(dir).filter((name) => /\.(csv|xlsx)$/i.test(name)).sort();
  return [readFileSync(programmeFilePath), ...names.flatMap((name) => [name, readFileSync(join(dir, name))])];
}
