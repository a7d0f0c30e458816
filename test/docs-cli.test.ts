import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { variant } from './support/minimal-programme.js';
import { EXAMPLE_PATH } from './support/programme-fixture.js';
import { ROOT, runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'koers-docs-cli-'));
const fresh = (name: string) => join(mkdtempSync(join(dir, `${name}-`)), 'docs');
/** Leftover staging directories (`.docs.koers-…`) would mean a write was not cleaned up. */
const leftovers = (out: string) => readdirSync(join(out, '..')).filter((f) => f.includes('.koers-'));

describe('koers docs', () => {
  it('writes Markdown, HTML, the DIN SVG and the calendar by default, silently when not on a terminal', () => {
    const out = fresh('default');
    const { code, stdout, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', out, '--as-of', '2026-07-15']);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    expect(readdirSync(out).sort()).toEqual([
      'batenrealisatieplan.html', 'batenrealisatieplan.md',
      'doelen-inspanningennetwerk.html', 'doelen-inspanningennetwerk.md', 'doelen-inspanningennetwerk.svg',
      'klant-in-beeld.ics',
      'roadmap.html', 'roadmap.md',
      'stuurgroeprapportage-2026-07-15.html', 'stuurgroeprapportage-2026-07-15.md',
    ]);
    const html = readFileSync(join(out, 'roadmap.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).not.toMatch(/<script|<link |src="http|href="http/);
    // The SVG Gantt and the ECharts KPI charts are inline.
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(1 + 13);
    expect(leftovers(out)).toEqual([]);
  });

  it('prints one progress line per document on a terminal, and none with --quiet', () => {
    const run = (extra: string) => {
      const out = fresh('tty');
      const command = `${JSON.stringify(process.execPath)} bin/koers.js docs ${JSON.stringify(EXAMPLE_PATH)} --out ${JSON.stringify(out)} --format md,ics --as-of 2026-07-15 ${extra}`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.status).toBe(0);
      return result.stdout.replace(/\r/g, '');
    };
    const lines = run('').trim().split('\n');
    expect(lines).toEqual([
      '✓ Roadmap Klant in Beeld → roadmap.md',
      '✓ Batenrealisatieplan Klant in Beeld → batenrealisatieplan.md',
      '✓ Stuurgroeprapportage Klant in Beeld → stuurgroeprapportage-2026-07-15.md',
      '✓ Doelen-inspanningennetwerk Klant in Beeld → doelen-inspanningennetwerk.md',
      '✓ Agenda → klant-in-beeld.ics',
      expect.stringMatching(/^5 files written to .*docs$/),
    ]);
    expect(run('--quiet').trim()).toBe('');
  });

  it('writes into an existing directory and keeps what is already there', () => {
    const out = fresh('existing');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(runCli(['docs', EXAMPLE_PATH, '--out', out, '--format', 'md', '--lang', 'en']).code).toBe(0);
    expect(readdirSync(out)).toContain('notes.txt');
    expect(readdirSync(out)).toContain('benefits-realisation-plan.md');
    expect(leftovers(out)).toEqual([]);
  });

  it.each([
    [['--format', 'md,docx'], '--format takes a comma-separated list of md, html, pdf, ics; got "md,docx"'],
    [['--as-of', '15-07-2026'], '--as-of must be a date as YYYY-MM-DD, such as 2026-03-15; got "15-07-2026"'],
    [['--as-of', '2026-07-15', '--since', '2026-08-01'], '--since (2026-08-01) must lie before the report date (2026-07-15)'],
    [['--author', 'ceo'], '--author "ceo" is not a role of the programme; use one of: mt, programma-eigenaar'],
  ])('refuses %j with exit 2 and writes nothing', (args, message) => {
    const out = fresh('usage');
    const { code, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', out, ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out', () => {
    const { code, stderr } = runCli(['docs', EXAMPLE_PATH]);
    expect(code).toBe(2);
    expect(stderr).toContain("required option '--out <dir>' not specified");
  });

  it('refuses an --out that is a file, and leaves it alone', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'keep');
    const { code, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', file, '--format', 'md']);
    expect(code).toBe(2);
    expect(stderr).toContain('it is a file, not a directory');
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('says how to get Chromium when PDF cannot be made, and writes no other format either', () => {
    const out = fresh('no-chromium');
    const { code, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', out, '--format', 'md,pdf'], { env: { KOERS_CHROMIUM_PATH: join(dir, 'no-such-chromium') } });
    expect(code).toBe(1);
    expect(stderr).toContain('KOERS_CHROMIUM_PATH');
    expect(stderr).toContain('no such file exists');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(out)).toEqual([]);
  });

  it('reports a bad measurements file by row and column, and writes nothing', () => {
    const out = fresh('bad-records');
    const csv = join(dir, 'bad-measurements.csv');
    writeFileSync(csv, 'kpi;datum;waarde\ngetraind;31-03-2026;zestien\n');
    const { code, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', out, '--measurements', csv, '--format', 'md']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad-measurements\.csv.*row 2.*waarde/);
    expect(existsSync(out)).toBe(false);
  });

  it('reports an invalid --previous-plan by file:line:column', () => {
    const out = fresh('bad-previous');
    const previous = join(dir, 'previous.yaml');
    writeFileSync(previous, variant('koers: 1', 'koers: 1\nbogus: true', readFileSync(EXAMPLE_PATH, 'utf8')));
    const { code, stderr } = runCli(['docs', EXAMPLE_PATH, '--out', out, '--previous-plan', previous, '--format', 'md']);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${previous}:\\d+:\\d+ error unknown-key`));
    expect(existsSync(out)).toBe(false);
  });
});
