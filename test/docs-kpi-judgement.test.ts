// A KPI judgement in the documents: the stuurgroep report's KPI table and the batenrealisatieplan show
// the judged RAG first, then who judged it, when, why, and the derived RAG it overrules.
import { describe, expect, it } from 'vitest';
import { composeBenefitsPlan, composeSteeringReport } from '../src/formats/document/index.js';
import { writeMarkdown } from '../src/formats/markdown/index.js';
import { benefitsPlanReport, reportOptions, steeringReport } from '../src/reports/index.js';
import { exampleProgramme } from './support/programme-fixture.js';
import { kpiOverride, measurement, records } from './support/status-records.js';

const programme = exampleProgramme();
const judged = records({
  measurements: [measurement('getraind', '2026-06-30', 31)],
  overrides: [kpiOverride('getraind', '2026-07-10', 'geel', 'Nieuwe medewerkers nog niet getraind.', 'Manager HR')],
});

describe('a KPI judgement in the documents', () => {
  it('shows in the stuurgroep report beside the derived RAG, in Dutch and English', () => {
    const report = steeringReport(programme, judged, { asOf: '2026-07-15' });
    const nl = writeMarkdown(composeSteeringReport(report, 'nl')).split('\n').find((l) => l.startsWith('| % Getraind'))!;
    expect(nl).toContain('Geel (oordeel, Manager HR, 10 jul 2026: Nieuwe medewerkers nog niet getraind; afgeleid: groen)');
    const en = writeMarkdown(composeSteeringReport(report, 'en')).split('\n').find((l) => l.startsWith('| % Getraind'))!;
    expect(en).toContain('Amber (judgement, Manager HR, 10 Jul 2026: Nieuwe medewerkers nog niet getraind; derived: green)');
    const plain = writeMarkdown(composeSteeringReport(steeringReport(programme, judged, { asOf: '2026-07-09' }), 'nl'));
    expect(plain).not.toContain('oordeel, Manager HR');
  });

  it('shows in the benefit\'s standing in the batenrealisatieplan', () => {
    const report = benefitsPlanReport(programme, judged, reportOptions(programme, judged, { generated: '2026-07-15', asOf: '2026-07-15' }));
    expect(writeMarkdown(composeBenefitsPlan(report, 'nl'))).toContain('- Oordeel over % Getraind outside-in: 🟡 Geel (Manager HR, 10 jul 2026: Nieuwe medewerkers nog niet getraind; afgeleid: groen)');
  });
});
