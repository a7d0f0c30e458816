import type { IsoDate } from '../calendar/index.js';
import { composeBenefitsPlan, composeDin, composeRoadmapFramework, composeSteeringReport, writeDinSvg } from '../formats/document/index.js';
import type { DocumentModel, Lang } from '../formats/document/index.js';
import { writeHtml } from '../formats/html/index.js';
import { writeIcs } from '../formats/ics/index.js';
import { writeMarkdown } from '../formats/markdown/index.js';
import { findChromium, openPdfPrinter } from '../formats/pdf/index.js';
import type { PdfPrinter } from '../formats/pdf/index.js';
import type { Programme, Records } from '../model/index.js';
import { diffPlans } from '../plan/index.js';
import { agendaReport, benefitsPlanReport, dinReport, reportOptions, roadmapFrameworkReport, steeringReport } from '../reports/index.js';
import { stageDirectory } from './write-directory.js';

export type DocumentFormat = 'md' | 'html' | 'pdf' | 'ics';
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['md', 'html', 'pdf', 'ics'];

export interface WriteDocumentsInput {
  readonly programme: Programme;
  readonly records: Records;
  /** The previous version of the programme, for the plan changes in the stuurgroep report. */
  readonly previousPlan?: Programme | undefined;
  /** Today, the generation date when there is no as-of date. */
  readonly today: IsoDate;
  readonly asOf?: IsoDate | undefined;
  /** The previous stuurgroep report's date; default one month before the report date. */
  readonly since?: IsoDate | undefined;
  readonly lang: Lang;
  readonly formats: readonly DocumentFormat[];
  readonly out: string;
  /** Role id of the batenrealisatieplan's author. */
  readonly author?: string | undefined;
  /** KOERS_CHROMIUM_PATH, for PDF. */
  readonly chromiumPath?: string | undefined;
  /** Called after each document is rendered, with the files it became. */
  readonly onProgress?: ((done: { readonly title: string; readonly files: readonly string[] }) => void) | undefined;
}

const FILE_NAMES: Readonly<Record<Lang, Readonly<Record<'roadmap' | 'benefits' | 'steering' | 'din', string>>>> = {
  nl: { roadmap: 'roadmap', benefits: 'batenrealisatieplan', steering: 'stuurgroeprapportage', din: 'doelen-inspanningennetwerk' },
  en: { roadmap: 'roadmap', benefits: 'benefits-realisation-plan', steering: 'steering-committee-report', din: 'goals-efforts-network' },
};

/**
 * Writes the programme's documents (roadmap framework, batenrealisatieplan, stuurgroep report, DIN) in
 * the chosen formats, plus the calendar, into `out`. All files appear together or not at all.
 *
 * @example await writeDocuments({ programme, records, today: '2026-01-10', lang: 'nl', formats: ['md'], out: 'docs' })
 */
export async function writeDocuments(input: WriteDocumentsInput): Promise<string[]> {
  const { programme, records, lang, formats } = input;
  const chromium = formats.includes('pdf') ? await findChromium({ configured: input.chromiumPath }) : undefined;
  const options = reportOptions(programme, records, { generated: input.today, asOf: input.asOf });
  const reportDate = input.asOf ?? input.today;
  const names = FILE_NAMES[lang];
  const documents: { readonly name: string; readonly model: () => DocumentModel; readonly extra?: readonly [string, () => string][] }[] = [
    { name: names.roadmap, model: () => composeRoadmapFramework(roadmapFrameworkReport(programme, records, options), lang) },
    { name: names.benefits, model: () => composeBenefitsPlan(benefitsPlanReport(programme, records, options, input.author), lang) },
    {
      name: `${names.steering}-${reportDate}`,
      model: () =>
        composeSteeringReport(
          steeringReport(programme, records, {
            asOf: reportDate,
            since: input.since,
            generated: options.generated,
            status: options.status,
            planChanges: input.previousPlan && diffPlans(input.previousPlan, programme),
          }),
          lang,
        ),
    },
    {
      name: names.din,
      model: () => composeDin(dinReport(programme, options.generated), lang),
      extra: [[`${names.din}.svg`, () => writeDinSvg(dinReport(programme, options.generated), lang)]],
    },
  ];

  const staged = await stageDirectory(input.out);
  let printer: PdfPrinter | undefined;
  try {
    if (chromium) printer = await openPdfPrinter(chromium);
    for (const doc of documents) {
      const model = doc.model();
      const files: string[] = [];
      const put = async (file: string, content: string | Uint8Array) => {
        await staged.write(file, content);
        files.push(file);
      };
      if (formats.includes('md')) await put(`${doc.name}.md`, writeMarkdown(model));
      if (formats.includes('html') || printer) {
        const html = writeHtml(model);
        if (formats.includes('html')) await put(`${doc.name}.html`, html);
        if (printer) await put(`${doc.name}.pdf`, await printer.print(html, `${model.title} · ${programme.organisation}`));
      }
      if (formats.includes('html')) for (const [file, content] of doc.extra ?? []) await put(file, content());
      input.onProgress?.({ title: model.title, files });
    }
    if (formats.includes('ics')) {
      const file = `${programme.id}.ics`;
      await staged.write(file, writeIcs(agendaReport(programme, options.generated), { lang }));
      input.onProgress?.({ title: lang === 'nl' ? 'Agenda' : 'Calendar', files: [file] });
    }
    await printer?.close();
    printer = undefined;
    return await staged.commit();
  } catch (error) {
    await printer?.close().catch(() => undefined);
    await staged.discard();
    throw error;
  }
}
