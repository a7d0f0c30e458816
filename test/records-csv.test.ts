import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, formatRecordError, parseRecordsCsv, RECORD_SPECS } from '../src/formats/csv/index.js';
import type { RecordError, RecordKind, RecordOf } from '../src/formats/csv/index.js';
import { exampleProgramme } from './fixtures/records/example-programme.js';

const programme = exampleProgramme();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/records/${name}`, import.meta.url), 'utf8');

function rows<K extends RecordKind>(kind: K, text: string): readonly RecordOf<K>[] {
  const result = parseRecordsCsv(kind, text, programme);
  if (!result.ok) throw new Error(result.errors.map((e) => formatRecordError(e)).join('\n'));
  return result.rows;
}

function errors(kind: RecordKind, text: string): readonly RecordError[] {
  const result = parseRecordsCsv(kind, text, programme);
  if (result.ok) throw new Error(`expected errors, got ${result.rows.length} rows`);
  return result.errors;
}

const where = (e: RecordError) => `${e.row} ${e.column}`;

describe('reading measurements from CSV', () => {
  it('reads a Dutch Excel export: semicolons, decimal commas, dd-mm-jjjj, quoted fields', () => {
    expect(rows('measurements', fixture('measurements-good.csv'))).toEqual([
      { kpi: 'getraind', date: '2026-10-31', value: 59, source: 'LMS', note: undefined, recordedBy: 'Programmacontroller' },
      { kpi: 'po-churn', date: '2026-10-31', value: 10.4, source: 'Contractadministratie PO', note: 'Na prijsaanpassing; vooral kleine scholen', recordedBy: 'Programmacontroller' },
    ]);
  });

  it('reads a comma-separated file with English headers in another order, ISO dates and a BOM', () => {
    const text = '\uFEFFValue,Date,Indicator,Recorded by\n10.6,2026-09-30,PO churn,controller\n"7,5",2026-09-30,datakwaliteit,\n';
    expect(rows('measurements', text)).toEqual([
      { kpi: 'po-churn', date: '2026-09-30', value: 10.6, source: undefined, note: undefined, recordedBy: 'controller' },
      { kpi: 'datakwaliteit', date: '2026-09-30', value: 7.5, source: undefined, note: undefined, recordedBy: undefined },
    ]);
  });

  it('reads tab-separated text and CRLF line ends', () => {
    expect(rows('measurements', 'kpi\tdatum\twaarde\r\ngetraind\t30-9-2026\t52\r\n')).toMatchObject([{ kpi: 'getraind', date: '2026-09-30', value: 52 }]);
  });

  it('finds KPIs by id or name, whatever the case, spacing or accents', () => {
    const text = 'kpi;datum;waarde\nPO churn;30-09-2026;10\npo-churn;31-10-2026;10\n  PO   CHURN ;30-11-2026;10\n% getraind outside-in;30-09-2026;52\n360° klantbeeld;30-09-2026;56\n';
    expect(rows('measurements', text).map((r) => r.kpi)).toEqual(['po-churn', 'po-churn', 'po-churn', 'getraind', 'klantbeeld']);
  });

  it('takes "+15%" or 15 for a relative KPI and "63%" or 63 for a percentage', () => {
    const text = 'kpi;datum;waarde\nvo-relatieduur;30-09-2026;+15%\nvo-relatieduur;31-10-2026;15\nzakelijk-arr;30-09-2026;-2,5%\ngetraind;30-09-2026;63%\n';
    expect(rows('measurements', text).map((r) => r.value)).toEqual([15, 15, -2.5, 63]);
  });

  it('skips blank lines but keeps counting them as spreadsheet rows', () => {
    const found = errors('measurements', 'kpi;datum;waarde\n\ngetraind;30-09-2026;52\n;;\ngetraind;31-10-2026;x\n');
    expect(found.map(where)).toEqual(['5 waarde']);
  });

  it('reports every bad row with row, column as written, value, reason and what is valid', () => {
    const found = errors('measurements', fixture('measurements-bad.csv'));
    expect(found.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'kpi', 'PO chrun'],
      [4, 'waarde', '7,5,1'],
      [5, 'datum', '31-02-2026'],
      [6, 'waarde', '12.500'],
      [7, 'kpi', 'getraind'],
    ]);
    expect(formatRecordError(found[0]!, 'measurements.csv')).toMatch(/^measurements\.csv: row 3, column "kpi": "PO chrun" is not a KPI of Klant in Beeld; did you mean "PO churn"\? \(expected a KPI id or name: getraind, .*po-churn/u);
    expect(formatRecordError(found[1]!, 'measurements.csv')).toBe('measurements.csv: row 4, column "waarde": "7,5,1" is not a number (expected a number such as 7,5 or 12%)');
    expect(found[2]!.message).toBe('"31-02-2026" is not an existing day');
    expect(found[3]!.message).toMatch(/ambiguous/u);
    expect(found[4]!.message).toBe('repeats row 2: the same kpi and datum');
  });

  it('checks a value against its KPI unit', () => {
    const found = errors('measurements', 'kpi;datum;waarde\ndatakwaliteit;30-09-2026;6,5%\ngetraind;30-09-2026;120\ndatakwaliteit;31-10-2026;11\ninitiatieven;30-09-2026;-1\nklantbeeld;30-09-2026;\n');
    expect(found.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'waarde', '"6,5%" has a % sign, but Datakwaliteit score is a score'],
      [3, 'waarde', '"120" is more than 100'],
      [4, 'waarde', '"11" is more than 10'],
      [5, 'waarde', '"-1" is less than 0'],
      [6, 'waarde', 'no value'],
    ]);
    expect(found[2]!.expected).toBe('a score from 0 to 10, such as 7,5 (KPI datakwaliteit)');
  });

  it('names an unknown column and lists the valid ones, in Dutch and English', () => {
    const [e, ...rest] = errors('measurements', 'kpi;datum;waarde;kleur\ngetraind;30-09-2026;52;rood\n');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ row: 1, column: 'kleur', message: 'unknown column "kleur"' });
    expect(e!.expected).toBe('columns named kpi, datum, waarde, bron, toelichting, ingevoerd door (English: kpi, date, value, source, note, recorded by)');
  });

  it('reports missing and repeated columns', () => {
    expect(errors('measurements', 'kpi;waarde\ngetraind;52\n').map((e) => [e.column, e.message])).toEqual([['datum', 'the column "datum" (or "date") is missing']]);
    expect(errors('measurements', 'kpi;datum;date;waarde\n').map((e) => [e.column, e.message])).toEqual([['date', 'column "date" repeats column "datum"']]);
  });

  it('reports a value under a column without a header', () => {
    expect(errors('measurements', 'kpi;datum;waarde\ngetraind;30-09-2026;52;extra\n').map((e) => [e.row, e.column, e.value])).toEqual([[2, 'column 4', 'extra']]);
  });

  it('reports malformed CSV at its row', () => {
    expect(errors('measurements', 'kpi;datum;waarde\ngetraind;30-09-2026;52\ngetraind;"31-10-2026;53\n').map((e) => [e.row, e.message])).toEqual([[3, 'a quote (") is opened but never closed']]);
    expect(errors('measurements', 'kpi;datum;waarde\ngetraind;"30-09-2026"x;52\n').map((e) => [e.row, e.message])).toEqual([[2, 'a quoted value has more text after its closing quote']]);
  });

  it('refuses an empty file and a binary file', () => {
    expect(errors('measurements', '')[0]!.message).toBe('the file is empty');
    expect(errors('measurements', 'PK\u0003\u0004\u0000\u0000binary')[0]!.message).toBe('the file is not a text file');
  });

  it('accepts a header without rows', () => {
    expect(rows('measurements', 'kpi;datum;waarde\n')).toEqual([]);
  });

  it('decodes Windows-1252 text as Excel NL saves it', () => {
    const bytes = Uint8Array.from([...Buffer.from('kpi;datum;waarde;toelichting\ngetraind;30-09-2026;52;geïmplementeerd\n', 'latin1')]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(rows('measurements', decoded.text)[0]!.note).toBe('geïmplementeerd');
    expect(decodeText(Buffer.from('\uFEFFgeïmplementeerd', 'utf8'))).toEqual({ text: '\uFEFFgeïmplementeerd', encoding: 'utf-8' });
  });
});

describe('reading the other record kinds from CSV', () => {
  it('reads decisions in every spelling of the outcome', () => {
    const outcomes = ['GO', 'go', 'Go met voorwaarden', 'GO  MET VOORWAARDEN', 'go with conditions', 'NO-GO', 'no go', 'nogo', 'Aangehouden', 'on hold'];
    const text = `mijlpaal;datum;besluit;voorwaarden;besloten door\n${outcomes.map((o, i) => `M6;${i + 1}-07-2026;${o};CRM eerst;Stuurgroep`).join('\n')}\n`;
    expect(rows('decisions', text).map((r) => r.outcome)).toEqual(['go', 'go', 'go-met-voorwaarden', 'go-met-voorwaarden', 'go-met-voorwaarden', 'no-go', 'no-go', 'no-go', 'aangehouden', 'aangehouden']);
  });

  it('finds a milestone by name and needs conditions with GO met voorwaarden', () => {
    const text = 'mijlpaal;datum;besluit;voorwaarden;besloten door\nMid-term review;29-06-2026;GO met voorwaarden;;Stuurgroep\nM7;29-06-2026;GO;;Stuurgroep\nM9;29-09-2026;misschien;;Stuurgroep\nM9;30-09-2026;GO;;\n';
    expect(errors('decisions', text).map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'voorwaarden', 'a GO met voorwaarden needs its conditions'],
      [3, 'mijlpaal', '"M7" is not a go/no-go moment of Klant in Beeld; did you mean "M1"?'],
      [4, 'besluit', '"misschien" is not one of the choices'],
      [5, 'besloten door', 'no value'],
    ]);
    expect(errors('decisions', text)[2]!.expected).toBe('GO, GO met voorwaarden, NO-GO or aangehouden (English: GO, GO with conditions, NO-GO or on hold)');
  });

  it('reads checks of manual criteria only', () => {
    expect(rows('checks', 'criterium;datum;voldaan;bewijs\nm6.4;26-06-2026;Nee;Risicolog\nM12.4;16-11-2026;yes;Aanvraag\n')).toEqual([
      { criterion: 'M6.4', date: '2026-06-26', met: false, evidence: 'Risicolog', recordedBy: undefined },
      { criterion: 'M12.4', date: '2026-11-16', met: true, evidence: 'Aanvraag', recordedBy: undefined },
    ]);
    const found = errors('checks', 'criterium;datum;voldaan;bewijs\nM6.3;26-06-2026;ja;LMS\nM6.9;26-06-2026;ja;x\n');
    expect(found.map((e) => [e.row, e.message])).toEqual([
      [2, '"M6.3" is checked by Koers itself (from efforts or KPIs); only criteria without efforts or KPI are checked by hand'],
      [3, '"M6.9" is not a gate criterion of Klant in Beeld; did you mean "M6.4"?'],
    ]);
  });

  it('reads progress and checks actual dates against the report', () => {
    expect(rows('progress', 'inspanning;datum;% gereed;werkelijke start;werkelijk einde\nCRM herinrichting;30-10-2026;100%;2-3-2026;30-10-2026\nPRC-03;20-11-2026;55;15-06-2026;\n')).toEqual([
      { effort: 'SYS-02', date: '2026-10-30', percentComplete: 100, actualStart: '2026-03-02', actualEnd: '2026-10-30', note: undefined, recordedBy: undefined },
      { effort: 'PRC-03', date: '2026-11-20', percentComplete: 55, actualStart: '2026-06-15', actualEnd: undefined, note: undefined, recordedBy: undefined },
    ]);
    const found = errors('progress', 'Effort;Date;Percent complete;Actual start;Actual end\nSYS-02;30-09-2026;90;02-03-2026;30-09-2026\nSYS-02;31-10-2026;100;02-03-2026;30-11-2026\nSYS-03;31-10-2026;100;02-03-2026;01-03-2026\nSYS-04;31-10-2026;101;;\n');
    expect(found.map((e) => [e.row, e.column])).toEqual([[2, 'Percent complete'], [3, 'Actual end'], [4, 'Actual end'], [5, 'Percent complete']]);
    expect(found[0]!.expected).toBe('100 when werkelijk einde is filled in');
  });

  it('reads risks with defaults for status and mitigation', () => {
    expect(rows('risks', 'id;onderwerp;omschrijving;kans;impact;datum\nR-09;Betere klantinzichten;Koppeling vertraagd;hoog;Midden;01-11-2026\n')).toEqual([
      { id: 'R-09', subject: 'B4', description: 'Koppeling vertraagd', likelihood: 'H', impact: 'M', mitigation: '', status: 'open', date: '2026-11-01', recordedBy: undefined },
    ]);
    expect(errors('risks', 'id;onderwerp;omschrijving;kans;impact;datum\nR-09;B9;x;H;H;01-11-2026\n')[0]!.message).toBe('"B9" is not a benefit, effort or the programme of Klant in Beeld; did you mean "B1"?');
  });

  it('needs an onderbouwing for an override', () => {
    // Files from before KPI overrides head the column "parameter"; they read as they did.
    expect(rows('overrides', 'parameter;datum;rag;onderbouwing;door\nTempo;20-11-2026;Amber;CRM live, inhaalslag loopt;Programma-eigenaar\nefficiency;20-11-2026;groen;binnen marge;Programma-eigenaar\n').map((r) => [r.subject, r.rag])).toEqual([
      [{ kind: 'parameter', parameter: 'tempo' }, 'geel'], [{ kind: 'parameter', parameter: 'efficientie' }, 'groen'],
    ]);
    expect(errors('overrides', 'parameter;datum;rag;onderbouwing;door\ntempo;20-11-2026;geel;;Programma-eigenaar\n').map((e) => [e.column, e.message])).toEqual([['onderbouwing', 'no value']]);
    expect(errors('overrides', 'parameter;datum;rag;door\n')[0]!.message).toBe('the column "onderbouwing" (or "rationale") is missing');
  });

  it('reads an override of a KPI by id, name or kpi: prefix, and refuses what names nothing', () => {
    const header = 'onderwerp;datum;rag;onderbouwing;door\n';
    const subjects = rows('overrides', `${header}vo-relatieduur;16-11-2026;geel;Verlengingen na de meting;Sectormanager VO\nKlanttevredenheid;16-11-2026;rood;Klachten stijgen;Manager Klantcontact\nKPI: getraind;17-11-2026;groen;x;y\nstuurparameter:tempo;17-11-2026;geel;x;y\n`).map((r) => r.subject);
    expect(subjects).toEqual([{ kind: 'kpi', kpi: 'vo-relatieduur' }, { kind: 'kpi', kpi: 'klanttevredenheid' }, { kind: 'kpi', kpi: 'getraind' }, { kind: 'parameter', parameter: 'tempo' }]);
    const [unknown] = errors('overrides', `${header}getrained;16-11-2026;geel;x;y\n`);
    expect([unknown!.column, unknown!.message]).toEqual(['onderwerp', '"getrained" is neither a stuurparameter nor a KPI of Klant in Beeld; did you mean "getraind"?']);
    expect(unknown!.expected).toContain('kpi:<id>');
    expect(errors('overrides', `${header}kpi:tempo;16-11-2026;geel;x;y\n`)[0]!.message).toMatch(/^"tempo" is not a KPI of Klant in Beeld/);
    expect(errors('overrides', `${header}getraind;16-11-2026;geel;x;y\ngetraind;16-11-2026;rood;x;y\n`)[0]!.message).toBe('repeats row 2: the same onderwerp and datum');
  });

  it('takes signals only for rules people report', () => {
    expect(rows('signals', 'regel;onderwerp;datum;toelichting\ncommitment;B5;20-11-2026;Sectormanager VO kan verlengingsdoel niet waarmaken\n')).toMatchObject([{ rule: 'commitment', subject: 'B5' }]);
    expect(errors('signals', 'regel;onderwerp;datum;toelichting\nbaat-achter;B1;20-11-2026;x\n')[0]!.message).toBe('"baat-achter" is detected by Koers from the records; it is not reported by hand');
  });

  it('reads acknowledgements of derived escalations, also about a milestone', () => {
    expect(rows('acknowledgements', 'regel;onderwerp;datum;door\nbaat-achter;B1;24-11-2026;Sponsorgroep\ngate-risico;M12;24-11-2026;Sponsorgroep\n').map((r) => r.subject)).toEqual(['B1', 'M12']);
  });

  it('reads budget amounts with currency and thousands separators', () => {
    expect(rows('budget', 'datum;gepland;besteed\n31-10-2026;€ 865.000;"€ 915.000,50"\n30-11-2026;970000;1.020.000\n')).toEqual([
      { date: '2026-10-31', planned: 865000, spent: 915000.5 },
      { date: '2026-11-30', planned: 970000, spent: 1020000 },
    ]);
    expect(errors('budget', 'datum;gepland;besteed\n31-10-2026;-5;0\n')[0]!.message).toBe('"-5" is less than 0');
  });
});

describe('record specs', () => {
  it('map every header and alias of a kind to exactly one column', () => {
    for (const spec of Object.values(RECORD_SPECS)) {
      const owners = new Map<string, string[]>();
      for (const [field, column] of Object.entries(spec.columns) as [string, { nl: string; en: string; aliases: readonly string[] }][]) {
        for (const h of new Set([column.nl, column.en, ...column.aliases].map((x) => x.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, ' ').trim()))) {
          owners.set(h, [...(owners.get(h) ?? []), field]);
        }
      }
      expect([...owners].filter(([, fields]) => fields.length > 1), spec.kind).toEqual([]);
    }
  });
});
