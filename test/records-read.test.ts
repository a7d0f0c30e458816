import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../src/app/app-error.js';
import { InvalidRecordsError, readRecords } from '../src/app/read-records.js';
import { monthEnd } from '../src/calendar/index.js';
import { programmeStatus } from '../src/steer/index.js';
import { EXAMPLE_PROGRAMME_FILE, exampleProgramme } from './fixtures/records/example-programme.js';

const programme = exampleProgramme();
let dir: string;
let programmeFile: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'koers-records-'));
  programmeFile = join(dir, 'programme.yaml');
  await copyFile(EXAMPLE_PROGRAMME_FILE, programmeFile);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => undefined, (error: unknown) => error);
}

describe('readRecords', () => {
  it('reads no records when there are no record files', async () => {
    const records = await readRecords(programme, programmeFile);
    expect(Object.values(records).every((list) => list.length === 0)).toBe(true);
    expect(Object.keys(records).sort()).toEqual(['acknowledgements', 'budget', 'checks', 'decisions', 'measurements', 'overrides', 'progress', 'risks', 'signals']);
  });

  it('reads the conventional CSV and XLSX files next to the programme', async () => {
    await writeFile(join(dir, 'progress.csv'), 'inspanning;datum;% gereed\nPRC-03;20-11-2026;55\n');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Metingen').addRows([['kpi', 'datum', 'waarde'], ['getraind', new Date('2026-11-20T00:00:00Z'), 65]]);
    await writeFile(join(dir, 'measurements.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
    const records = await readRecords(programme, programmeFile);
    expect(records.progress).toMatchObject([{ effort: 'PRC-03', percentComplete: 55 }]);
    expect(records.measurements).toMatchObject([{ kpi: 'getraind', date: '2026-11-20', value: 65 }]);
  });

  it('reads explicit files instead of the conventional ones', async () => {
    await writeFile(join(dir, 'measurements.csv'), 'kpi;datum;waarde\ngetraind;20-11-2026;65\n');
    await writeFile(join(dir, 'november.csv'), 'kpi;datum;waarde\ngetraind;20-11-2026;66\n');
    const records = await readRecords(programme, programmeFile, { measurements: join(dir, 'november.csv') });
    expect(records.measurements.map((m) => m.value)).toEqual([66]);
    expect(await caught(readRecords(programme, programmeFile, { budget: join(dir, 'nope.csv') }))).toMatchObject({ code: 'file-not-found' });
  });

  it('refuses a CSV and an XLSX file of the same kind side by side', async () => {
    await writeFile(join(dir, 'budget.csv'), 'datum;gepland;besteed\n');
    await writeFile(join(dir, 'budget.xlsx'), '');
    const error = await caught(readRecords(programme, programmeFile));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'conflict' });
  });

  it('reports the bad rows of every file, each with its file name', async () => {
    await writeFile(join(dir, 'measurements.csv'), 'kpi;datum;waarde\ngetraind;30-09-2026;52\ngetraind;31-10-2026;59\ngetraind;20-11-2026;65\npo-churn;30-09-2026;10,6\npo-churn;31-10-2026;10,4\npo-churn;20-11-2026;7,5,1\n');
    await writeFile(join(dir, 'decisions.csv'), 'mijlpaal;datum;besluit;besloten door\nM9;29-09-2026;misschien;Stuurgroep\n');
    const error = await caught(readRecords(programme, programmeFile));
    expect(error).toBeInstanceOf(InvalidRecordsError);
    const { errors, message } = error as InvalidRecordsError;
    expect(errors.map((e) => [e.file, e.row, e.column])).toEqual([
      [join(dir, 'measurements.csv'), 7, 'waarde'],
      [join(dir, 'decisions.csv'), 2, 'besluit'],
    ]);
    expect(message.split('\n')[0]).toBe(`${join(dir, 'measurements.csv')}: row 7, column "waarde": "7,5,1" is not a number (expected a number such as 7,5 or 12%)`);
  });
});

describe('the Klant in Beeld example records', () => {
  it('are valid and cover every kind of the story', async () => {
    const records = await readRecords(programme, EXAMPLE_PROGRAMME_FILE);
    for (const kind of ['measurements', 'progress', 'decisions', 'checks', 'risks', 'budget'] as const) expect(records[kind].length, kind).toBeGreaterThan(0);
  });

  it('are marked illustrative and lie before 23 November 2026', async () => {
    const records = await readRecords(programme, EXAMPLE_PROGRAMME_FILE);
    expect(records.measurements.every((m) => m.source?.startsWith('illustratief'))).toBe(true);
    const dates = Object.values(records).flatMap((list: readonly { date: string }[]) => list.map((r) => r.date));
    expect(dates.every((d) => d <= '2026-11-23')).toBe(true);
  });

  it('measure every KPI with a numeric target at M3, M6 and M9', async () => {
    const records = await readRecords(programme, EXAMPLE_PROGRAMME_FILE);
    for (const month of [3, 6, 9]) {
      const date = monthEnd(programme.start, month);
      const planned = programme.kpis.filter((k) => k.targets.some((t) => t.month === month && t.value !== undefined)).map((k) => k.id);
      const measured = records.measurements.filter((m) => m.date === date).map((m) => m.kpi);
      expect(measured.sort(), `M${month}`).toEqual(expect.arrayContaining(planned.sort()));
    }
  });

  it('decide on every gate up to M9, the last one under conditions', async () => {
    const { decisions } = await readRecords(programme, EXAMPLE_PROGRAMME_FILE);
    const latest = new Map([...decisions].sort((a, b) => a.date.localeCompare(b.date)).map((d) => [d.milestone, d]));
    expect([...latest.keys()]).toEqual(['M1', 'M3', 'M6', 'M9']);
    expect(latest.get('M9')?.outcome).toBe('go-met-voorwaarden');
  });

  it('hold one KPI judgement by B5\'s baateigenaar that leaves the story as it was on 23-11', async () => {
    const records = await readRecords(programme, EXAMPLE_PROGRAMME_FILE);
    expect(records.overrides).toEqual([expect.objectContaining({ subject: { kind: 'kpi', kpi: 'zakelijk-arr' }, date: '2026-11-18', rag: 'geel', recordedBy: 'Sectormanager Zakelijk' })]);
    expect(programme.benefits.find((b) => b.id === 'B5')?.indicators).toContain('zakelijk-arr');
    const judged = programmeStatus(programme, records, '2026-11-23');
    const plain = programmeStatus(programme, { ...records, overrides: [] }, '2026-11-23');
    expect(judged.kpis.find((k) => k.kpi === 'zakelijk-arr')).toMatchObject({ rag: 'geel', derived: { rag: 'groen' } });
    const story = (s: typeof judged) => ({
      escalations: s.escalations.map((e) => `${e.rule} ${e.subject}`),
      benefits: s.benefits.map((b) => `${b.benefit} ${b.rag}`),
      steering: s.steering.map((x) => `${x.parameter} ${x.rag}`),
    });
    expect(story(judged)).toEqual(story(plain));
    expect(story(judged).escalations).toEqual(['baat-achter B1', 'batenconflict B2', 'gate-risico M12']);
    expect([judged.summary.kpis, plain.summary.kpis]).toEqual([{ groen: 8, geel: 2, rood: 3, grijs: 0 }, { groen: 9, geel: 1, rood: 3, grijs: 0 }]);
    expect(programmeStatus(programme, records, '2026-11-17').kpis.find((k) => k.kpi === 'zakelijk-arr')).toMatchObject({ rag: 'groen', override: undefined });
  });
});
