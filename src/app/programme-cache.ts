import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Programme } from '../model/index.js';

/** Set by the CLI build; without it (tests, the server) nothing is cached. */
declare const KOERS_BUILD: string | undefined;
const build = typeof KOERS_BUILD === 'string' ? KOERS_BUILD : undefined;

/**
 * Validated programmes, cached by the exact file content and the build that validated them, so that
 * commands run on an unchanged file skip YAML parsing and validation. A stale or broken entry is
 * simply a miss; only files that passed validation are ever stored.
 */
export interface ProgrammeCache {
  readonly get: (text: string) => Promise<Programme | undefined>;
  readonly put: (text: string, programme: Programme) => Promise<void>;
}

export function programmeCache(dir = process.env.KOERS_CACHE_DIR ?? join(tmpdir(), `koers-cache-${process.getuid?.() ?? 'user'}`)): ProgrammeCache | undefined {
  if (build === undefined || process.env.KOERS_NO_CACHE) return undefined;
  const file = (text: string) => join(dir, `${createHash('sha256').update(build).update('\0').update(text).digest('hex')}.bin`);
  return {
    async get(text) {
      try {
        return deserialize(await readFile(file(text))) as Programme;
      } catch {
        return undefined;
      }
    },
    async put(text, programme) {
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        const target = file(text);
        const temp = `${target}.${process.pid}.tmp`;
        // v8 serialisation keeps `undefined` inside arrays (e.g. quarters without a band), which JSON would turn into null.
        await writeFile(temp, serialize(programme), { mode: 0o600 });
        await rename(temp, target);
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  };
}
