import { z } from 'zod';
import type { RouteDoc } from './route-doc.js';
import { HEADER_DOCS } from './route-doc.js';

type Json = Record<string, unknown>;

const problemSchema = z.object({
  type: z.string().meta({ description: 'urn:koers:problem:<code>' }),
  title: z.string().meta({ description: 'In the language Accept-Language asks for: Dutch (nl) or English (en, also the default).' }),
  status: z.number().int(),
  detail: z.string().meta({ description: 'In the language Accept-Language asks for, as title.' }),
  instance: z.string(),
  code: z.string().meta({ description: 'Stable: bad-request, not-found, conflict, precondition-failed, too-large, unsupported-media-type, invalid-input, invalid-programme …' }),
  errors: z.array(z.object({
    path: z.string().meta({ description: 'Field path such as `value` or `[3].kpi`; for files `rows[7].waarde`.' }),
    code: z.string().meta({ description: 'Stable and the same in every language, such as `cell.more-than`, `input.required`, `header.missing`; `invalid` when the problem has no code of its own.' }),
    params: z.record(z.string(), z.unknown()).optional().meta({ description: "The message's parameters, for clients that word it themselves." }),
    message: z.string().meta({ description: 'In the language Accept-Language asks for.' }),
    expected: z.string().optional().meta({ description: 'What would be valid, in the same language.' }),
    row: z.number().int().optional().meta({ description: 'Spreadsheet row of an uploaded file (the header is row 1).' }),
    column: z.union([z.string(), z.number()]).optional().meta({ description: 'Column header of an uploaded file.' }),
    line: z.number().int().optional(),
  })).optional(),
});

const jsonSchema = (schema: z.ZodType): Json => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
};

/** `/api/programmes/:id` → `/api/programmes/{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of every documented route; JSON Schemas come from the routes' zod schemas.
 *
 * @example c.json(openApiDocument(ROUTE_DOCS, '0.1.0'))
 */
export function openApiDocument(docs: readonly RouteDoc[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const doc of docs) {
    const path = openApiPath(doc.path);
    const parameters: Json[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    for (const [name, schema] of Object.entries(doc.query?.shape ?? {})) {
      const s = jsonSchema(schema as z.ZodType);
      parameters.push({ name, in: 'query', required: !(schema as z.ZodType).safeParse(undefined).success, schema: s, ...(typeof s.description === 'string' ? { description: s.description } : {}) });
    }
    for (const name of doc.headers ?? []) parameters.push({ name, in: 'header', required: false, description: HEADER_DOCS[name], schema: { type: 'string' } });
    const responses: Json = {};
    for (const [status, r] of Object.entries(doc.responses)) {
      const mediaType = r.mediaType ?? 'application/json';
      responses[status] = {
        description: r.description,
        ...(r.schema || r.mediaType ? { content: { [mediaType]: r.schema ? { schema: jsonSchema(r.schema) } : {} } } : {}),
        ...(r.headers ? { headers: Object.fromEntries(r.headers.map((h) => [h, { schema: { type: 'string' } }])) } : {}),
      };
    }
    responses['4XX'] = { $ref: '#/components/responses/Problem' };
    const operation: Json = {
      operationId: `${doc.method}${path.replace(/[{}]/g, '').split(/[/-]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('')}`,
      summary: doc.summary,
      tags: [doc.tag],
      ...(doc.description ? { description: doc.description } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(doc.body ? {
        requestBody: {
          required: true,
          ...(doc.body.description ? { description: doc.body.description } : {}),
          content: Object.fromEntries((doc.body.mediaTypes ?? ['application/json']).map((t) => [t, doc.body?.schema && t === 'application/json' ? { schema: jsonSchema(doc.body.schema) } : {}])),
        },
      } : {}),
      responses,
    };
    paths[path] = { ...paths[path], [doc.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Koers API',
      version,
      description: 'Programmes, plan versions, records and status of benefits-driven programmes. Errors are RFC 9457 problem+json, worded in the language Accept-Language asks for (nl or en; en by default), with stable codes.',
    },
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema) },
      responses: { Problem: { description: 'An error, as RFC 9457 problem+json', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
    },
  };
}
