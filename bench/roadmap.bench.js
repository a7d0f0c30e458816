// Roadmap views: how rendering scales with the number of efforts, how fast `koers roadmap` starts,
// and how it compares with Mermaid (mmdc on the example, and Mermaid's own render in Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticProgramme } from './synthetic-programme.js';

export const title = 'Roadmap views (`koers roadmap`)';

const EXAMPLE = 'examples/klant-in-beeld/programme.yaml';
const AS_OF = '2026-05-15';
const SIZES = [100, 1_000, 10_000];
const NODE = process.execPath;
const thousands = (n) => n.toLocaleString('en-GB');
const kib = (bytes) => `${thousands(Math.round(bytes / 1024))} KiB`;

export async function run(ctx) {
  const src = await ctx.importSource({
    plan: 'src/plan/index.ts',
    ascii: 'src/formats/ascii/index.ts',
    svg: 'src/formats/svg/index.ts',
    mermaid: 'src/formats/mermaid/index.ts',
    yaml: 'src/formats/yaml/index.ts',
    environment: 'test/support/environment.ts',
  });
  const read = src.yaml.readProgramme(readFileSync(join(ctx.root, EXAMPLE), 'utf8'));
  if (!read.ok) throw new Error(`${EXAMPLE} is invalid`);
  const example = read.programme;
  const scaling = await scalingSection(ctx, src, example);
  const startup = await startupSection(ctx);
  const peers = await peerSection(ctx, src, example);
  return [scaling, startup, peers];
}

