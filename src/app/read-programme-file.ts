import { readFile, stat } from 'node:fs/promises';
import { MAX_PROGRAMME_BYTES, readProgramme } from '../formats/yaml/index.js';
import type { ReadResult } from '../formats/yaml/index.js';
import { AppError } from './app-error.js';

/** Reads and validates a programme file from disk. */
export async function readProgrammeFile(path: string): Promise<ReadResult & { readonly path: string; readonly text: string }> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new AppError('file-not-found', `cannot read "${path}": no such file`);
  if (!info.isFile()) throw new AppError('file-not-found', `cannot read "${path}": not a file`);
  if (info.size > MAX_PROGRAMME_BYTES) {
    return { ok: false, path, text: '', locate: () => ({ line: 1, column: 1 }), issues: [{ code: 'file-too-large', path: [], message: `the file is ${Math.round(info.size / 1024)} KiB; programme files are limited to ${MAX_PROGRAMME_BYTES / 1024 / 1024} MiB`, expected: 'a programme file', line: 1, column: 1 }] };
  }
  const text = await readFile(path, 'utf8');
  return { ...readProgramme(text), path, text };
}
