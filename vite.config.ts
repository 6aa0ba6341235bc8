import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chunkModules } from './scripts/chunk-modules.js';
import { precompress } from './scripts/precompress.js';

// One multi-page build for every audience; the venue server serves dist/renderer.
// Everything is bundled (no CDN, no remote font): the hall has no internet. Every asset is
// also written brotli- and gzip-compressed (scripts/precompress.ts) for the server to pick.
const allPages = ['juri', 'layar', 'publik', 'panitia', 'overlay'] as const;

// PANGGUNG_PAGES=juri builds only the named pages and keeps the others' last output, for
// working on one page while another is mid-edit. The default builds every page.
const only = process.env.PANGGUNG_PAGES?.split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const pages = only && only.length > 0 ? allPages.filter((p) => only.includes(p)) : allPages;

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react(), precompress(), chunkModules(import.meta.dirname)],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: pages.length === allPages.length,
    sourcemap: true,
    // .vite/manifest.json: which chunks each page loads (the page-weight report and the
    // test that keeps the projector's chart library out of /publik read it).
    manifest: true,
    // Juror laptops run whatever browser they have; stay on widely supported syntax.
    target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
    rollupOptions: {
      input: Object.fromEntries(
        pages.map((p) => [p, resolve(import.meta.dirname, 'renderer', p, 'index.html')]),
      ),
    },
  },
});
