import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dashboard build: web/ → web/dist, which the Koers server serves. In development `vite --config
 * web/vite.config.ts` proxies /api to a server on KOERS_API (default http://localhost:3000).
 */
export const config = defineConfig(({ command }) => {
  // A build is always a production build, also when a test run (NODE_ENV=test) starts it; React and
  // the JSX transform both follow NODE_ENV.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return settings;
});

const settings = {
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': process.env.KOERS_API ?? 'http://localhost:3000' },
  },
};

// Vite loads the config file's default export; the house style avoids default exports elsewhere.
export { config as default };
