import { defineConfig } from 'vite';
import { preactAliases, webConfig } from './scripts/web-config.js';

// /publik, the audience phones' page, alone and on Preact's React-compatible renderer
// (preact/compat: the same components, hooks, zustand and react-i18next, about 50 KB
// less to download than react-dom). Runs after vite.config.ts into the same folder.
// Lazily imported chunks of /publik stay out of its first load (page-weight.ts).
export default defineConfig(
  webConfig({ name: 'publik', pages: ['publik'], emptyOutDir: false, aliases: preactAliases }),
);
