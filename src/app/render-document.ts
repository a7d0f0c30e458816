import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IsoDate } from '../calendar/index.js';
import type { Lang } from '../formats/document/index.js';
import { allRecords } from '../store/index.js';
import type { Store } from '../store/index.js';
import { AppError } from './app-error.js';
import { loadPlan } from './load-plan.js';
import { recordsOf } from './stored-record.js';
import { writeDocuments } from './write-documents.js';
import type { DocumentFormat } from './write-documents.js';

/** The documents a server offers for download, in the order `writeDocuments` renders them. */
export const SERVED_DOCUMENTS = ['roadmap', 'batenrealisatieplan', 'stuurgroeprapportage', 'din', 'agenda'] as const;
export type ServedDocument = (typeof SERVED_DOCUMENTS)[number];

/** The formats each document comes in: the calendar only as ICS, the others as Markdown, HTML and PDF. */
export const DOCUMENT_FORMATS_OF: Readonly<Record<ServedDocument, readonly DocumentFormat[]>> = {
  roadmap: ['md', 'html', 'pdf'],
  batenrealisatieplan: ['md', 'html', 'pdf'],
  stuurgroeprapportage: ['md', 'html', 'pdf'],
  din: ['md', 'html', 'pdf'],
  agenda: ['ics'],
};

const CONTENT_TYPES: Readonly<Record<DocumentFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
};

export interface RenderedDocument {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * One of a stored programme's documents, from its current plan and records, as `koers docs` writes it.
 *
 * @example await renderDocument(store, { programmeId: 'klant-in-beeld', document: 'roadmap', format: 'md', lang: 'nl', today: '2026-11-23' })
 */
export async function renderDocument(
  store: Store,
  input: { readonly programmeId: string; readonly document: ServedDocument; readonly format: DocumentFormat; readonly lang: Lang; readonly today: IsoDate; readonly asOf?: IsoDate | undefined; readonly chromiumPath?: string | undefined },
): Promise<RenderedDocument> {
  if (!DOCUMENT_FORMATS_OF[input.document].includes(input.format)) {
    throw new AppError('invalid-input', `the ${input.document} comes as ${DOCUMENT_FORMATS_OF[input.document].join(', ')}, not ${input.format}`, [{ path: 'format', message: `not offered for ${input.document}`, expected: DOCUMENT_FORMATS_OF[input.document].join(', ') }]);
  }
  const [{ programme }, rows] = await Promise.all([loadPlan(store.db, input.programmeId), allRecords(store.db, input.programmeId)]);
  const work = await mkdtemp(join(tmpdir(), 'koers-document-'));
  try {
    const written: (readonly string[])[] = [];
    const out = join(work, 'out');
    await writeDocuments({
      programme,
      records: recordsOf(rows),
      today: input.today,
      asOf: input.asOf,
      lang: input.lang,
      formats: input.document === 'agenda' ? ['ics'] : [input.format],
      out,
      chromiumPath: input.chromiumPath,
      onProgress: ({ files }) => written.push(files),
    });
    // writeDocuments reports each document in SERVED_DOCUMENTS order; the calendar comes last.
    const files = input.document === 'agenda' ? written.at(-1) : written[SERVED_DOCUMENTS.indexOf(input.document)];
    const fileName = files?.find((f) => f.endsWith(`.${input.format}`));
    if (!fileName) throw new Error(`writeDocuments wrote no ${input.format} for ${input.document}`);
    return { fileName, contentType: CONTENT_TYPES[input.format], bytes: await readFile(join(out, fileName)) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
