import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { ServerDeps } from '../server-deps.js';

/**
 * The dashboard: the files of `web/dist` when it has been built, with index.html for every
 * other page (client-side routing); until then a small page that points at the API.
 */
export function webRoute({ webDir }: ServerDeps) {
  const app = new Hono();
  if (webDir !== undefined && existsSync(join(webDir, 'index.html'))) {
    const files = serveStatic({ root: webDir });
    const page = serveStatic({ root: webDir, path: 'index.html' });
    // Unknown API paths stay 404 problems rather than becoming the dashboard's page.
    const outsideApi = (c: Context) => !c.req.path.startsWith('/api/');
    app.use('/*', (c, next) => (outsideApi(c) ? files(c, next) : next()));
    app.get('/*', (c, next) => (outsideApi(c) ? page(c, next) : next()));
  } else {
    app.get('/', (c) => c.html(API_PAGE));
    // A file of its own: the Content Security Policy allows no inline styles.
    app.get(API_PAGE_STYLESHEET, (c) => c.body(API_PAGE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  }
  return app;
}

/** The plain page's stylesheet, served from the same origin as the CSP's `style-src 'self'` asks. */
export const API_PAGE_STYLESHEET = '/koers-api-page.css';
const API_PAGE_CSS = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2rem}\n';

const API_PAGE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Koers</title>
<link rel="stylesheet" href="${API_PAGE_STYLESHEET}"></head>
<body>
<h1>Koers</h1>
<p>De server draait; het dashboard is nog niet gebouwd. The server is running; the dashboard has not been built.</p>
<ul>
<li><a href="/api/openapi.json"><code>/api/openapi.json</code></a> — OpenAPI 3.1</li>
<li><a href="/api/programmes"><code>/api/programmes</code></a> — programmes</li>
<li><code>/api/programmes/{id}/status?asOf=YYYY-MM-DD</code> — status</li>
<li><a href="/api/audit"><code>/api/audit</code></a> — audit log</li>
<li><a href="/healthz"><code>/healthz</code></a>, <a href="/readyz"><code>/readyz</code></a></li>
</ul>
</body>
</html>
`;
