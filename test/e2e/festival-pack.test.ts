// The festival pack on the desk, in real Chromium: exported from the demo festival by the
// desk's button, opened on the desk of an empty data folder, where it shows what it brings
// (rubric, timers, categories, panels, logos, the origin and its note) before anything is
// applied; applied as a new festival with its own name, the rubric and categories are the
// exporter's, with no entries and no jurors.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
} from '../helpers/browser.js';
import {
  connect,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let a: TestServer;
let b: TestServer;
let orgA: Client<'organizer'>;
let orgB: Client<'organizer'>;
let browser: Browser;

beforeAll(async () => {
  assertPagesBuilt('panitia');
  a = await startTestServer();
  b = await startTestServer({ seedDemo: false });
  orgA = await connect(a.url, 'organizer', { key: a.server.organizerKey });
  orgB = await connect(b.url, 'organizer', { key: b.server.organizerKey }, { reconnection: true });
  await orgA.waitFor(() => true);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  orgA?.close();
  orgB?.close();
  for (const s of [a, b]) {
    await s?.stop();
    if (s) removeDir(s.dataDir);
  }
});

describe('desk: festival pack', () => {
  it('exports a pack, previews it in an empty festival, and applies it', async () => {
    const { context, page } = await newPage(browser, { height: 1000 });
    const watched = watchPage(page, a.url);
    await page.goto(`${a.url}/panitia#/setup/templates`);
    await page.fill('input[name="organizer-key"]', a.server.organizerKey);
    await page.keyboard.press('Enter');
    await page.fill('textarea[name="pack-note"]', 'Dua panel paralel berjalan baik.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="pack-save"]'),
    ]);
    expect(download.suggestedFilename()).toBe('paket-festival-inovasi-daerah-2026.json');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(watched.errors).toEqual([]);
    await context.close();
    for (const j of orgA.latest()!.jurors) expect(text).not.toContain(j.name);

    const second = await newPage(browser, { height: 1100 });
    const p = second.page;
    const watchedB = watchPage(p, b.url);
    await p.goto(`${b.url}/panitia#/setup/templates`);
    await p.fill('input[name="organizer-key"]', b.server.organizerKey);
    await p.keyboard.press('Enter');
    await p.waitForSelector('[data-testid="pack-import"]');
    await p.setInputFiles('[data-testid="pack-file"]', {
      name: 'paket.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await p.waitForSelector('[data-testid="pack-summary"]');
    const summary = await p.innerText('[data-testid="pack-summary"]');
    expect(summary).toContain('Festival Inovasi Daerah 2026');
    expect(summary).toContain('Dua panel paralel berjalan baik.');
    expect(summary).toContain('Kebaruan — 30% (skala 1–10');
    expect(summary).toContain('presentasi 7 menit + tanya jawab 13 menit');
    expect(summary).toContain(
      'Kategori: Perangkat Daerah (OPD), Kecamatan & Desa, Sekolah, Kesehatan',
    );
    // Shown, not applied: the data folder is still empty.
    expect((await orgB.call('snapshot:get', {})).ok).toBe(false);
    await p.locator('[data-testid="pack-summary"]').scrollIntoViewIfNeeded();
    await screenshot(p, 'panitia-pack-preview');
    await p.fill('input[name="pack-name"]', 'Festival Inovasi Kabupaten Sebelah 2027');
    await p.click('[data-testid="pack-apply"]');
    await p.waitForFunction(() => window.location.hash === '#/setup/festival');
    const got = await orgB.waitFor(
      (s) => s.festival.name === 'Festival Inovasi Kabupaten Sebelah 2027',
      20_000,
    );
    const plain = (s: typeof got) => s.stages.map(({ rubricFrozen: _f, ...x }) => x);
    expect(plain(got)).toEqual(plain(orgA.latest()!));
    expect(got.categories).toEqual(orgA.latest()!.categories);
    expect(got.entries).toEqual([]);
    expect(got.jurors).toEqual([]);
    expect(watchedB.errors).toEqual([]);
    expect(watchedB.foreignRequests).toEqual([]);
    await second.context.close();
  });
});
