import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './support/run-cli.js';

const SEED = 'test/fixtures/mermaid/valid/01-seed-klant-in-beeld.mmd';
const dir = mkdtempSync(join(tmpdir(), 'koers-mermaid-'));
const importMermaid = (...args: string[]) => runCli(['import', 'mermaid', ...args]);

function chart(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('koers import mermaid', () => {
  it('prints a programme skeleton that koers validate accepts, with warnings on standard error', () => {
    const { code, stdout, stderr } = importMermaid(SEED);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Programme skeleton imported from 01-seed-klant-in-beeld\.mmd/);
    expect(stdout).toContain('  - { id: prj3, name: Klantreis Zakelijk, domain: projecten, start: 2026-03-01, end: 2026-08-31 }');
    expect(stderr).toContain(`${SEED}:8: warning: milestone "Fundament Klaar" on 2026-03-01 becomes a milestone on 2026-03-31`);
    const out = join(dir, 'seed-stdout.yaml');
    writeFileSync(out, stdout);
    const validate = runCli(['validate', out]);
    expect(validate.stdout).toContain('valid — Klant in Beeld (2026-01, 18 months; 27 efforts, 4 milestones');
    expect(validate.code).toBe(0);
  });

  it('writes --out whole, and refuses to overwrite it without --force', () => {
    const out = join(dir, 'seed.yaml');
    const first = importMermaid(SEED, '--out', out);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`${out}: Klant in Beeld (2026-01, 18 months; 27 efforts, 4 milestones, 6 domains)\n`);
    expect(runCli(['validate', out]).code).toBe(0);
    writeFileSync(out, 'mine');
    const again = importMermaid(SEED, '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(importMermaid(SEED, '--out', out, '--force').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Programme skeleton/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('puts every effort in one domain with --domain-from single', () => {
    const { code, stdout } = importMermaid(SEED, '--domain-from', 'single');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^domains:\n {2}- \{ id: roadmap, name: Roadmap \}\nmilestones:/m);
  });

  it('exits 1 on an invalid chart, with file:line messages, and writes nothing', () => {
    const path = chart('bad.mmd', 'gantt\n    dateFormat YYYY-MM-DD\n    Ontwerp :a, 2026-01-05, 2w\n    Bouw :b, after x, 2w\n    Fase 1: test :c, 2026-02-02, 1w\n');
    const out = join(dir, 'bad.yaml');
    const { code, stdout, stderr } = importMermaid(path, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${path}:4: unknown task id "x" in "after x" (Mermaid would start this task today)`);
    expect(stderr).toContain(`${path}:5: the task title contains ":"; Mermaid keeps only "Fase 1" as the title`);
    expect(stderr).toContain(`2 problems in ${path}; nothing written`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on usage errors', () => {
    const missing = importMermaid(join(dir, 'missing.mmd'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect(importMermaid(SEED, '--domain-from', 'phases').code).toBe(2);
    expect(importMermaid().code).toBe(2);
  });

  it('keeps Mermaid and jsdom out of the CLI', () => {
    const sources = (folder: string): string[] =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js)$/.test(f)).map((f) => join(ROOT, folder, f));
    const heavy = [...sources('src'), ...sources('dist')].filter((f) => !/\.test\.ts$/.test(f) && /from ['"](mermaid|jsdom)['"/]|import\(['"](mermaid|jsdom)['"]/.test(readFileSync(f, 'utf8')));
    expect(heavy).toEqual([]);
  });
});
