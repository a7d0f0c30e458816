import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRecords } from '../src/app/import-records.js';
import { readRecords } from '../src/app/read-records.js';
import { exampleProgramme, EXAMPLE_PROGRAMME_FILE } from './fixtures/records/example-programme.js';

const programme = exampleProgramme();
let dir: string;
let into: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'koers-import-'));
  into = join(dir, 'measurements.csv');
  await copyFile(EXAMPLE_PROGRAMME_FILE, join(dir, 'programme.yaml'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function source(name: string, text: string): Promise<string> {
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

const EXISTING = 'kpi;datum;waarde;bron\ngetraind;30-09-2026;52;LMS\n';

describe('importRecords', () => {
  it('creates the canonical file in the Dutch layout with a BOM', async () => {
    const file = await source('in.csv', 'KPI,Date,Value\n"PO churn",2026-11-20,10.2\n');
    expect(await importRecords({ kind: 'measurements', programme, source: file, into })).toEqual({ ok: true, imported: 1, into, created: true, written: true });
    expect(await readFile(into, 'utf8')).toBe('\uFEFFkpi;datum;waarde;bron;toelichting;ingevoerd door\npo-churn;20-11-2026;10,2;;;\n');
  });

  it('appends to an existing file, leaving its lines as they were', async () => {
    await writeFile(into, EXISTING);
    const file = await source('in.csv', 'kpi;datum;waarde;bron\ngetraind;31-10-2026;59;LMS\nPO churn;31-10-2026;10,4;Contractadministratie PO\n');
    expect(await importRecords({ kind: 'measurements', programme, source: file, into })).toMatchObject({ ok: true, imported: 2, created: false });
    expect(await readFile(into, 'utf8')).toBe(`${EXISTING}getraind;31-10-2026;59;LMS\npo-churn;31-10-2026;10,4;Contractadministratie PO\n`);
    expect((await readRecords(programme, join(dir, 'programme.yaml'))).measurements).toHaveLength(3);
  });

  it('imports nothing when any row is bad, and reports every bad row', async () => {
    await writeFile(into, EXISTING);
    const file = await source('in.csv', 'kpi;datum;waarde\ngetraind;31-10-2026;59\nPO chrun;31-10-2026;10,4\ngetraind;30-09-2026;52\ndatakwaliteit;31-10-2026;7,5,1\n');
    const outcome = await importRecords({ kind: 'measurements', programme, source: file, into });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.map((e) => [e.file, e.row, e.column])).toEqual([[file, 3, 'kpi'], [file, 5, 'waarde']]);
    expect(await readFile(into, 'utf8')).toBe(EXISTING);
    expect(await readdir(dir)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/u)]));
  });

  it('refuses rows already recorded, so that importing twice changes nothing', async () => {
    await writeFile(into, EXISTING);
    const file = await source('in.csv', 'kpi;datum;waarde\ngetraind;31-10-2026;59\nGetraind;30-9-2026;53\n');
    const outcome = await importRecords({ kind: 'measurements', programme, source: file, into });
    expect(!outcome.ok && outcome.errors.map((e) => [e.row, e.column, e.message])).toEqual([[3, 'kpi', `getraind, 2026-09-30 is already recorded in ${into} (row 2)`]]);
    expect(await readFile(into, 'utf8')).toBe(EXISTING);
  });

  it('reports bad rows in the canonical file too', async () => {
    await writeFile(into, 'kpi;datum;waarde\ngetraind;30-09-2026;vijftig\n');
    const file = await source('in.csv', 'kpi;datum;waarde\ngetraind;31-10-2026;59\n');
    const outcome = await importRecords({ kind: 'measurements', programme, source: file, into });
    expect(!outcome.ok && outcome.errors.map((e) => [e.file, e.row])).toEqual([[into, 2]]);
  });

  it('writes nothing on a dry run', async () => {
    await writeFile(into, EXISTING);
    const file = await source('in.csv', 'kpi;datum;waarde\ngetraind;31-10-2026;59\n');
    expect(await importRecords({ kind: 'measurements', programme, source: file, into, dryRun: true })).toMatchObject({ ok: true, imported: 1, written: false });
    expect(await readFile(into, 'utf8')).toBe(EXISTING);
  });

  it('rewrites a Windows-1252 file as UTF-8 with a BOM, keeping its text', async () => {
    await writeFile(into, Buffer.from('kpi;datum;waarde;toelichting\nuniform-proces;30-09-2026;22;geïmplementeerd in PO\n', 'latin1'));
    const file = await source('in.csv', 'kpi;datum;waarde\nuniform-proces;31-10-2026;28\n');
    expect(await importRecords({ kind: 'measurements', programme, source: file, into })).toMatchObject({ ok: true, imported: 1 });
    expect(await readFile(into, 'utf8')).toBe('\uFEFFkpi;datum;waarde;toelichting\nuniform-proces;30-09-2026;22;geïmplementeerd in PO\nuniform-proces;31-10-2026;28;\n');
  });

  it('imports gate decisions the same way', async () => {
    const file = await source('besluiten.csv', 'mijlpaal;datum;besluit;voorwaarden;besloten door\nM9;03-11-2026;GO met voorwaarden;Rollout vóór 31-01-2027;Stuurgroep\n');
    const decisions = join(dir, 'decisions.csv');
    expect(await importRecords({ kind: 'decisions', programme, source: file, into: decisions })).toMatchObject({ ok: true, imported: 1 });
    expect(await readFile(decisions, 'utf8')).toBe('\uFEFFmijlpaal;datum;besluit;voorwaarden;besloten door;toelichting\nM9;03-11-2026;GO met voorwaarden;Rollout vóór 31-01-2027;Stuurgroep;\n');
  });

  it('refuses to import into a workbook', async () => {
    const file = await source('in.csv', 'kpi;datum;waarde\ngetraind;31-10-2026;59\n');
    await expect(importRecords({ kind: 'measurements', programme, source: file, into: join(dir, 'measurements.xlsx') })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
