// Finding an entry from any desk screen: the header's search looks in every panel (by
// code, title, institution), shows where each match is, and opens the entries screen
// filtered by it; the entries screen's own search covers every panel too. Opened on the
// venue's LAN name (not a secure context), against a real server with the demo festival.
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
import {
  connect,
  lanTestName,
  startTestServer,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';

let t: TestServer;
let browser: Browser;
let page: Page;
let watched: Watched;
let snap: OrganizerSnapshot;

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer();
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  snap = await org.waitFor((s) => s.entries.length > 0);
  org.close();
  browser = await launchBrowser(lanBrowserArgs);
  ({ page } = await newPage(browser));
  const origin = `http://${lanTestName}:${new URL(t.url).port}`;
  watched = watchPage(page, origin);
  await page.goto(`${origin}/panitia`);
  await page.fill('input[name="organizer-key"]', t.server.organizerKey);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.desk__nav');
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const panelName = (id: string) => snap.panels.find((p) => p.id === id)?.name ?? '';

describe('entry search across panels', () => {
  it('finds an entry of another panel from the live control screen and opens it', async () => {
    expect(snap.panels.length).toBeGreaterThan(1);
    const last = [...snap.panels].sort((a, b) => b.order - a.order)[0]!;
    const target = snap.entries.find((e) => e.panelId === last.id)!;
    await page.click('[data-nav="control"]');
    await page.fill('input[name="entry-search"]', target.code.toLowerCase());
    const hit = `#entry-search-results button[data-entry-code="${target.code}"]`;
    await page.waitForSelector(hit);
    expect(await page.innerText(`${hit} .entry-search__where`)).toBe(
      `${target.institution} · ${last.name} · No. urut ${target.order}`,
    );
    await screenshot(page, 'panitia-entry-search');
    await page.click(hit);
    await page.waitForFunction(() => window.location.hash === '#/setup/entries');
    const rows = page.locator('[data-testid="entries-table"] tbody tr');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="entries-table"] tbody tr').length === 1,
    );
    expect(await rows.first().innerText()).toContain(target.title);
    expect(await rows.first().innerText()).toContain(last.name);
    expect(await page.inputValue('input[name="search"]')).toBe(target.code);
  });

  it('the entries screen searches every panel by institution, whatever panel is selected', async () => {
    // A word of an institution whose matches sit in more than one panel, fewest matches first.
    const matching = (word: string) =>
      snap.entries.filter((e) =>
        [e.code, e.title, e.institution, e.presenter].some((x) =>
          x.toLowerCase().includes(word.toLowerCase()),
        ),
      );
    const words = [...new Set(snap.entries.flatMap((e) => e.institution.split(/\s+/)))].filter(
      (w) => w.length >= 5 && new Set(matching(w).map((e) => e.panelId)).size > 1,
    );
    const institution = words.sort((a, b) => matching(a).length - matching(b).length)[0];
    expect(institution).toBeDefined();
    const expected = matching(institution!);
    await page.selectOption('select[name="panel-filter"]', snap.panels[0]!.id);
    await page.fill('input[name="search"]', institution!.toUpperCase());
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="entries-table"] tbody tr').length === n,
      expected.length,
    );
    const shown = await page.locator('[data-testid="entries-table"] tbody tr').allInnerTexts();
    const panelsShown = new Set(
      expected.filter((e) => shown.some((r) => r.includes(e.code))).map((e) => e.panelId),
    );
    expect(panelsShown.size).toBeGreaterThan(1);
    expect(await page.innerText('[data-testid="entries-hint"]')).toContain(
      `${expected.length} hasil`,
    );
    for (const id of panelsShown) expect(shown.some((r) => r.includes(panelName(id)))).toBe(true);
    await screenshot(page, 'panitia-entries-search-all-panels');
    // Nothing matches: said in words, not "no entries in this panel".
    await page.fill('input[name="search"]', 'zzz-tidak-ada');
    await page.waitForSelector('.empty');
    expect(await page.innerText('.empty')).toBe(
      'Tidak ada inovasi yang cocok dengan "zzz-tidak-ada".',
    );
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
