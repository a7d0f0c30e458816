import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_PROGRAMME } from './support/minimal-programme.js';
import { runCli } from './support/run-cli.js';

const EXAMPLE = 'examples/klant-in-beeld/programme.yaml';
const dir = mkdtempSync(join(tmpdir(), 'koers-status-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const HEADER = 'kpi;datum;waarde;bron;toelichting;ingevoerd door\n';
// The minimal programme: k1 from 50 to 60 at M6 (2026-06-30).
const programme = write('programme.yaml', MINIMAL_PROGRAMME);
const onPlan = write('on-plan.csv', `${HEADER}k1;30-06-2026;59;;;\n`);
const behind = write('behind.csv', `${HEADER}k1;30-06-2026;58;;;\n`);
const far = write('far.csv', `${HEADER}k1;30-06-2026;52;;;\n`);

describe('koers status', () => {
  it('prints a terminal summary without colour when piped', () => {
    const { code, stdout, stderr } = runCli(['status', EXAMPLE, '--as-of', '2026-07-15'], { env: { NO_COLOR: '', FORCE_COLOR: '' } });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Klant in Beeld — Status op 2026-07-15 (maand 7, fase IMPLEMENTATIE)');
    for (const heading of ['Stuurparameters', "KPI's", 'Baten', 'Inspanningen', 'Go/no-go-momenten']) expect(stdout).toContain(`\n${heading}`);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks English with --lang en', () => {
    const { stdout } = runCli(['status', EXAMPLE, '--as-of', '2026-07-15', '--lang', 'en']);
    expect(stdout).toContain('Klant in Beeld — Status on 2026-07-15 (month 7, phase IMPLEMENTATIE)');
    expect(stdout).toContain('Steering parameters');
  });

  it('shows a KPI judgement under its KPI with the derived RAG, from its date on', () => {
    const after = runCli(['status', EXAMPLE, '--as-of', '2026-11-23']).stdout.split('\n');
    const row = after.findIndex((l) => l.includes('Zakelijk ARR'));
    expect(after[row]).toMatch(/^ {2}geel +Zakelijk ARR/);
    expect(after[row + 1]).toMatch(/^ +oordeel: Twee grote zakelijke klanten .*\(Sectormanager Zakelijk, 2026-11-18; afgeleid: groen\)$/);
    const md = runCli(['status', EXAMPLE, '--as-of', '2026-11-23', '--format', 'md']).stdout;
    expect(md).toMatch(/\| Zakelijk ARR \| geel \(oordeel: Twee grote .*Sectormanager Zakelijk, 2026-11-18; afgeleid: groen\) \|/);
    const before = runCli(['status', EXAMPLE, '--as-of', '2026-11-17']).stdout;
    expect(before).toMatch(/\n {2}groen +Zakelijk ARR/);
    expect(before).not.toContain('oordeel: Twee grote');
  });

  it('prints the status contract as JSON', () => {
    const { code, stdout } = runCli(['status', programme, '--measurements', behind, '--as-of', '2026-07-01', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ schema: 'koers.status/1', asOf: '2026-07-01', month: 7, programme: { id: 'demo' } });
    expect(json.kpis[0]).toMatchObject({ kpi: 'k1', actual: { value: 58, date: '2026-06-30' }, plannedAtActual: 60, achievement: 0.8, rag: 'geel' });
    // The minimal programme has no phases, so `phase` is undefined and JSON leaves it out.
    expect(Object.keys(json)).toEqual(['schema', 'programme', 'asOf', 'month', 'summary', 'kpis', 'benefits', 'efforts', 'gates', 'escalations', 'steering', 'notices']);
  });

  it('prints Markdown tables with --format md', () => {
    const { code, stdout } = runCli(['status', programme, '--measurements', onPlan, '--as-of', '2026-07-01', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Demo — Status op 2026-07-01\n/);
    expect(stdout).toContain('| Naleving | groen | 59% (2026-06-30) | 60% | 90% |');
  });

  it('--fail-on exits 1 when anything is at least that bad', () => {
    const args = (file: string, level: string) => ['status', programme, '--measurements', file, '--as-of', '2026-06-30', '--format', 'json', '--fail-on', level];
    // 2026-05-01 lies before the six weeks ahead of gate M6, so only the KPI decides: 56 is green (0.91), 51 red (0.15).
    const early = (file: string, level: string) => args(file, level).map((a) => (a === '2026-06-30' ? '2026-05-01' : a));
    const atMay = write('may.csv', `${HEADER}k1;30-04-2026;56;;;\n`);
    const farMay = write('far-may.csv', `${HEADER}k1;30-04-2026;51;;;\n`);
    expect(runCli(early(atMay, 'amber')).code).toBe(0);
    expect(runCli(early(farMay, 'amber')).code).toBe(1);
    expect(runCli(early(farMay, 'red')).code).toBe(1);
    expect(runCli(args(far, 'red')).code).toBe(1);
  });

  it('exits 2 on a usage error, an unreadable file or a bad date; 1 on a bad record file', () => {
    expect(runCli(['status']).code).toBe(2);
    expect(runCli(['status', EXAMPLE, '--format', 'xml']).code).toBe(2);
    expect(runCli(['status', EXAMPLE, '--fail-on', 'green']).code).toBe(2);
    const date = runCli(['status', EXAMPLE, '--as-of', '2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of must be a date as YYYY-MM-DD');
    const missing = runCli(['status', programme, '--measurements', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const bad = runCli(['status', programme, '--measurements', write('bad.csv', `${HEADER}k1;30-06-2026;veel;;;\n`), '--as-of', '2026-07-01']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.csv: row 2, column "waarde"/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
