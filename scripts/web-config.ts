// The vite build of the pages, shared by its two runs: vite.config.ts (every page but
// /publik, on React) and vite.publik.config.ts (/publik alone, on Preact's React-compatible
// renderer, so an audience phone on a crowded access point loads about half the bytes;
// docs/PERFORMANCE.md, page weight). Both write into dist/renderer, each with its own
// manifest and chunk list under .vite/ (the page-weight report and tests merge them).
// Everything is bundled (no CDN, no remote font): the hall has no internet. Every asset is
// also written brotli- and gzip-compressed (scripts/precompress.ts) for the server to pick.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Alias, UserConfig } from 'vite';
import { chunkModules, chunkModulesFileOf } from './chunk-modules.js';
import { precompress } from './precompress.js';

export const allPages = ['juri', 'layar', 'publik', 'panitia', 'overlay'] as const;
export type Page = (typeof allPages)[number];

const root = resolve(import.meta.dirname, '..');

/**
 * PANGGUNG_PAGES=juri builds only the named pages and keeps the others' last output, for
 * working on one page while another is mid-edit. The default builds every page.
 */
export function selectedPages(env: string | undefined = process.env.PANGGUNG_PAGES): Page[] {
  const only = env
    ?.split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return only && only.length > 0 ? allPages.filter((p) => only.includes(p)) : [...allPages];
}

/** React's entry points as Preact's compatibility layer provides them (exact names only). */
export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

export type WebBuild = {
  /** Names the run's manifest and chunk list: '' for the main run, 'publik' for the phone's. */
  name: string;
  pages: readonly Page[];
  emptyOutDir: boolean;
  aliases?: Alias[];
};

export function webConfig(run: WebBuild): UserConfig {
  const suffix = run.name ? `-${run.name}` : '';
  return {
    root: resolve(root, 'renderer'),
    base: '/',
    plugins: [react(), precompress(), chunkModules(root, chunkModulesFileOf(run.name))],
    resolve: { alias: run.aliases ?? [] },
    build: {
      outDir: resolve(root, 'dist/renderer'),
      emptyOutDir: run.emptyOutDir,
      sourcemap: true,
      // .vite/manifest*.json: which chunks each page loads (the page-weight report and the
      // test that keeps the projector's chart library out of /publik read them).
      manifest: `.vite/manifest${suffix}.json`,
      // Juror laptops run whatever browser they have; stay on widely supported syntax.
      target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
      rollupOptions: {
        input: Object.fromEntries(
          run.pages.map((p) => [p, resolve(root, 'renderer', p, 'index.html')]),
        ),
      },
    },
  };
}
