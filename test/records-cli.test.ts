import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_PROGRAMME_FILE } from './fixtures/records/example-programme.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'koers.js');
let dir: string;

// `npm test` builds first; rebuilding here would pull dist/ from under other test files running the CLI.
beforeAll(() => {
  if (!existsSync(bin)) execFileSync('node', ['scripts/build.js'], { cwd: root, stdio: 'pipe' });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'koers-cli-records-'));
  await copyFile(EXAMPLE_PROGRAMME_FILE, join(dir, 'programme.yaml'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function koers(...args: string[]) {
  const run = spawnSync('node', [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const EXISTING = 'kpi;datum;waarde\ngetraind;30-09-2026;52\n';

describe('koers measurements import', () => {
  it('appends valid rows to measurements.csv next to the programme', async () => {
    await writeFile(join(dir, 'measurements.csv'), EXISTING);
    await writeFile(join(dir, 'november.csv'), 'KPI;Datum;Waarde\ngetraind;20-11-2026;65\nPO churn;20-11-2026;10,2\n');
    const run = koers('measurements', 'import', 'november.csv', '--programme', 'programme.yaml');
    expect(run).toMatchObject({ code: 0, stdout: 'Imported 2 measurements from november.csv into measurements.csv\n' });
    expect(await readFile(join(dir, 'measurements.csv'), 'utf8')).toBe(`${EXISTING}getraind;20-11-2026;65\npo-churn;20-11-2026;10,2\n`);
  });

  it('prints every bad row and changes nothing (exit 1)', async () => {
    await writeFile(join(dir, 'measurements.csv'), EXISTING);
    await writeFile(join(dir, 'november.csv'), 'kpi;datum;waarde\ngetraind;20-11-2026;65\nPO chrun;20-11-2026;10,2\ndatakwaliteit;20-11-2026;7,5,1\n');
    const before = await readFile(join(dir, 'measurements.csv'));
    const run = koers('measurements', 'import', 'november.csv', '-p', 'programme.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error november\.csv: row 3, column "kpi": "PO chrun" is not a KPI of Klant in Beeld; did you mean "PO churn"\?/u);
    expect(lines[1]).toBe('error november.csv: row 4, column "waarde": "7,5,1" is not a number (expected a number such as 7,5 or 12%)');
    expect(lines[2]).toBe('2 problems; nothing imported, measurements.csv is unchanged');
    expect(await readFile(join(dir, 'measurements.csv'))).toEqual(before);
  });

  it('validates only with --dry-run', async () => {
    await writeFile(join(dir, 'november.csv'), 'kpi;datum;waarde\ngetraind;20-11-2026;65\n');
    const run = koers('measurements', 'import', 'november.csv', '--programme', 'programme.yaml', '--dry-run');
    expect(run).toMatchObject({ code: 0, stdout: 'november.csv: 1 measurement valid; nothing written (--dry-run)\n' });
    await expect(readFile(join(dir, 'measurements.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('imports an XLSX workbook into a chosen file', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Metingen').addRows([['Indicator', 'Datum', 'Waarde'], ['CRM-adoptie', new Date('2026-11-20T00:00:00Z'), 86]]);
    await writeFile(join(dir, 'november.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
    const run = koers('measurements', 'import', 'november.xlsx', '--programme', 'programme.yaml', '--into', 'kpi.csv');
    expect(run).toMatchObject({ code: 0, stdout: 'Imported 1 measurement from november.xlsx into kpi.csv (new file)\n' });
    expect(await readFile(join(dir, 'kpi.csv'), 'utf8')).toBe('\uFEFFkpi;datum;waarde;bron;toelichting;ingevoerd door\ncrm-adoptie;20-11-2026;86;;;\n');
  });

  it('reports problems as JSON with --format json', async () => {
    await writeFile(join(dir, 'november.csv'), 'kpi;datum;waarde;kleur\n');
    const run = koers('measurements', 'import', 'november.csv', '--programme', 'programme.yaml', '--format', 'json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, imported: 0, errors: [{ file: 'november.csv', row: 1, column: 'kleur', message: 'unknown column "kleur"' }] });
  });

  it('refuses to create measurements.csv beside measurements.xlsx', async () => {
    await writeFile(join(dir, 'measurements.xlsx'), '');
    await writeFile(join(dir, 'november.csv'), 'kpi;datum;waarde\ngetraind;20-11-2026;65\n');
    const run = koers('measurements', 'import', 'november.csv', '--programme', 'programme.yaml');
    expect(run).toMatchObject({ code: 1, stderr: 'koers: measurements.xlsx holds the measurements of this programme; save it as measurements.csv (and remove the workbook) before importing into it\n' });
    await expect(readFile(join(dir, 'measurements.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exits 2 on usage errors', async () => {
    expect(koers('measurements', 'import', 'november.csv').code).toBe(2);
    const missing = koers('measurements', 'import', 'nope.csv', '--programme', 'programme.yaml');
    expect(missing).toMatchObject({ code: 2, stderr: 'koers: cannot read "nope.csv": no such file\n' });
  });
});

describe('koers progress import and koers decisions import', () => {
  it('import into progress.csv and decisions.csv', async () => {
    await writeFile(join(dir, 'voortgang.csv'), 'inspanning;datum;% gereed;werkelijke start;werkelijk einde\nSYS-02;30-10-2026;100;02-03-2026;30-10-2026\n');
    await writeFile(join(dir, 'besluiten.csv'), 'mijlpaal;datum;besluit;voorwaarden;besloten door\nM9;29-09-2026;aangehouden;;Stuurgroep\nM9;03-11-2026;go with conditions;Rollout vóór 31-01-2027;Stuurgroep\n');
    expect(koers('progress', 'import', 'voortgang.csv', '--programme', 'programme.yaml')).toMatchObject({ code: 0, stdout: 'Imported 1 progress report from voortgang.csv into progress.csv (new file)\n' });
    expect(koers('decisions', 'import', 'besluiten.csv', '--programme', 'programme.yaml')).toMatchObject({ code: 0, stdout: 'Imported 2 decisions from besluiten.csv into decisions.csv (new file)\n' });
    expect(await readFile(join(dir, 'decisions.csv'), 'utf8')).toContain('M9;03-11-2026;GO met voorwaarden;Rollout vóór 31-01-2027;Stuurgroep;\n');
    const again = koers('decisions', 'import', 'besluiten.csv', '--programme', 'programme.yaml');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error besluiten.csv: row 2, column "mijlpaal": M9, 2026-09-29 is already recorded in decisions.csv (row 2)');
  });
});