/** Every format at 100, 1,000 and 10,000 efforts: median time and output size. */
async function scalingSection(ctx, src, example) {
  const formats = {
    layout: (p) => src.plan.layoutRoadmap(p, { asOf: AS_OF }),
    ascii: (p) => src.ascii.writeAsciiRoadmap(src.plan.layoutRoadmap(p, { asOf: AS_OF })),
    svg: (p) => src.svg.writeSvgRoadmap(src.plan.layoutRoadmap(p, { asOf: AS_OF })),
    mermaid: (p) => src.mermaid.writeMermaidGantt(p, { asOf: AS_OF }),
  };
  const results = {};
  for (const n of SIZES) {
    const programme = syntheticProgramme(example, { efforts: n });
    for (const [name, render] of Object.entries(formats)) {
      const runs = n >= 10_000 ? 9 : n >= 1_000 ? 15 : 30;
      const stats = await ctx.time(() => render(programme), { runs, warmup: 2 });
      const out = render(programme);
      results[name] ??= {};
      results[name][n] = { ms: stats.median, best: stats.min, bytes: typeof out === 'string' ? Buffer.byteLength(out) : undefined };
      ctx.log(`${name} ${n}: ${ctx.ms(stats.median)} ms`);
    }
  }
  const rows = Object.entries(results).map(([name, r]) => [
    name === 'layout' ? 'layout only' : `\`--format ${name}\` (layout included)`,
    ...SIZES.map((n) => ctx.ms(r[n].ms)),
    ((r[1_000].best * 1000) / 1_000).toFixed(1),
    ((r[10_000].best * 1000) / 10_000).toFixed(1),
    `${(r[10_000].best / r[1_000].best).toFixed(1)}×`,
    r[10_000].bytes === undefined ? '–' : kib(r[10_000].bytes),
  ]);
  const svg10k = results.svg[10_000].ms;
  const markdown = [
    '### Scaling with the number of efforts',
    '',
    'Synthetic programmes (36 months, 10 domains, 12 milestones, 3 phases) rendered in process; median milliseconds.',
    'Time per effort and growth use the best run of each, which a busy machine disturbs least.',
    'Linear growth shows as about 10× from 1,000 to 10,000 efforts, or a flat time per effort. Writers build one flat string',
    'per row: with 10,000 rows of rope strings, scavenges copied every piece and SVG time per effort doubled.',
    '',
    ctx.table(['Format', '100 efforts (ms)', '1,000 (ms)', '10,000 (ms)', 'µs/effort at 1,000', 'µs/effort at 10,000', '1,000 → 10,000', 'Size at 10,000'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']),
    '',
    `Target: SVG of 10,000 efforts under 1 s — ${svg10k < 1000 ? '**met**' : '**missed**'} (${ctx.ms(svg10k)} ms).`,
  ].join('\n');
  return markdown;
}

/** Whole-process start of `koers roadmap FILE --format svg` against `node -e 0`, and where the time goes. */
async function startupSection(ctx) {
  if (!existsSync(join(ctx.root, 'dist', 'koers.js'))) return '### CLI start\n\nSkipped: run `npm run build` first.';
  const svgArgs = ['roadmap', EXAMPLE, '--format', 'svg', '--as-of', AS_OF];
  const commands = {
    'node -e 0': [NODE, '-e', '0'],
    'koers --version': [NODE, 'bin/koers.js', '--version'],
    'koers validate FILE': [NODE, 'bin/koers.js', 'validate', EXAMPLE],
    'koers roadmap FILE --format svg': [NODE, 'bin/koers.js', ...svgArgs],
    'same, first run on a changed file (KOERS_NO_CACHE=1)': ['env', 'KOERS_NO_CACHE=1', NODE, 'bin/koers.js', ...svgArgs],
  };
  ctx.log('timing processes (interleaved)…');
  const times = ctx.timeProcesses(commands, { runs: 30, warmup: 3 });
  const base = times['node -e 0'].median;
  const rows = Object.entries(times).map(([name, t]) => [name, ctx.ms(t.median), ctx.ms(t.min), `${(t.median / base).toFixed(2)}×`]);
  const ratio = times['koers roadmap FILE --format svg'].median / base;

  const phases = await startupPhases(ctx);
  return [
    '### CLI start',
    '',
    'Whole processes, 30 interleaved runs each after 3 warm-up rounds; wall milliseconds. The example file is Klant in Beeld,',
    'with its record files (so the SVG is coloured by the steering engine\'s effort states).',
    '',
    ctx.table(['Command', 'Median (ms)', 'Min (ms)', 'vs `node -e 0`'], rows, ['left', 'right', 'right', 'right']),
    '',
    `Target: within 1.5× of \`node -e 0\` — ${ratio <= 1.5 ? '**met**' : '**missed**'} (${ratio.toFixed(2)}×).`,
    '',
    'bin/koers.js is CommonJS and first tries dist/koers-fast.cjs, a small bundle that parses `--version`, `validate` and',
    '`roadmap` exactly as commander would and serves them from the content cache (validated programmes and effort states,',
    'keyed by the content of the programme and record files and by the build). Only on a miss, or for anything else, does it',
    'load the full CLI: the ES module loader, commander, the YAML parser and zod. The last row is the cost without that cache.',
    '',
    'Where the time of one uncached `koers roadmap FILE --format svg` goes, from the TypeScript sources (fresh process per run,',
    'median of 15; each phase in the order it runs):',
    '',
    phases,
  ].join('\n');
}

async function startupPhases(ctx) {
  const script = await ctx.bundleSource('bench/startup-phases.ts', { splitting: true });
  const runs = [];
  for (let i = 0; i < 16; i++) {
    const result = spawnSync(NODE, [script, join(ctx.root, EXAMPLE)], { cwd: ctx.root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`startup-phases failed: ${result.stderr}`);
    if (i > 0) runs.push(JSON.parse(result.stdout).marks);
  }
  const names = Object.keys(runs[0]);
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const deltas = names.map((name, i) => median(runs.map((r) => r[name] - (i === 0 ? 0 : r[names[i - 1]]))));
  const total = deltas.reduce((a, b) => a + b, 0);
  return ctx.table(['Phase', 'ms', 'Share'], names.map((n, i) => [n, ctx.ms(deltas[i]), `${Math.round((deltas[i] / total) * 100)}%`]).concat([['total (sum of medians)', ctx.ms(total), '100%']]), ['left', 'right', 'right']);
}

/** mmdc on the example, and Mermaid's in-page render of a 1,000-task chart, against Koers. */
async function peerSection(ctx, src, example) {
  const { CHROMIUM_PATH, CHROMIUM_ARGS } = src.environment;
  const out = ['### Peers', ''];
  if (!existsSync(CHROMIUM_PATH)) return [...out, `Skipped: no Chromium at ${CHROMIUM_PATH}.`].join('\n');

  // (a) mmdc, the Mermaid CLI, on the Klant in Beeld chart, against the whole `koers roadmap` process.
  const mmdc = join(ctx.root, 'node_modules', '.bin', 'mmdc');
  if (existsSync(mmdc)) {
    const chart = join(ctx.cache, 'klant-in-beeld.mmd');
    const config = join(ctx.cache, 'puppeteer-config.json');
    writeFileSync(chart, src.mermaid.writeMermaidGantt(example, { asOf: AS_OF }));
    writeFileSync(config, JSON.stringify({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }, null, 2));
    ctx.log('timing mmdc…');
    const t = ctx.timeProcesses({
      mmdc: [NODE, mmdc, '-i', chart, '-o', join(ctx.cache, 'klant-in-beeld.mmdc.svg'), '-p', config, '-q'],
      koers: [NODE, 'bin/koers.js', 'roadmap', EXAMPLE, '--format', 'svg', '--as-of', AS_OF, '--out', join(ctx.cache, 'klant-in-beeld.koers.svg')],
    }, { runs: 5, warmup: 1 });
    const version = JSON.parse(readFileSync(join(ctx.root, 'node_modules', '@mermaid-js', 'mermaid-cli', 'package.json'), 'utf8')).version;
    out.push(`**(a) mmdc ${version}** (\`@mermaid-js/mermaid-cli\`, Chromium via a puppeteer config) on the Klant in Beeld chart, whole processes, median of 5:`, '',
      ctx.table(['Command', 'Median (ms)', 'Ratio'], [
        ['`mmdc -i klant-in-beeld.mmd -o out.svg`', ctx.ms(t.mmdc.median), `${(t.mmdc.median / t.koers.median).toFixed(0)}× slower`],
        ['`koers roadmap FILE --format svg --out out.svg`', ctx.ms(t.koers.median), '1×'],
      ], ['left', 'right', 'right']), '');
  } else {
    out.push('**(a) mmdc**: not installed (`npm install` the devDependencies).', '');
  }

  // (b) Mermaid's own render of a 1,000-task Gantt in headless Chromium, against Koers in process.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: join(ctx.root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    await page.evaluate(() => globalThis.mermaid.initialize({ startOnLoad: false, maxTextSize: 10_000_000, securityLevel: 'strict' }));
    const programme = syntheticProgramme(example, { efforts: 1_000 });
    const text = src.mermaid.writeMermaidGantt(programme, { asOf: AS_OF });
    const renderOnce = () => page.evaluate(async (t) => {
      const start = performance.now();
      const { svg } = await globalThis.mermaid.render(`g${Math.random().toString(36).slice(2)}`, t);
      return { ms: performance.now() - start, bytes: new TextEncoder().encode(svg).length };
    }, text);
    const koers = () => src.svg.writeSvgRoadmap(src.plan.layoutRoadmap(programme, { asOf: AS_OF }));
    ctx.log('timing Mermaid in Chromium against Koers, interleaved…');
    await renderOnce();
    // Round by round, so that both see the same load on a busy machine.
    const mermaidSamples = [];
    const koersSamples = [];
    let bytes = 0;
    for (let round = 0; round < 7; round++) {
      const r = await renderOnce();
      mermaidSamples.push(r.ms);
      bytes = r.bytes;
      koersSamples.push((await ctx.time(koers, { runs: 9, warmup: 1 })).median);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const mermaidMs = median(mermaidSamples);
    const koersMs = median(koersSamples);
    const koersBytes = Buffer.byteLength(koers());
    const version = JSON.parse(readFileSync(join(ctx.root, 'node_modules', 'mermaid', 'package.json'), 'utf8')).version;
    const ratio = mermaidMs / koersMs;
    out.push(`**(b) Mermaid ${version} in the page** (\`mermaid.render\` in headless Chromium) against Koers in process (layout + SVG), the same 1,000 efforts; 7 interleaved rounds after a warm-up, medians:`, '',
      ctx.table(['Renderer', 'Median (ms)', 'SVG size'], [
        ['Mermaid `render` in Chromium', ctx.ms(mermaidMs), kib(bytes)],
        ['Koers `writeSvgRoadmap(layoutRoadmap(…))` in Node', ctx.ms(koersMs), kib(koersBytes)],
      ], ['left', 'right', 'right']), '',
      `Target: Koers at least 50× faster — ${ratio >= 50 ? '**met**' : '**missed**'} (${ratio.toFixed(0)}×).`);
  } finally {
    await browser.close();
  }
  return out.join('\n');
}
