import { Hono } from 'hono';
import { authDepsOf, authMiddleware, authRoute, oidcRoute, usersRoute } from './auth/index.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { problemResponse } from './problem.js';
import { message } from '../formats/messages/index.js';
import { HttpError } from './http-error.js';
import { requestLimits } from './request-limits.js';
import { ROUTE_DOCS } from './route-docs.js';
import { auditRoute } from './routes/audit.route.js';
import { bundlesRoute } from './routes/bundles.route.js';
import { healthRoute } from './routes/health.route.js';
import { planVersionsRoute } from './routes/plan-versions.route.js';
import { programmesRoute } from './routes/programmes.route.js';
import { recordsRoute } from './routes/records.route.js';
import { statusRoute } from './routes/status.route.js';
import { documentsRoute } from './routes/documents.route.js';
import { webRoute } from './routes/web.route.js';
import type { ServerDeps } from './server-deps.js';

export const API_VERSION = '0.1.0';

/**
 * The Koers HTTP app: JSON API under /api, health probes, and the dashboard. It holds no state of
 * its own besides caches keyed by database values, so any number of instances can serve one database.
 *
 * @example
 * const app = createApp({ store, statusCache: createStatusCache(), today: () => '2026-07-15', webDir: undefined });
 * const res = await app.request('/api/programmes');
 */
export function createApp(deps: ServerDeps) {
  let openApi: string | undefined;
  const auth = authDepsOf(deps.store, deps.auth);
  // Security headers wrap every answer; body limits come before anything reads a body; then who is
  // asking, cross-site refusal and the permission table (src/server/auth/permissions.ts).
  const guard = authMiddleware(auth, () => app.routes);
  const app = new Hono()
    .use('*', guard.headers)
    .use('*', requestLimits)
    .use('*', guard.authenticate)
    .use('*', guard.csrf)
    .use('*', guard.authorize)
    .route('/', healthRoute(deps))
    .get('/api/openapi.json', (c) => c.body((openApi ??= JSON.stringify(openApiDocument(ROUTE_DOCS, API_VERSION))), 200, { 'content-type': 'application/json' }))
    .route('/', programmesRoute(deps))
    .route('/', planVersionsRoute(deps))
    .route('/', statusRoute(deps))
    .route('/', documentsRoute(deps))
    .route('/', recordsRoute(deps, 'measurements'))
    .route('/', recordsRoute(deps, 'progress'))
    .route('/', recordsRoute(deps, 'decisions'))
    .route('/', recordsRoute(deps, 'checks'))
    .route('/', recordsRoute(deps, 'risks'))
    .route('/', recordsRoute(deps, 'overrides'))
    .route('/', recordsRoute(deps, 'signals'))
    .route('/', recordsRoute(deps, 'acknowledgements'))
    .route('/', recordsRoute(deps, 'budget'))
    .route('/', auditRoute(deps))
    .route('/', bundlesRoute(deps))
    .route('/', authRoute(auth))
    .route('/', oidcRoute(auth))
    .route('/', usersRoute(auth))
    .route('/', webRoute(deps));
  app.notFound((c) => problemResponse(HttpError.notFound(message('request.route-not-found', { method: c.req.method, path: c.req.path })), c));
  app.onError(problemResponse);
  return app;
}

/** The app's type, for a typed client: `hc<AppType>('/')` from `hono/client`. */
export type AppType = ReturnType<typeof createApp>;
