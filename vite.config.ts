import { defineConfig } from 'vite';
import { allPages, selectedPages, webConfig } from './scripts/web-config.js';

// The pages on React: every page but /publik, which vite.publik.config.ts builds next
// (`npm run build:web` runs both). See scripts/web-config.ts.
const pages = selectedPages();
const main = pages.filter((p) => p !== 'publik');

export default defineConfig(
  webConfig({
    name: '',
    // PANGGUNG_PAGES=publik alone: this run rebuilds the projector, the run after builds
    // the phone page (a build needs at least one page).
    pages: main.length > 0 ? main : ['layar'],
    emptyOutDir: pages.length === allPages.length,
  }),
);
