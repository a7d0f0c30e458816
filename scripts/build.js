// Bundles the CLI so that `koers` starts fast: dependencies are bundled in, and each command is its own
// chunk, loaded on demand. Native, very large or optional packages stay external.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const EXTERNAL = [
  'better-sqlite3', 'pg', 'pg-native', 'playwright-core', 'exceljs', 'echarts', '@node-rs/*',
  'openid-client', 'oidc-provider', 'vite', 'mermaid', 'jsdom',
];
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // KOERS_BUILD keys the cache of validated programmes, so a new build never trusts an old cache.
  define: { KOERS_VERSION: JSON.stringify(version), KOERS_BUILD: JSON.stringify(randomBytes(8).toString('hex')) },
  // Minified: less to parse and compile at every start. Run with --enable-source-maps to read stack traces.
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { koers: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  // Bundled CommonJS packages call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __koersRequire } from 'node:module'; const require = __koersRequire(import.meta.url);" },
});
// The fast path bin/koers.js tries first: one CommonJS file (no ES module loader), nothing it does not use.
await build({ ...common, entryPoints: { 'koers-fast': 'src/cli/fast-cli.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs' });
// The dashboard (web/ → web/dist), which `koers serve` serves.
const { build: buildWeb } = await import('vite');
await buildWeb({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
