import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CacheKey } from './content-cache.js';

/**
 * The cache key of everything a status computed from a programme file depends on: the programme file
 * and every CSV or XLSX file beside it (where `readRecords` looks), by name and content.
 */
export async function recordFilesKey(programmeFilePath: string): Promise<CacheKey> {
  const dir = dirname(programmeFilePath);
  const names = (await readdir(dir)).filter((name) => /\.(csv|xlsx)$/i.test(name)).sort();
  const contents = await Promise.all([programmeFilePath, ...names.map((name) => join(dir, name))].map((path) => readFile(path)));
  return [contents[0]!, ...names.flatMap((name, i) => [name, contents[i + 1]!])];
}
