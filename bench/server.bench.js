// The HTTP API under load: autocannon at 50 connections against `koers serve` on SQLite and on
// PostgreSQL — GET status (cached) and POST measurement — beside a bare node:http handler that
// answers the same status JSON from memory, the ceiling for any Node server on this machine.
//
// `npm run bench -- server`, or standalone: `node bench/server.bench.js` (after `npm run build`).
// PostgreSQL runs when KOERS_BENCH_DATABASE_URL or KOERS_TEST_DATABASE_URL is set; it uses a
// throwaway schema. KOERS_BENCH_SECONDS sets the length of each run (default 10). KOERS_BENCH_CLI
// names another build of the CLI to run instead of bin/koers.js (dist/), e.g. a bundle of work in progress.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const title = 'HTTP API (`koers serve`)';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 50;
const SECONDS = Number(process.env.KOERS_BENCH_SECONDS ?? 10);
const AS_OF = '2026-07-15';
const PROGRAMME = 'klant-in-beeld';
const STATUS_PATH = `/api/programmes/${PROGRAMME}/status?asOf=${AS_OF}`;
const MEASUREMENTS_PATH = `/api/programmes/${PROGRAMME}/measurements`;
const TARGET_P99_MS = 25;
const TARGET_RATIO = 0.3;
const CLI = process.env.KOERS_BENCH_CLI ? resolve(process.env.KOERS_BENCH_CLI) : 'bin/koers.js';

/** Starts a child process and resolves with its URL once it prints one. */
function startChild(args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolvePromise({ url: match[1], stop: () => new Promise((done) => { child.once('exit', done); child.kill('SIGTERM'); }) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)));
  });
}

const startKoers = (env) => startChild([CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--example'], env);

/** The bare handler: node:http answering the status JSON from memory, with the same headers. */
function startBare(statusFile) {
  const script = `
    const body = require('node:fs').readFileSync(${JSON.stringify(statusFile)});
    const server = require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));
    process.on('SIGTERM', () => server.close(() => process.exit(0)));`;
  return startChild(['-e', script]);
}

async function load(url, options = {}) {
  const { default: autocannon } = await import('autocannon');
  const run = (duration) => autocannon({ url, connections: CONNECTIONS, duration, ...options });
  await run(Math.min(2, SECONDS)); // warm-up: JIT, caches, connections
  const result = await run(SECONDS);
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

/** A beheerder `bench` with a personal API token, made with the CLI in the database `env` names. */
function benchToken(env) {
  const cli = (args) => execFileSync(process.execPath, [CLI, 'users', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  cli(['add', 'bench', '--admin', '--sso-only']);
  return cli(['token', 'bench', '--name', 'bench']).trim();
}

/** Status and measurement load against one `koers serve`, signed in with an API token. */
async function measureKoers(env) {
  const authorization = `Bearer ${benchToken(env)}`;
  const server = await startKoers(env);
  try {
    const status = await load(server.url + STATUS_PATH, { headers: { authorization } });
    const post = await load(server.url + MEASUREMENTS_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ kpi: 'initiatieven', date: '2026-03-31', value: 12 }),
    });
    const statusJson = await (await fetch(server.url + STATUS_PATH, { headers: { authorization } })).text();
    return { status, post, statusJson };
  } finally {
    await server.stop();
  }
}

async function withPostgres(url, work) {
  const { default: pg } = await import('pg');
  const schema = `koers_bench_${process.pid}_${Date.now().toString(36)}`;
  try {
    return await work({ DATABASE_URL: url, KOERS_DB_SCHEMA: schema });
  } finally {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
}

const fmt = (n, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits });

/** Runs the benchmark and returns its Markdown section. */
export async function run() {
  if (!existsSync(CLI === 'bin/koers.js' ? join(ROOT, 'dist', 'koers.js') : CLI)) throw new Error(`${CLI === 'bin/koers.js' ? 'dist/' : CLI} is missing; run \`npm run build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-server-'));
  const load1 = loadavg()[0];
  try {
    const sqlite = await measureKoers({ KOERS_DB_PATH: join(dir, 'koers.db') });
    const statusFile = join(dir, 'status.json');
    writeFileSync(statusFile, sqlite.statusJson);
    const bare = await startBare(statusFile);
    let bareStatus;
    try {
      bareStatus = await load(bare.url);
    } finally {
      await bare.stop();
    }
    const pgUrl = process.env.KOERS_BENCH_DATABASE_URL ?? process.env.KOERS_TEST_DATABASE_URL;
    const postgres = pgUrl ? await withPostgres(pgUrl, measureKoers) : undefined;

    const rows = [['bare node:http, status JSON from memory', bareStatus, 'GET']];
    rows.push(['koers serve, SQLite', sqlite.status, 'GET status'], ['koers serve, SQLite', sqlite.post, 'POST measurement']);
    if (postgres) rows.push(['koers serve, PostgreSQL', postgres.status, 'GET status'], ['koers serve, PostgreSQL', postgres.post, 'POST measurement']);
    const table = [
      '| Server | Request | Requests/s | p50 (ms) | p99 (ms) | Throughput vs bare |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...rows.map(([server, r, request]) => `| ${server} | ${request} | ${fmt(r.rps, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt((r.rps / bareStatus.rps) * 100, 0)}% |`),
    ].join('\n');
    const verdict = (label, ok) => `- ${ok ? '✅' : '❌'} ${label}`;
    const checks = rows.slice(1).map(([server, r, request]) => verdict(`${server}, ${request}: p99 ${fmt(r.p99)} ms (target under ${TARGET_P99_MS} ms)`, r.p99 < TARGET_P99_MS));
    for (const [name, r] of [['SQLite', sqlite.status], ...(postgres ? [['PostgreSQL', postgres.status]] : [])]) {
      checks.push(verdict(`${name} status throughput ${fmt((r.rps / bareStatus.rps) * 100, 0)}% of the bare handler's (target at least ${TARGET_RATIO * 100}%)`, r.rps / bareStatus.rps >= TARGET_RATIO));
    }
    return [
      `autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run after a warm-up; every server in its own process on the same machine as autocannon (load average ${load1.toFixed(2)} at start). ` +
        `The status (${fmt(sqlite.statusJson.length / 1024, 0)} KiB of JSON for Klant in Beeld on ${AS_OF}) comes from the cache keyed by plan version and records revision, as bytes encoded once; ` +
        'every request reads that key from the database, in a query sent after it arrived, which requests arriving together share (one query per round trip per programme). ' +
        'Each POST checks the measurement against the plan (read the same way) and stores it with its audit entry and the revision bump atomically, answering only after the commit; ' +
        'POSTs that arrive while one is being stored are stored together next (each still all or nothing): one statement on PostgreSQL (synchronous_commit on), one savepoint in a shared commit on SQLite (WAL, synchronous=NORMAL). ' +
        `With ${CONNECTIONS} requests always in flight, mean latency is ${CONNECTIONS} ÷ throughput.` +
        (postgres ? '' : ' PostgreSQL was skipped: set KOERS_BENCH_DATABASE_URL or KOERS_TEST_DATABASE_URL.') +
        (CLI === 'bin/koers.js' ? '' : ' Measured with a separate build of the CLI (KOERS_BENCH_CLI), not dist/.'),
      table,
      checks.join('\n'),
    ].join('\n\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`## ${title}\n\n${await run()}\n`);
}
