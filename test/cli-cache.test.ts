import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    // The validated programme, and the roadmap's effort states for the one as-of date.
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
  });

  it('recomputes the roadmap when a record file beside the programme changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-cache-records-'));
    cpSync('examples/klant-in-beeld', dir, { recursive: true });
    const env = { KOERS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'koers-cache-test-')) };
    const args = ['roadmap', join(dir, 'programme.yaml'), '--format', 'mermaid', '--as-of', '2026-11-23'];
    const before = runCli(args, { env });
    expect(before.stdout).toContain('crit, PRC-03');
    const progress = join(dir, 'progress.csv');
    writeFileSync(progress, `${readFileSync(progress, 'utf8')}PRC-03;22-11-2026;100;15-06-2026;22-11-2026;Afgerond;Programmamanager\n`);
    const after = runCli(args, { env });
    expect(after.stdout).not.toBe(before.stdout);
    expect(after.stdout).toBe(runCli(args, { env: { KOERS_NO_CACHE: '1' } }).stdout);
  });

  it('never caches an invalid file', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'koers-cache-test-'));
    const result = runCli(['validate', 'package.json'], { env: { KOERS_CACHE_DIR: cacheDir } });
    expect(result.code).toBe(1);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
