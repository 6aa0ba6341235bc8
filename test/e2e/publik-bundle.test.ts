// The public phone page (/publik) is its own light bundle: its graph (vite's manifest plus
// the chunk contents the build records) never reaches the projector's chart library, while
// the projector's (/layar) does. Served over real HTTP and loaded in real Chromium, the
// phone fetches exactly the files of its own graph. Needs the built pages.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  bundleGraph,
  htmlAssets,
  readManifest,
  type Manifest,
} from '../../electron/server/sim/bench/page-weight.js';
import { chunkModulesFile } from '../../scripts/chunk-modules.js';
import { assertPagesBuilt, launchBrowser, newPage, watchPage } from '../helpers/browser.js';
import { removeDir, startTestServer, type TestServer } from '../helpers/server.js';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist', 'renderer');
// recharts and what it alone brings (its state store and the d3 scales).
const chartPackages = /^(recharts|d3-[a-z-]+|victory-vendor|react-redux|@reduxjs\/toolkit)$/;

let manifest: Manifest;
let modules: Record<string, string[]>;
let t: TestServer;
let browser: Browser | undefined;

beforeAll(async () => {
  assertPagesBuilt('publik', 'layar');
  manifest = readManifest(dist);
  modules = JSON.parse(readFileSync(join(dist, chunkModulesFile), 'utf8')) as Record<
    string,
    string[]
  >;
  t = await startTestServer();
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

const packagesOf = (files: string[]) =>
  new Set(files.filter((f) => f.endsWith('.js')).flatMap((f) => modules[f] ?? [`?${f}`]));

describe('the /publik bundle', () => {
  it('reaches no chart code, lazily or not; the projector does reach recharts', () => {
    const publik = bundleGraph(manifest, 'publik', true);
    const layar = bundleGraph(manifest, 'layar', true);
    const publikPackages = packagesOf(publik);
    expect([...publikPackages].filter((p) => p.startsWith('?'))).toEqual([]);
    expect([...publikPackages].filter((p) => chartPackages.test(p))).toEqual([]);
    expect(publikPackages.has('renderer/publik/publik-app.tsx')).toBe(true);
    const layarPackages = packagesOf(layar);
    expect(layarPackages.has('recharts')).toBe(true);
    expect(layarPackages.has('renderer/publik/publik-app.tsx')).toBe(false);
    // The same, from the bytes: recharts' wrapper class is in the projector's code only.
    const mentions = (files: string[]) =>
      files.filter((f) => readFileSync(join(dist, f), 'utf8').includes('recharts-wrapper'));
    expect(mentions(publik)).toEqual([]);
    expect(mentions(layar).length).toBeGreaterThan(0);
  });

  it('is what the server sends for /publik, and all a phone in Chromium fetches', async () => {
    const html = await (await fetch(`${t.url}/publik`)).text();
    const staticGraph = bundleGraph(manifest, 'publik', false).map((f) => `/${f}`);
    expect(htmlAssets(html)).toEqual(staticGraph);
    expect(html).not.toContain(manifest['layar/index.html']?.file ?? 'layar entry missing');

    browser = await launchBrowser();
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    try {
      const watched = watchPage(page, t.url);
      const fetched = new Set<string>();
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/assets/')) fetched.add(path);
      });
      await page.goto(`${t.url}/publik`);
      await page.waitForSelector('.publik[data-version]:not([data-version="0"])');
      expect(await page.title()).toContain('Panggung');
      expect([...fetched].sort()).toEqual(staticGraph);
      expect(watched.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
