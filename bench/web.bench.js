// Benchmark of the dashboard: the JavaScript a first visit downloads (gzipped, budget 300 KB) and the
// time until the Overzicht is interactive on localhost with the Klant in Beeld example (budget 1 s).
// Run standalone with `node bench/web.bench.js`, or through bench/run.js, which calls run().
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const title = 'Dashboard';

const JS_BUDGET_KB = 300;
const TTI_BUDGET_MS = 1000;
const RUNS = 10;

/** The scripts index.html loads before the first page renders: the entry and its preloads. */
export function initialScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(srcs)].map((src) => join(dist, src.replace(/^\//, '')));
}

const gzipKb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export async function run(context) {
  const root = context?.root ?? fileURLToPath(new URL('..', import.meta.url));
  const log = context?.log ?? ((m) => process.stderr.write(`  ${m}\n`));
  const dist = mkdtempSync(join(tmpdir(), 'koers-web-bench-'));
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist } });

  const initial = initialScripts(dist);
  const initialKb = initial.reduce((sum, f) => sum + gzipKb(f), 0);
  const css = readFileSync(join(dist, 'index.html'), 'utf8').match(/href="([^"]+\.css)"/)?.[1];
  const cssKb = css ? gzipKb(join(dist, css.replace(/^\//, ''))) : 0;
  log(`initial JS ${initialKb.toFixed(1)} KB gzipped`);

  const tti = await timeToInteractive(root, dist, log);
  rmSync(dist, { recursive: true, force: true });
  const table = (context?.table ?? markdownTable)(
    ['Measure', 'Result', 'Budget', ''],
    [
      ['Initial JavaScript, gzipped', `${initialKb.toFixed(1)} KB (${initial.length} file${initial.length === 1 ? '' : 's'})`, `< ${JS_BUDGET_KB} KB`, initialKb < JS_BUDGET_KB ? 'within' : '**over**'],
      ['Stylesheet, gzipped', `${cssKb.toFixed(1)} KB`, '', ''],
      ...(tti
        ? [['Overzicht time-to-interactive, median', `${tti.median.toFixed(0)} ms (min ${tti.min.toFixed(0)}, max ${tti.max.toFixed(0)}, ${tti.runs} runs)`, `< ${TTI_BUDGET_MS} ms`, tti.median < TTI_BUDGET_MS ? 'within' : '**over**']]
        : [['Overzicht time-to-interactive', 'not measured: Chromium is missing', `< ${TTI_BUDGET_MS} ms`, '']]),
    ],
    ['left', 'right', 'right'],
  );
  return [
    table,
    'Initial JavaScript is what index.html loads before the first page renders (the other pages load on demand). '
      + 'Time-to-interactive runs from navigation start to the moment the Overzicht shows its stuurparameters with data, in headless Chromium '
      + `with an empty cache each run, against koers serve --example on localhost (what npm start runs: the example with its records, on a fresh SQLite file), the status computed on the day of the run.`,
  ].join('\n\n');
}

/**
 * Median time from navigation to a loaded, usable Overzicht, against `koers serve --example` (what
 * `npm start` runs) on a fresh SQLite file; undefined without Chromium.
 */
async function timeToInteractive(root, webDir, log) {
  const chromiumPath = '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return undefined;
  if (!existsSync(join(root, 'dist', 'koers.js'))) throw new Error('dist/ is missing; run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'koers-web-bench-server-'));
  // A signed-in user, as after the sign-in page.
  const password = 'bench wachtwoord voor de meting';
  execFileSync(process.execPath, [join(root, 'bin', 'koers.js'), 'users', 'add', 'bench', '--admin', '--password-stdin', '--db', join(dir, 'koers.db')], { cwd: root, input: password, stdio: ['pipe', 'ignore', 'ignore'] });
  const child = spawn(process.execPath, [join(root, 'bin', 'koers.js'), 'serve', '--example', '--port', '0', '--db', join(dir, 'koers.db')], {
    cwd: root, env: { ...process.env, KOERS_WEB_DIR: webDir }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { chromium } = await import('playwright-core');
  let browser;
  const samples = [];
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /on (http:\/\/\S+)/.exec(out);
        if (match) resolve(`${match[1]}/`);
      });
      child.stderr.on('data', (chunk) => { out += chunk; });
      child.once('exit', (code) => reject(new Error(`koers serve exited with ${code}: ${out.slice(0, 500)}`)));
    });
    const signIn = await fetch(`${url}api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password }) });
    const cookies = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url }));
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext();
      await context.addCookies(cookies);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.querySelectorAll('.tile .rag').length === 5 && !document.querySelector('.spinner'), undefined, { polling: 'raf' });
      const ms = await page.evaluate(() => performance.now());
      // The first run warms the server's status cache and the disk; it is not counted.
      if (i > 0) samples.push(ms);
      await page.context().close();
    }
  } finally {
    await browser?.close();
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  log(`Overzicht interactive after ${median.toFixed(0)} ms (median of ${samples.length})`);
  return { median, min: sorted[0], max: sorted.at(-1), runs: samples.length };
}

/** The Chromium flags of test/support/environment.ts (no sandbox or GPU in containers and CI). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function markdownTable(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await run());
