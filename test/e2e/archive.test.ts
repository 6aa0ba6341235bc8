// The desk's results archive in Chromium on a LAN name: this festival is kept in the
// archive with the page's button, an older festival file (schema 6) and a damaged one lie
// beside it; the page shows them side by side with how each was scored and its winners
// (the winners checked against the live standings), and says why a file cannot be opened.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
  type Watched,
} from '../helpers/browser.js';
import { scoreFestival } from '../helpers/score-festival.js';
import {
  connect,
  lanTestName,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';
import {
  databaseAt,
  discard,
  seedVersion1Festival,
  seedVersion2Assets,
} from '../server/migrations/fixtures.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let page: Page;
let watched: Watched;

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor(() => true);
  const only = snap.entries.filter((e) => e.categoryId === 'opd').slice(0, 4);
  await scoreFestival(t.url, org, stageId, {
    only: only.map((e) => e.code),
    organizerKey: t.server.organizerKey,
  });
  const archive = join(t.dataDir, 'archive');
  mkdirSync(archive, { recursive: true });
  const old = databaseAt(6);
  seedVersion1Festival(old);
  seedVersion2Assets(old);
  old.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(old.name, join(archive, 'kota-lama-2025.db'));
  discard(old);
  writeFileSync(join(archive, 'rusak.db'), Buffer.alloc(4096, 1));
  browser = await launchBrowser(lanBrowserArgs);
  ({ page } = await newPage(browser, { width: 1366, height: 900 }));
  const origin = `http://${lanTestName}:${new URL(t.url).port}`;
  watched = watchPage(page, origin);
  await page.goto(`${origin}/panitia`);
  await page.fill('input[name="organizer-key"]', t.server.organizerKey);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.desk__nav');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe('results archive page', () => {
  it('keeps this festival in the archive and shows past festivals side by side', async () => {
    await page.click('[data-nav="archive"]');
    await page.waitForSelector('[data-archive="kota-lama-2025.db"]');
    expect(await page.locator('[data-archive]').count()).toBe(2);
    await page.click('[data-testid="archive-save"]');
    await page.waitForSelector('[data-testid="archive-note"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-archive]').length === 3);
    const snap = org.latest() as OrganizerSnapshot;
    const saved = page.locator(`[data-archive$="-${snap.festival.endDate}.db"]`);
    expect(await saved.locator('h2').innerText()).toBe(snap.festival.name);
    // Its OPD winners are the live standings' first places, in order.
    const expected = snap.standings[stageId]!.byCategory.opd!.filter(
      (r) => r.rank !== null && r.rank <= 3,
    ).map((r) => snap.entries.find((e) => e.id === r.entryId)!.code);
    expect(expected.length).toBeGreaterThan(0);
    const shown = await saved
      .locator(`[data-stage="${stageId}"] .arch-places li`)
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
    expect(shown.slice(0, expected.length)).toEqual(expected);
    expect(await saved.innerText()).toContain('Kebaruan 30%');
    const old = page.locator('[data-archive="kota-lama-2025.db"]');
    expect(await old.locator('h2').innerText()).toBe('Lomba Inovasi Kota Lama 2025');
    expect(
      await page.locator('[data-archive="rusak.db"] [data-testid="archive-refused"]').innerText(),
    ).toContain('Tidak bisa dibuka');
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await screenshot(page, 'panitia-archive');
  });
});
