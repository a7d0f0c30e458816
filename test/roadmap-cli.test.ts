import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, variant } from './support/minimal-programme.js';
import { runCli } from './support/run-cli.js';

const EXAMPLE = 'examples/klant-in-beeld/programme.yaml';
const dir = mkdtempSync(join(tmpdir(), 'koers-roadmap-'));
const roadmap = (...args: string[]) => runCli(['roadmap', ...args]);

describe('koers roadmap', () => {
  it('prints the ASCII roadmap by default', () => {
    const { code, stdout, stderr } = roadmap(EXAMPLE, '--as-of', '2026-05-15');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^┌═+┐\n│ {2}ROADMAP KLANT IN BEELD - 18 MAANDEN/);
  });

  it('prints the Mermaid Gantt with --format mermaid', () => {
    const { code, stdout } = roadmap(EXAMPLE, '--format', 'mermaid', '--as-of', '2026-05-15');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^gantt\n/);
    expect(stdout).toMatch(/:(?:[a-z]+, )*PRJ-03, 2026-03-01, 2026-08-31\n/);
  });

  it('colours efforts by the steering engine\'s state when records lie beside the programme, and not without', () => {
    const withRecords = roadmap(EXAMPLE, '--format', 'mermaid', '--as-of', '2026-05-15').stdout;
    expect(withRecords).toContain(':done, FUN-01, 2026-01-01, 2026-01-31');
    const alone = join(dir, 'alone');
    mkdirSync(alone);
    writeFileSync(join(alone, 'programme.yaml'), readFileSync(EXAMPLE, 'utf8'));
    const without = roadmap(join(alone, 'programme.yaml'), '--format', 'mermaid', '--as-of', '2026-05-15');
    expect(without.code).toBe(0);
    expect(without.stdout).toContain(':FUN-01, 2026-01-01, 2026-01-31');
    expect(without.stdout).not.toMatch(/:(done|active|crit), /);
    const svg = roadmap(join(alone, 'programme.yaml'), '--format', 'svg', '--as-of', '2026-05-15').stdout;
    expect(svg).not.toContain('Gereed');
  });

  it('exits 1 when a record file beside the programme is invalid', () => {
    const broken = join(dir, 'broken-records');
    mkdirSync(broken);
    writeFileSync(join(broken, 'programme.yaml'), readFileSync(EXAMPLE, 'utf8'));
    writeFileSync(join(broken, 'progress.csv'), `${readFileSync('examples/klant-in-beeld/progress.csv', 'utf8').split('\n')[0]}\nNOPE-99;01-03-2026;50;;;;\n`);
    const { code, stdout, stderr } = roadmap(join(broken, 'programme.yaml'), '--format', 'svg');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('progress.csv: row 2, column "inspanning": "NOPE-99" is not an effort of Klant in Beeld');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the seed document\'s roadmap section with --format md', () => {
    const { code, stdout } = roadmap(EXAMPLE, '--format', 'md', '--as-of', '2026-05-15', '--lang', 'en', '--ascii-only');
    expect(code).toBe(0);
    const blocks = stdout.split(/^```.*$/m);
    expect(stdout).toMatch(/^## PROGRAMME ROADMAP 18 MONTHS\n\n### Mermaid Gantt chart\n\n```mermaid\ngantt\n/);
    expect(stdout).toContain('\n---\n\n## ASCII ROADMAP\n\n```\n+====');
    expect(blocks[1]).toContain('section MILESTONES');
    expect(blocks[3]).toContain('Legend: [###] = Project-based  [===] = Ongoing');
    expect(blocks[3]).toMatch(/^[\x20-\x7e\n]+$/);
  });

  it('writes the SVG to --out, whole, and nothing to standard output', () => {
    const out = join(dir, 'roadmap.svg');
    const { code, stdout } = roadmap(EXAMPLE, '--format', 'svg', '--as-of', '2026-05-15', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('vandaag · 15 mei 2026');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('has --help listing the formats', () => {
    const { code, stdout } = roadmap('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: koers roadmap [options] <file>');
    expect(stdout).toContain('"mermaid", "ascii", "svg", "md"');
  });

  it('exits 2 on a bad option, naming what is valid', () => {
    const date = roadmap(EXAMPLE, '--as-of', '2026-02-30');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of must be a date as YYYY-MM-DD');
    expect(roadmap(EXAMPLE, '--format', 'pdf').stderr).toContain('Allowed choices are mermaid, ascii, svg, md');
    expect(roadmap(EXAMPLE, '--format', 'pdf').code).toBe(2);
    const asciiOnly = roadmap(EXAMPLE, '--format', 'svg', '--ascii-only');
    expect(asciiOnly.code).toBe(2);
    expect(asciiOnly.stderr).toContain('--ascii-only applies to --format ascii and md');
  });

  it('exits 2 when the file is missing or --out cannot be written, leaving nothing behind', () => {
    const missing = roadmap(join(dir, 'nope.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const out = join(dir, 'no-such-dir', 'roadmap.svg');
    const unwritable = roadmap(EXAMPLE, '--format', 'svg', '--out', out);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain(`cannot write "${out}"`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on an invalid programme, with file:line:column and no stack trace', () => {
    const text = variant('  horizon: 12', '  horizon: x');
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, text);
    const { code, stdout, stderr } = roadmap(file, '--format', 'svg');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}:${lineOf(text, 'horizon: x')}:12 error wrong-type programme.horizon`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
