#!/usr/bin/env node
// `npm run bench [-- name …]`: runs every bench/<name>.bench.js (or the named ones) and writes
// bench/RESULTS.md with the machine, the date and each bench's Markdown sections.
//
// A bench module exports `run(context)`, which returns Markdown: a string or an array of strings
// (its sections). It may export `title`. The context (see `createContext`) gives it the repository
// root, TypeScript sources bundled on demand, timers that report medians, and a Markdown table
// helper. Sections of benches that did not run this time are kept from the previous RESULTS.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, arch, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const RESULTS = join(BENCH, 'RESULTS.md');
const CACHE = join(ROOT, 'node_modules', '.cache', 'koers-bench');

/** What the machine is; benchmark numbers mean little without it. */
export function machine() {
  const cpu = cpus()[0];
  return {
    cpu: cpu ? cpu.model.trim() : 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${arch()}`,
    load: loadavg()[0].toFixed(2),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (samples) => ({ median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length, samples });

/**
 * Bundles TypeScript sources (a path, or names → paths from the repository root) with esbuild into
 * node_modules/.cache/koers-bench and returns the bundle's path. npm packages stay external unless
 * `bundlePackages`, so they load from node_modules as in the real CLI. With `splitting`, modules a
 * script imports dynamically land in chunks of their own, loaded only when imported (as in dist/).
 */
async function bundleSource(modules, { bundlePackages = false, splitting = false } = {}) {
  const { build } = await import('esbuild');
  const single = typeof modules === 'string';
  const entry = single ? resolve(ROOT, modules) : Object.entries(modules).map(([name, path]) => `export * as ${name} from ${JSON.stringify(resolve(ROOT, path))};\n`).join('');
  const key = createHash('sha256').update(`${entry}${bundlePackages}${splitting}`).digest('hex').slice(0, 16);
  mkdirSync(CACHE, { recursive: true });
  const outdir = join(CACHE, key);
  await build({
    ...(single ? { entryPoints: { main: entry } } : { stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'main.ts' } }),
    ...(single ? {} : { outfile: join(outdir, 'main.mjs') }),
    ...(single ? { outdir, splitting } : {}),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: bundlePackages ? undefined : 'external',
    banner: bundlePackages ? { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } : undefined,
    logLevel: 'warning',
  });
  return join(outdir, 'main.mjs');
}

/** The helpers a bench's `run` receives. */
export function createContext() {
  return {
    root: ROOT,
    cache: CACHE,
    log: (message) => process.stderr.write(`  ${message}\n`),

    /** Bundles TypeScript sources (see `bundleSource`) and imports them: `{ plan: 'src/plan/index.ts' }`. */
    async importSource(modules) {
      return import(pathToFileURL(await bundleSource(modules)).href);
    },

    /** Like `importSource`, but returns the bundle's path (to run it in a child process). */
    bundleSource,

    /** Times `fn` (sync or async): `warmup` untimed calls, then `runs` timed ones; milliseconds. */
    async time(fn, { runs = 10, warmup = 2 } = {}) {
      for (let i = 0; i < warmup; i++) await fn();
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fn();
        samples.push(performance.now() - start);
      }
      return summary(samples);
    },

    /**
     * Wall time of whole processes, interleaved round by round so that a busy machine slows every
     * command alike; `commands` maps a name to `[executable, ...args]`. Milliseconds per command.
     */
    timeProcesses(commands, { runs = 20, warmup = 2, cwd = ROOT, env } = {}) {
      const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
      for (let round = 0; round < warmup + runs; round++) {
        for (const [name, [command, ...args]] of Object.entries(commands)) {
          // A failed run is retried (once): someone may be rebuilding dist/ at that moment.
          for (let attempt = 1; ; attempt++) {
            const start = performance.now();
            const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 2 ** 20 });
            const elapsed = performance.now() - start;
            if (result.status === 0) {
              if (round >= warmup) samples[name].push(elapsed);
              break;
            }
            if (attempt === 2) throw new Error(`${name} failed (${result.status}): ${String(result.stderr).slice(0, 500)}`);
            spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 2000)']);
          }
        }
      }
      return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, summary(s)]));
    },

    /** A Markdown table; cells are strings or numbers. */
    table(headers, rows, align = []) {
      const line = (cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
      const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
      return [line(headers), line(rule), ...rows.map(line)].join('\n');
    },

    /** `1234.5` → `1,234.5 ms`-style numbers with sensible precision. */
    ms(value) {
      return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
    },
  };
}

function header(info, date) {
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.js). Each section says when it was measured; run \`npm run build\` first.`,
    '',
    '| Machine | |',
    '| --- | --- |',
    `| CPU | ${info.cpu} |`,
    `| Cores | ${info.cores} |`,
    `| Memory | ${info.memoryGiB} GiB |`,
    `| Node | ${info.node} |`,
    `| OS | ${info.os} |`,
    `| Date | ${date} |`,
    `| Load average (1 min) at start | ${info.load} |`,
    '',
  ].join('\n');
}

/** The sections of an existing RESULTS.md, by bench name. */
function previousSections() {
  if (!existsSync(RESULTS)) return new Map();
  const text = readFileSync(RESULTS, 'utf8');
  return new Map([...text.matchAll(/<!-- bench:([\w-]+) -->\n([\s\S]*?)<!-- \/bench:\1 -->/g)].map((m) => [m[1], m[2]]));
}

async function main() {
  const only = process.argv.slice(2);
  const files = readdirSync(BENCH).filter((f) => f.endsWith('.bench.js')).sort();
  const chosen = files.filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.js$/, '')));
  if (only.length && chosen.length !== only.length) {
    process.stderr.write(`unknown bench: ${only.filter((n) => !files.includes(`${n}.bench.js`)).join(', ')}; have ${files.join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'koers.js'))) process.stderr.write('warning: dist/ is missing; run `npm run build` first\n');
  const info = machine();
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const sections = previousSections();
  const context = createContext();
  for (const file of chosen) {
    const name = file.replace(/\.bench\.js$/, '');
    process.stderr.write(`bench ${name}\n`);
    const started = performance.now();
    let body;
    let title = name;
    try {
      const module = await import(pathToFileURL(join(BENCH, file)).href);
      if (typeof module.run !== 'function') throw new Error(`${relative(ROOT, join(BENCH, file))} exports no run(context) function`);
      title = module.title ?? name;
      const out = await module.run(context);
      body = (Array.isArray(out) ? out : [out]).join('\n\n');
    } catch (error) {
      body = `**Failed:** ${error instanceof Error ? error.message : String(error)}`;
      process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
      process.exitCode = 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    sections.set(name, `## ${title}\n\n_Measured ${date}, load average ${info.load} at start, ${seconds} s._\n\n${body.trim()}\n`);
  }
  const names = [...sections.keys()].sort();
  const text = [header(info, date), ...names.map((n) => `<!-- bench:${n} -->\n${sections.get(n)}<!-- /bench:${n} -->\n`)].join('\n');
  writeFileSync(RESULTS, text);
  process.stderr.write(`wrote ${relative(process.cwd(), RESULTS)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
