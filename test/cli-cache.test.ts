import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './support/run-cli.js';

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

  it('serves validate, roadmap and --version from the cache by the fast path alone, and never a stale entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-cache-fast-'));
    cpSync('examples/klant-in-beeld', dir, { recursive: true });
    const file = join(dir, 'programme.yaml');
    const env = { KOERS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'koers-cache-test-')) };
    const svg = ['roadmap', file, '--format', 'svg', '--as-of', '2026-11-23'];
    const commands = [
      ['validate', file],
      ['validate', file, '--format', 'json'],
      svg,
      ['roadmap', '--format=mermaid', file, '--as-of', '2026-11-23'],
      ['roadmap', file, '--as-of', '2026-11-23', '--lang', 'en', '--ascii-only'],
    ];
    // The full CLI fills the cache.
    const full = commands.map((args) => runCli(args, { env }));
    const fullOut = join(dir, 'full.svg');
    expect(runCli([...svg, '--out', fullOut], { env }).code).toBe(0);

    // bin/ and the fast path's bundle without the full CLI: whatever it cannot serve fails here.
    const fastOnly = mkdtempSync(join(tmpdir(), 'koers-fast-only-'));
    cpSync(join(ROOT, 'bin'), join(fastOnly, 'bin'), { recursive: true });
    mkdirSync(join(fastOnly, 'dist'));
    cpSync(join(ROOT, 'dist', 'koers-fast.cjs'), join(fastOnly, 'dist', 'koers-fast.cjs'));
    const fast = (args: readonly string[]) =>
      spawnSync(process.execPath, [join(fastOnly, 'bin', 'koers.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    commands.forEach((args, i) => {
      const served = fast(args);
      expect(served.stderr, args.join(' ')).toBe('');
      expect(served.status, args.join(' ')).toBe(0);
      expect(served.stdout, args.join(' ')).toBe(full[i]!.stdout);
    });
    const fastOut = join(dir, 'fast.svg');
    expect(fast([...svg, '--out', fastOut]).status).toBe(0);
    expect(readFileSync(fastOut, 'utf8')).toBe(readFileSync(fullOut, 'utf8'));
    expect(fast(['--version']).stdout).toBe(runCli(['--version']).stdout);

    // A changed record file has no entry: the fast path hands over (to the missing full CLI) having written nothing.
    writeFileSync(join(dir, 'progress.csv'), `${readFileSync(join(dir, 'progress.csv'), 'utf8')}PRC-03;22-11-2026;100;15-06-2026;22-11-2026;Afgerond;Programmamanager\n`);
    const stale = fast(svg);
    expect(stale.status).not.toBe(0);
    expect(stale.stdout).toBe('');
    expect(stale.stderr).toContain(join('dist', 'koers.js'));
    // Nor does it serve what the full CLI would reject.
    expect(fast([...svg, '--ascii-only']).stdout).toBe('');
    expect(fast(['roadmap', file, '--as-of', '2026-02-30']).stdout).toBe('');
  });
});
