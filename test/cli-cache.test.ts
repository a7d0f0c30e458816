import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const EXAMPLE = 'examples/klant-in-beeld/programme.yaml';

describe('the cache of validated programmes', () => {
  it('gives the same results from the cache as from parsing, for every command that uses it', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'koers-cache-test-'));
    const cached = { KOERS_CACHE_DIR: cacheDir };
    const commands = [
      ['status', EXAMPLE, '--as-of', '2026-11-23', '--format', 'json'],
      ['roadmap', EXAMPLE, '--format', 'svg', '--as-of', '2026-11-23'],
      ['roadmap', EXAMPLE, '--format', 'mermaid', '--as-of', '2026-11-23'],
    ];
    for (const args of commands) {
      const parsed = runCli(args, { env: { KOERS_NO_CACHE: '1' } });
      const first = runCli(args, { env: cached });
      const second = runCli(args, { env: cached });
      expect(parsed.code, args.join(' ')).toBe(0);
      expect(first.stderr + first.stdout, args.join(' ')).toBe(parsed.stdout);
      expect(second.stdout, args.join(' ')).toBe(parsed.stdout);
    }
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
  });

  it('never caches an invalid file', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'koers-cache-test-'));
    const result = runCli(['validate', 'package.json'], { env: { KOERS_CACHE_DIR: cacheDir } });
    expect(result.code).toBe(1);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
