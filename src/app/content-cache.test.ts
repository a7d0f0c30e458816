import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cached, contentCache } from './content-cache.js';

const fresh = (build = 'build-1') => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-content-cache-'));
  return { dir, cache: contentCache(dir, build)! };
};

describe('contentCache', () => {
  it('gives back exactly what was put, undefined values included, for exactly the same key', () => {
    const { cache } = fresh();
    const value = { name: 'Klant in Beeld', quarters: [1, undefined, 3], owner: undefined };
    cache.put(['programme', 'text é'], value);
    const hit = cache.get<typeof value>(['programme', 'text é']);
    expect(hit).toEqual(value);
    expect(Object.keys(hit!)).toEqual(['name', 'quarters', 'owner']);
    expect(1 in hit!.quarters).toBe(true);
  });

  it('misses on any other content, split of the parts or build', () => {
    const { dir, cache } = fresh();
    const bytes = new TextEncoder().encode('a;b\n1;2\n');
    cache.put(['states', '2026-05-15', bytes, 'x'], 'hit');
    expect(cache.get(['states', '2026-05-15', bytes, 'x'])).toBe('hit');
    expect(cache.get(['states', '2026-05-16', bytes, 'x'])).toBeUndefined();
    expect(cache.get(['states', '2026-05-15', new TextEncoder().encode('a;b\n1;3\n'), 'x'])).toBeUndefined();
    expect(cache.get(['states', '2026-05-15x', bytes, ''])).toBeUndefined();
    expect(cache.get(['states', '2026-05-15', bytes])).toBeUndefined();
    expect(contentCache(dir, 'build-2')!.get(['states', '2026-05-15', bytes, 'x'])).toBeUndefined();
  });

  it('treats a broken entry as a miss', () => {
    const { dir, cache } = fresh();
    cache.put(['programme', 'one'], 'first');
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name!), 'not a v8 serialisation');
    expect(cache.get(['programme', 'one'])).toBeUndefined();
    writeFileSync(join(dir, name!), '');
    expect(cache.get(['programme', 'one'])).toBeUndefined();
  });

  it('spreads keys over file names and computes only on a miss', async () => {
    const { dir, cache } = fresh();
    for (let i = 0; i < 200; i++) cache.put(['n', String(i)], i);
    expect(readdirSync(dir)).toHaveLength(200);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cached(cache, ['k'], compute)).toBe(1);
    expect(await cached(cache, ['k'], compute)).toBe(1);
    expect(await cached(undefined, ['k'], compute)).toBe(2);
  });

  it('is off without a build id (tests, the server) and with KOERS_NO_CACHE', () => {
    expect(contentCache(mkdtempSync(join(tmpdir(), 'koers-content-cache-')))).toBeUndefined();
    process.env.KOERS_NO_CACHE = '1';
    try {
      expect(contentCache(mkdtempSync(join(tmpdir(), 'koers-content-cache-')), 'build-1')).toBeUndefined();
    } finally {
      delete process.env.KOERS_NO_CACHE;
    }
  });
});
