import { authRouteDocs } from './auth/index.js';
import type { RouteDoc } from './openapi/route-doc.js';
import { auditDocs } from './routes/audit.route.js';
import { bundleDocs } from './routes/bundles.route.js';
import { healthDocs } from './routes/health.route.js';
import { planVersionDocs } from './routes/plan-versions.route.js';
import { programmeDocs } from './routes/programmes.route.js';
import { recordDocsAll } from './routes/records.route.js';
import { statusDocs } from './routes/status.route.js';
import { documentDocs } from './routes/documents.route.js';

/** Every documented route; a test checks that it matches the routes the app serves. */
export const ROUTE_DOCS: readonly RouteDoc[] = [
  ...healthDocs,
  ...programmeDocs,
  ...planVersionDocs,
  ...statusDocs,
  ...documentDocs,
  ...recordDocsAll,
  ...auditDocs,
  ...bundleDocs,
  ...authRouteDocs,
  { method: 'get', path: '/api/openapi.json', tag: 'operations', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } },
];
