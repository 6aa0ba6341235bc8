// The organizer desk's setup screens for one test file: a real venue server over an empty
// data folder, the organizer's socket, and the desk page in real Chromium. With
// `imported: true` the festival the page test makes is there before the first test (the
// new festival "Trenggalek Innovation Fest 2026" and the entries and jurors of
// test/e2e/organizer-fixtures.ts, created over the socket as the desk's forms send them) and
// the page is signed in. After the file: the page made no errors and no foreign request.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { blankSetup } from '../../renderer/panitia/blank-setup.js';
import { rubricPresets } from '../../shared/presets/rubrics.js';
import { entryImportRows, jurorImportRows } from '../e2e/organizer-fixtures.js';
import { assertPagesBuilt, launchBrowser, newPage, watchPage, type Watched } from './browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from './server.js';

export type SetupDesk = {
  a: TestServer;
  orgA: Client<'organizer'>;
  browser: Browser;
  page: Page;
  watched: Watched;
  /** Snapshot waits with room for a busy machine (the suite shares two cores). */
  waitA(pred: (s: OrganizerSnapshot) => boolean): Promise<OrganizerSnapshot>;
};

export async function signIn(p: Page, key: string): Promise<void> {
  await p.fill('input[name="organizer-key"]', key);
  await p.keyboard.press('Enter');
  await p.waitForSelector('.desk__nav');
}

/** Opens a setup screen from the desk's navigation. */
export async function go(p: Page, screen: string): Promise<void> {
  await p.click(`[data-nav="${screen}"]`);
  await p.waitForFunction((s) => window.location.hash === `#/setup/${s}`, screen);
}

export function setupDeskForFile(opts: { imported: boolean }): SetupDesk {
  const d = {
    waitA: (pred) =>
      d.orgA.waitFor(pred, 20_000).catch((err: Error) => {
        throw new Error(`${err.message}: ${pred.toString()}`);
      }),
  } as SetupDesk;
  beforeAll(async () => {
    assertPagesBuilt('panitia');
    d.a = await startTestServer({ seedDemo: false });
    d.orgA = await connect(
      d.a.url,
      'organizer',
      { key: d.a.server.organizerKey },
      { reconnection: true },
    );
    d.browser = await launchBrowser();
    ({ page: d.page } = await newPage(d.browser));
    d.watched = watchPage(d.page, d.a.url);
    if (!opts.imported) return;
    await importFestival(d);
    await d.page.goto(`${d.a.url}/panitia`);
    await signIn(d.page, d.a.server.organizerKey);
  });
  afterAll(async () => {
    await d.browser?.close();
    d.orgA?.close();
    await d.a?.stop();
    if (d.a) removeDir(d.a.dataDir);
  });
  // Registered last, run first (after-hooks unwind as a stack): the page is still open.
  afterAll(() => {
    if (!d.watched) return;
    // The one refusal: the wrong key the sign-in test types on purpose.
    expect(d.watched.errors.filter((e) => !/UNAUTHORIZED|Kode akses atau kunci/.test(e))).toEqual(
      [],
    );
    expect(d.watched.foreignRequests).toEqual([]);
  });
  return d;
}

/** "Buat festival" on the empty folder, then the entries and the jurors imported. */
async function importFestival(d: SetupDesk): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const festival = {
    name: 'Trenggalek Innovation Fest 2026',
    venue: 'GOR Gajah Putih',
    startDate: today,
    endDate: today,
    presetId: rubricPresets[0]!.id,
  };
  const names = { stage: 'Presentasi & Wawancara', category: 'Umum', panel: 'Panel A' };
  expectOk(
    await d.orgA.call('setup:import', { setup: blankSetup(festival, names), replace: false }),
  );
  await d.waitA((s) => s.festival.name === festival.name);
  const entries = entryImportRows();
  expectOk(await d.orgA.call('roster:import', { entries, createMissing: true }));
  await d.waitA((s) => s.entries.length === entries.length);
  const jurors = jurorImportRows();
  expectOk(await d.orgA.call('roster:import', { jurors, createMissing: true }));
  await d.waitA((s) => s.jurors.length === jurors.length);
}
