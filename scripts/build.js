// Bundles the CLI so that `koers` starts fast: each command is its own chunk, loaded on demand.
import { build } from 'esbuild';

await build({
  entryPoints: { koers: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// The dashboard (web/ → web/dist), which `koers serve` serves.
const { build: buildWeb } = await import('vite');
await buildWeb({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
