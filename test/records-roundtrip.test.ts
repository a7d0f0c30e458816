import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../src/app/read-records.js';
import { appendRecordsCsv, DUTCH_LAYOUT, ENGLISH_LAYOUT, parseRecordsCsv, RECORD_KINDS, writeRecordsCsv } from '../src/formats/csv/index.js';
import type { RecordKind, RecordOf } from '../src/formats/csv/index.js';
import type { Measurement, Records } from '../src/model/index.js';
import { EXAMPLE_PROGRAMME_FILE, exampleProgramme } from './fixtures/records/example-programme.js';

const programme = exampleProgramme();

/** The example records plus the kinds the example leaves empty. */
async function allKinds(): Promise<Records> {
  const example = await readRecords(programme, EXAMPLE_PROGRAMME_FILE);
  return {
    ...example,
    overrides: [
      { subject: { kind: 'parameter', parameter: 'tempo' }, date: '2026-11-20', rag: 'geel', rationale: 'CRM live; inhaalslag "rollout" loopt', recordedBy: 'Programma-eigenaar' },
      { subject: { kind: 'kpi', kpi: 'vo-relatieduur' }, date: '2026-11-20', rag: 'geel', rationale: 'Verlengingen na de meting', recordedBy: 'Sectormanager VO' },
    ],
    signals: [{ rule: 'commitment', subject: 'B5', date: '2026-11-20', note: 'Sectormanager VO:\nverlengingsdoel niet haalbaar', recordedBy: undefined }],
    acknowledgements: [{ rule: 'baat-achter', subject: 'B1', date: '2026-11-24', recordedBy: 'Sponsorgroep', note: undefined }],
  };
}

function read<K extends RecordKind>(kind: K, text: string) {
  const result = parseRecordsCsv(kind, text, programme);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('CSV round trip', () => {
  it('reads back every record kind as written, in the Dutch and the English layout', async () => {
    const records = await allKinds();
    for (const kind of RECORD_KINDS) {
      expect(records[kind].length, kind).toBeGreaterThan(0);
      for (const layout of [DUTCH_LAYOUT, ENGLISH_LAYOUT]) {
        const text = writeRecordsCsv(kind, records[kind] as readonly RecordOf<typeof kind>[], { layout, bom: true });
        expect(read(kind, text).rows, `${kind} ${layout.headers}`).toEqual(records[kind]);
      }
    }
  });

  it('writes the Dutch layout: semicolons, decimal commas, dd-mm-jjjj, Dutch headers', () => {
    const text = writeRecordsCsv('measurements', [{ kpi: 'datakwaliteit', date: '2026-09-30', value: 6.125, source: 'scan; Q3', note: undefined, recordedBy: undefined }]);
    expect(text).toBe('kpi;datum;waarde;bron;toelichting;ingevoerd door\ndatakwaliteit;30-09-2026;6,1250;"scan; Q3";;\n');
  });

  it('reads back arbitrary measurements', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/[\u0000-\u001f]/gu, ' ').trim()).filter((s) => s !== '');
    const measurement = fc.record({
      kpi: fc.constantFrom('getraind', 'vo-relatieduur', 'po-churn'),
      date: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      value: fc.double({ min: 0, max: 100, noNaN: true }),
      source: fc.option(text, { nil: undefined }),
      note: fc.option(text, { nil: undefined }),
      recordedBy: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(measurement, { selector: (m) => `${m.kpi} ${m.date}`, maxLength: 20 }), fc.constantFrom(DUTCH_LAYOUT, ENGLISH_LAYOUT), (rows: Measurement[], layout) => {
        const normalized = rows.map((r) => ({ ...r, value: r.value === 0 ? 0 : r.value }));
        expect(read('measurements', writeRecordsCsv('measurements', normalized, { layout })).rows).toEqual(normalized);
      }),
    );
  });
});

describe('appendRecordsCsv', () => {
  const added: Measurement[] = [{ kpi: 'po-churn', date: '2026-11-20', value: 10.2, source: 'Contractadministratie PO', note: undefined, recordedBy: 'controller' }];

  it("keeps the existing text and writes new rows in the file's own layout and column order", () => {
    const existing = 'Date,Value,KPI,Source,Recorded by\r\n2026-09-30,10.6,po-churn,admin,controller\r\n';
    const { rows, shape } = read('measurements', existing);
    const text = appendRecordsCsv('measurements', { text: existing, rows, shape }, added);
    expect(text).toBe(`${existing}2026-11-20,10.2,po-churn,Contractadministratie PO,controller\r\n`);
    expect(read('measurements', text).rows).toEqual([...rows, ...added]);
  });

  it('adds a final line break when the file lacks one', () => {
    const existing = 'kpi;datum;waarde;bron;ingevoerd door\npo-churn;30-09-2026;10,6;x;y';
    const { rows, shape } = read('measurements', existing);
    expect(appendRecordsCsv('measurements', { text: existing, rows, shape }, added)).toBe(`${existing}\npo-churn;20-11-2026;10,2;Contractadministratie PO;controller\n`);
  });

  it('rewrites the file with the missing column when a new row needs it', () => {
    const existing = '\uFEFFkpi;datum;waarde\npo-churn;30-09-2026;10,6\n';
    const { rows, shape } = read('measurements', existing);
    const text = appendRecordsCsv('measurements', { text: existing, rows, shape }, added);
    expect(text).toBe('\uFEFFkpi;datum;waarde;bron;ingevoerd door\npo-churn;30-09-2026;10,6;;\npo-churn;20-11-2026;10,2;Contractadministratie PO;controller\n');
  });
});
