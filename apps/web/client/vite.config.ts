import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The back office's front-end, built into dist/apps/web/client, which the web app serves. No React plugin: Vite's
 * own transform handles JSX (the automatic runtime), and the pages need no fast refresh in a build.
 */
// Vite's configuration contract is a default export.
// eslint-disable-next-line no-restricted-syntax
export default defineConfig({
  root: here,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../../dist/apps/web/client', import.meta.url)),
    emptyOutDir: true,
    // The bundle-size report (scripts/build/web-bundle-size.ts) reads which files the first page loads from here.
    manifest: true,
    sourcemap: false,
    reportCompressedSize: true,
    // ECharts is a lazy chunk of its own (about 600 kB before gzip); the initial bundle is what web-bundle-size checks.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // React libraries mark their modules "use client" for server components; a client-only bundle has nothing to preserve.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npx vite apps/web/client` during development: the pages call the web app, which holds the session.
    proxy: { '/api': 'http://127.0.0.1:3000', '/auth': 'http://127.0.0.1:3000' },
  },
});
