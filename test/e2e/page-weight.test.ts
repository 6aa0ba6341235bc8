// Page weight as measured by `npm run bench` / `npm run weight`, checked against the real
// build and real Chromium: every script, style and page of the build has brotli and gzip
// copies that decode to the original; the report downloads exactly a page's static bundle
// graph (the page's HTML as the server compresses it, naming the venue's laptops); and the
// compressed bytes it counts are the bytes Chromium itself receives when it opens the page. Needs the built pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  bundleGraph,
  measurePage,
  pageTargetsKB,
  readManifest,
  type Manifest,
} from '../../electron/server/sim/bench/page-weight.js';
import { withLaptops } from '../../electron/server/http/page-html.js';
import { isCompressible } from '../../scripts/precompress.js';
import { policyLaptops } from '../../shared/page-policy.js';
import { assertPagesBuilt, launchBrowser, newPage } from '../helpers/browser.js';
import { removeDir, startTestServer, type TestServer } from '../helpers/server.js';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist', 'renderer');
let manifest: Manifest;
let t: TestServer;
let browser: Browser | undefined;

beforeAll(async () => {
  assertPagesBuilt('juri', 'publik', 'layar');
  manifest = readManifest(dist);
  t = await startTestServer();
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('page weight', () => {
  it('every script, style and page of the build has .br and .gz copies of the same bytes', () => {
    const files = builtFiles(dist).filter(
      (f) => isCompressible(f) && !relative(dist, f).startsWith('.vite'),
    );
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
    for (const file of files) {
      const raw = readFileSync(file);
      if (raw.length < 1000) continue; // a tiny file may not be worth compressing
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(raw), file).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(raw), file).toBe(true);
    }
  });

  it('counts a page and its static graph: brotli bytes as on disk, smaller than gzip and raw', async () => {
    // A page's HTML names the venue's laptops (page-html.ts): the server compresses that.
    const health = (await (await fetch(`${t.url}/api/health`)).json()) as {
      venue: { addresses: string[] };
    };
    const laptops = policyLaptops(health.venue.addresses);
    for (const page of ['juri', 'publik', 'layar']) {
      const w = await measurePage(t.url, `/${page}`);
      const graph = bundleGraph(manifest, page, false);
      expect(w.files).toEqual(graph.map((f) => `/${f}`));
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      const onDisk = graph
        .map((f) => statSync(join(dist, `${f}.br`)).size)
        .reduce((a, b) => a + b, brotliCompressSync(withLaptops(html, laptops)).length);
      expect(w.br).toBe(onDisk);
      expect(w.br).toBeLessThan(w.gzip);
      expect(w.gzip).toBeLessThan(w.raw / 2);
    }
  });

  it('every page with a target loads within it, compressed (1 KB = 1,000 bytes)', async () => {
    const targets = Object.entries(pageTargetsKB);
    expect(targets.map(([page]) => page)).toEqual(expect.arrayContaining(['/publik', '/juri']));
    for (const [page, kb] of targets) {
      const w = await measurePage(t.url, page);
      expect(w.files.length, page).toBeGreaterThan(0);
      expect(w.br, `${page}: ${w.br} bytes brotli`).toBeLessThanOrEqual(kb * 1000);
    }
  });

  it('the compressed bytes counted are what Chromium receives on a first load', async () => {
    browser = await launchBrowser();
    for (const page of ['publik', 'juri']) {
      const { context, page: tab } = await newPage(browser, { width: 390, height: 844 });
      try {
        const bodies: Array<Promise<number>> = [];
        tab.on('requestfinished', (r) => {
          const url = new URL(r.url());
          if (url.origin === t.url && !url.pathname.startsWith('/socket.io/'))
            bodies.push(r.sizes().then((s) => s.responseBodySize));
        });
        await tab.goto(`${t.url}/${page}`, { waitUntil: 'load' });
        const w = await measurePage(t.url, `/${page}`);
        await expect
          .poll(async () => (await Promise.all(bodies)).reduce((a, b) => a + b, 0))
          .toBe(w.br);
        expect(bodies.length).toBe(w.files.length + 1);
      } finally {
        await context.close();
      }
    }
  });
});
