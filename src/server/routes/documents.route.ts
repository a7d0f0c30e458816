import { Hono } from 'hono';
import { z } from 'zod';
import { requireProgramme } from '../../app/load-plan.js';
import { DOCUMENT_FORMATS_OF, renderDocument, SERVED_DOCUMENTS } from '../../app/render-document.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import type { ServerDeps } from '../server-deps.js';
import { isoDateParam, queryOf } from '../validate.js';

const TITLES = {
  nl: { roadmap: 'Roadmap', batenrealisatieplan: 'Batenrealisatieplan', stuurgroeprapportage: 'Stuurgroeprapportage', din: 'Doelen-inspanningennetwerk', agenda: 'Agenda (go/no-go-momenten, meetmomenten en overleggen)' },
  en: { roadmap: 'Roadmap', batenrealisatieplan: 'Benefits realisation plan', stuurgroeprapportage: 'Steering committee report', din: 'Goals–efforts network', agenda: 'Calendar (gates, measurement moments and meetings)' },
} as const;

const documentQuerySchema = z.strictObject({
  asOf: isoDateParam().optional().meta({ description: 'The date the documents are computed on; default today.' }),
  lang: z.enum(['nl', 'en']).default('nl').meta({ description: 'Language of the fixed texts.' }),
});
const documentParamsSchema = z.object({ document: z.enum(SERVED_DOCUMENTS), format: z.enum(['md', 'html', 'pdf', 'ics']) });
const documentListSchema = z.object({
  items: z.array(z.object({ id: z.enum(SERVED_DOCUMENTS), title: z.string(), formats: z.array(z.object({ format: z.string(), href: z.string() })) })),
});

export const documentDocs: readonly RouteDoc[] = [
  { method: 'get', path: '/api/programmes/:id/documents', tag: 'documents', summary: 'The documents offered for download, with a link per format', query: documentQuerySchema, responses: { 200: { description: 'The documents', schema: documentListSchema } } },
  {
    method: 'get', path: '/api/programmes/:id/documents/:document/:format', tag: 'documents', summary: 'One document, rendered from the current plan and records as `koers docs` writes it', query: documentQuerySchema,
    responses: { 200: { description: 'The file (Markdown, HTML, PDF or ICS), as an attachment' } },
  },
];

/** The programme's documents as downloads: the roadmap, batenrealisatieplan, stuurgroep report, DIN and calendar. */
export function documentsRoute({ store, today, chromiumPath }: ServerDeps) {
  return new Hono()
    .get('/api/programmes/:id/documents', queryOf(documentQuerySchema), async (c) => {
      const programmeId = c.req.param('id');
      await requireProgramme(store.db, programmeId);
      const { lang } = c.req.valid('query');
      const items = SERVED_DOCUMENTS.map((id) => ({
        id,
        title: TITLES[lang][id],
        formats: DOCUMENT_FORMATS_OF[id].map((format) => ({ format, href: `/api/programmes/${encodeURIComponent(programmeId)}/documents/${id}/${format}` })),
      }));
      return c.json({ items }, 200);
    })
    .get('/api/programmes/:id/documents/:document/:format', queryOf(documentQuerySchema), async (c) => {
      const params = documentParamsSchema.safeParse(c.req.param());
      if (!params.success) return c.notFound();
      const { asOf, lang } = c.req.valid('query');
      const file = await renderDocument(store, { programmeId: c.req.param('id'), ...params.data, lang, asOf, today: today(), chromiumPath });
      return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      });
    });
}
