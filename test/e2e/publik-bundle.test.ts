// The public phone page (/publik) is its own light bundle: its graph (vite's manifests plus
// the chunk contents the build records) never reaches the projector's chart library nor
// react-dom (it renders with preact/compat, its own build run), while the projector's
// (/layar) has both. Served over real HTTP and loaded in real Chromium, the phone fetches
// exactly the files of its own graph. Needs the built pages.
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
import { readChunkModules } from '../../scripts/chunk-modules.js';
import { screenEn } from '../../renderer/common/screen/screen-locales.js';
import { assertPagesBuilt, launchBrowser, newPage, watchPage } from '../helpers/browser.js';
import { scoreFestival } from '../helpers/score-festival.js';
import {
  connect,
  expectOk,
  lanTestName,
  removeDir,
  startTestServer,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';

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
  modules = readChunkModules(dist);
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
    // The phone renders with Preact's React-compatible layer; every other page with React.
    expect([...publikPackages].filter((p) => p === 'react' || p === 'react-dom')).toEqual([]);
    expect(publikPackages.has('preact')).toBe(true);
    expect(layarPackages.has('react-dom')).toBe(true);
    expect(layarPackages.has('preact')).toBe(false);
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

describe('the /publik page on Preact', () => {
  it('follows patches, switches language and category on a LAN name, without errors', async () => {
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const lan = await launchBrowser(lanBrowserArgs);
    const origin = `http://${lanTestName}:${new URL(t.url).port}`;
    const { context, page } = await newPage(lan, { width: 390, height: 844 });
    try {
      const snap = await org.waitFor(() => true);
      const stageId = snap.stages[0]?.id ?? '';
      const [first, second] = snap.entries;
      if (!first || !second) throw new Error('demo festival without entries');
      expectOk(await org.call('release:set', { privacy: 'live', stageId }));
      const watched = watchPage(page, origin);
      const pushes: string[] = [];
      page.on('websocket', (ws) =>
        ws.on('framereceived', (f) => {
          const m = /^42\/screen,\["(snapshot|patch)"/.exec(String(f.payload));
          if (m?.[1]) pushes.push(m[1]);
        }),
      );
      await page.goto(`${origin}/publik`);
      await page.waitForSelector('.publik[data-version]:not([data-version="0"])');
      // Two entries scored after the page loaded arrive as patches and are rendered.
      await scoreFestival(t.url, org, stageId, { only: [first.code, second.code] });
      await page.waitForSelector(`.prow[data-entry="${first.id}"]`);
      await page.waitForSelector(`.prow[data-entry="${second.id}"]`);
      expect(pushes[0]).toBe('snapshot');
      expect(pushes).toContain('patch');
      // English, from the language switch (react-i18next re-renders through preact/compat).
      await page.selectOption('.language-switch select', 'en');
      await page.waitForFunction((title) => document.title === title, screenEn.titlePublic);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('[data-testid="leaderboard"] h2').innerText()).toContain(
        screenEn.publik.results,
      );
      // Another category's tab: the selection moves and the list holds that category only.
      const other = snap.categories.find((c) => c.id === second.categoryId);
      if (!other) throw new Error('entry without category');
      await page.getByRole('tab', { name: other.name }).click();
      await page.waitForSelector(`.ptab[aria-selected="true"]:text-is("${other.name}")`);
      const shown = await page
        .locator('.prow')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-entry')));
      const inCategory = snap.entries.filter((e) => e.categoryId === other.id).map((e) => e.id);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((id) => id !== null && inCategory.includes(id))).toBe(true);
      expect(watched.errors.filter((e) => !/Cross-Origin-Opener-Policy/.test(e))).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
    } finally {
      await context.close();
      await lan.close();
      org.close();
    }
  }, 120_000);
});
