import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Set by the CLI build; without it (tests, the server) nothing is cached. */
declare const KOERS_BUILD: string | undefined;
const build = typeof KOERS_BUILD === 'string' ? KOERS_BUILD : undefined;

/** The exact inputs a cached value was computed from: file contents, options, a name for the kind of value. */
export type CacheKey = readonly (string | Uint8Array)[];

/**
 * Values computed from files, cached by the exact content of their inputs and the build that computed
 * them, so that CLI commands on unchanged files skip parsing and validation. A stale or broken entry is
 * simply a miss. Only results are stored, never failures. Synchronous: a CLI command waits for it anyway,
 * and small synchronous reads start faster than the thread pool.
 *
 * @example
 * const hit = contentCache()?.get<Programme>(['programme', text]);
 */
export interface ContentCache {
  readonly get: <T>(key: CacheKey) => T | undefined;
  readonly put: (key: CacheKey, value: unknown) => void;
}

/** The cache in `dir` (default: KOERS_CACHE_DIR, else the temp directory); none without a build id or with KOERS_NO_CACHE. */
export function contentCache(dir = process.env.KOERS_CACHE_DIR ?? join(tmpdir(), `koers-cache-${process.getuid?.() ?? 'user'}`), buildId = build): ContentCache | undefined {
  if (buildId === undefined || process.env.KOERS_NO_CACHE) return undefined;
  const file = (key: CacheKey) => {
    const hash = createHash('sha256').update(buildId);
    for (const part of key) hash.update(`\0${part.length}\0`).update(part);
    return join(dir, `${hash.digest('hex')}.bin`);
  };
  return {
    get<T>(key: CacheKey) {
      try {
        return deserialize(readFileSync(file(key))) as T;
      } catch {
        return undefined;
      }
    },
    put(key, value) {
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const target = file(key);
        const temp = `${target}.${process.pid}.tmp`;
        // v8 serialisation keeps `undefined` inside arrays (e.g. quarters without a band), which JSON would turn into null.
        writeFileSync(temp, serialize(value), { mode: 0o600 });
        renameSync(temp, target);
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  };
}

/** `compute()`, or its cached result for the same inputs. */
export async function cached<T>(cache: ContentCache | undefined, key: CacheKey, compute: () => Promise<T>): Promise<T> {
  const hit = cache?.get<{ value: T }>(key);
  if (hit) return hit.value;
  const value = await compute();
  cache?.put(key, { value });
  return value;
}
