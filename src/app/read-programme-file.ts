import { readFile, stat } from 'node:fs/promises';
import type { LocatedIssue, ReadResult } from '../formats/yaml/index.js';
import { MAX_PROGRAMME_BYTES } from '../formats/yaml/limits.js';
import type { Programme } from '../model/index.js';
import { AppError } from './app-error.js';
import { contentCache } from './content-cache.js';

type FileResult = ReadResult & { readonly path: string; readonly text: string };

/** Reads and validates a programme file from disk, with every problem placed at its line and column. */
export async function readProgrammeFile(path: string): Promise<FileResult> {
  const text = await readText(path);
  if (typeof text !== 'string') return { ok: false, path, text: '', locate: () => ({ line: 1, column: 1 }), issues: [text] };
  const { readProgramme } = await import('../formats/yaml/read-programme.js');
  return { ...readProgramme(text), path, text };
}

/**
 * Reads a programme for commands that need only the valid model, not source positions: an unchanged
 * file comes from the cache, so the YAML parser and the schema are not even loaded.
 */
export async function readValidProgrammeFile(path: string): Promise<{ readonly ok: true; readonly programme: Programme } | FileResult> {
  const cache = contentCache();
  const text = cache && (await readText(path));
  const key = typeof text === 'string' ? ['programme', text] : undefined;
  const hit = key && (await cache!.get<Programme>(key));
  if (hit) return { ok: true, programme: hit };
  const result = await readProgrammeFile(path);
  if (result.ok && cache) await cache.put(['programme', result.text], result.programme);
  return result;
}

async function readText(path: string): Promise<string | LocatedIssue> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new AppError('file-not-found', `cannot read "${path}": no such file`);
  if (!info.isFile()) throw new AppError('file-not-found', `cannot read "${path}": not a file`);
  if (info.size > MAX_PROGRAMME_BYTES) {
    return { code: 'file-too-large', path: [], message: `the file is ${Math.round(info.size / 1024)} KiB; programme files are limited to ${MAX_PROGRAMME_BYTES / 1024 / 1024} MiB`, expected: 'a programme file', line: 1, column: 1 };
  }
  return readFile(path, 'utf8');
}
