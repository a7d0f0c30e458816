import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseRecordsXlsx } from '../src/formats/xlsx/index.js';
import { exampleProgramme } from './fixtures/records/example-programme.js';

const programme = exampleProgramme();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Value = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };

async function workbook(sheets: Record<string, Value[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((cells, r) => cells.forEach((v, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      if (v !== null && typeof v === 'object' && 'numFmt' in v) {
        cell.value = v.value;
        cell.numFmt = v.numFmt;
      } else cell.value = v as ExcelJS.CellValue;
    }));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading records from XLSX', () => {
  it('reads date cells, number cells, percentage cells, text dates, rich text and formula results', async () => {
    const bytes = await workbook({
      Toelichting: [['Dit werkblad is geen meting']],
      Metingen: [
        ['KPI', 'Datum', 'Waarde', 'Toelichting'],
        ['PO churn', day('2026-09-30'), 10.6, null],
        ['getraind', '31-10-2026', { value: 0.59, numFmt: '0%' }, null],
        [{ richText: [{ text: 'data' }, { text: 'kwaliteit' }] }, day('2026-10-31'), { formula: '6.8+0.1', result: 6.9 }, 'na opschoning'],
        [null, null, null, null],
        ['vo-relatieduur', '2026-09-30', '+7%', null],
      ],
    });
    const result = await parseRecordsXlsx('measurements', bytes, programme);
    expect(result).toMatchObject({ ok: true, sheet: 'Metingen' });
    expect(result.ok && result.rows).toEqual([
      { kpi: 'po-churn', date: '2026-09-30', value: 10.6, source: undefined, note: undefined, recordedBy: undefined },
      { kpi: 'getraind', date: '2026-10-31', value: 59, source: undefined, note: undefined, recordedBy: undefined },
      { kpi: 'datakwaliteit', date: '2026-10-31', value: 6.9, source: undefined, note: 'na opschoning', recordedBy: undefined },
      { kpi: 'vo-relatieduur', date: '2026-09-30', value: 7, source: undefined, note: undefined, recordedBy: undefined },
    ]);
  });

  it('uses the first sheet when none is named after the kind', async () => {
    const bytes = await workbook({ Blad1: [['effort', 'date', 'percent complete'], ['PRC-03', day('2026-11-20'), { value: 0.55, numFmt: '0.0%' }]], Blad2: [['x']] });
    const result = await parseRecordsXlsx('progress', bytes, programme);
    expect(result.ok && result.rows.map((r) => [r.effort, r.percentComplete])).toEqual([['PRC-03', 55]]);
  });

  it('reports every bad row with the row number the spreadsheet shows', async () => {
    const bytes = await workbook({
      Metingen: [
        ['kpi', 'datum', 'waarde'],
        ['getraind', day('2026-09-30'), 52],
        ['PO chrun', day('2026-09-30'), 10.6],
        ['getraind', 45930, 60],
        ['datakwaliteit', day('2026-09-30'), { value: 0.065, numFmt: '0.0%' }],
        ['klantbeeld', true, 'zes'],
      ],
    });
    const result = await parseRecordsXlsx('measurements', bytes, programme);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.sheet).toBe('Metingen');
    expect(result.errors.map((e) => [e.row, e.column, e.value, e.message])).toEqual([
      [3, 'kpi', 'PO chrun', '"PO chrun" is not a KPI of Klant in Beeld; did you mean "PO churn"?'],
      [4, 'datum', '45930', '"45930" is not a date'],
      [5, 'waarde', '6.5%', '"6.5%" has a % sign, but Datakwaliteit score is a score'],
      [6, 'datum', 'TRUE', '"TRUE" is not a date'],
      [6, 'waarde', 'zes', '"zes" is not a number'],
    ]);
  });

  it('reads gate decisions from a sheet named "Besluiten"', async () => {
    const bytes = await workbook({
      Metingen: [['kpi']],
      Besluiten: [['Mijlpaal', 'Datum', 'Besluit', 'Voorwaarden', 'Besloten door'], ['M9', day('2026-11-03'), 'Go met voorwaarden', 'Rollout vóór 31-01-2027', 'Stuurgroep']],
    });
    const result = await parseRecordsXlsx('decisions', bytes, programme);
    expect(result.ok && result.rows).toEqual([{ milestone: 'M9', date: '2026-11-03', outcome: 'go-met-voorwaarden', conditions: 'Rollout vóór 31-01-2027', decidedBy: 'Stuurgroep', note: undefined }]);
  });

  it('refuses bytes that are not a workbook', async () => {
    const result = await parseRecordsXlsx('measurements', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), programme);
    expect(result).toMatchObject({ ok: false, errors: [{ row: 1, message: 'the file is not an XLSX workbook' }] });
  });
});
