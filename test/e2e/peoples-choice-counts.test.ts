// People's choice with a thousand votes and more, where people read the numbers, in real
// Chromium against a real venue server: the desk's live tally and the projector (/layar)
// group thousands the language's way ("1.000" in Bahasa Indonesia, "1,000" in English),
// and the desk's tally and the results page's favourites table, which cut a long entry
// title to fit, give the whole title on hover (the cell's title). The votes are real
// vote:cast calls (one vote per phone, a phone id each). Needs the built pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryEditInput } from '../../shared/contract/setup-schemas.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
} from '../helpers/browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const category = 'opd';
const longTitle =
  'Sistem Informasi Pelayanan Terpadu Administrasi Kependudukan lewat WhatsApp untuk Warga Desa Terpencil di Pegunungan Kabupaten Trenggalek (SI DUKUN 2.0)';
const longInstitution =
  'Dinas Kependudukan dan Pencatatan Sipil bersama Dinas Komunikasi dan Informatika Kabupaten Trenggalek';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let favourite: { code: string; votes: number };
let other: { code: string; votes: number };

/** `n` votes for `entryId`, each from its own phone, over `lines` voter connections. */
async function castVotes(entryId: string, n: number, lines = 20): Promise<void> {
  const voters = await Promise.all(
    Array.from({ length: lines }, () => connect(t.url, 'voter', {})),
  );
  await Promise.all(
    voters.map(async (voter, i) => {
      for (let k = i; k < n; k += lines)
        expectOk(
          await voter.call('vote:cast', {
            voteId: submissionId(),
            phoneId: `phone-${submissionId()}`,
            categoryId: category,
            entryId,
          }),
        );
      voter.close();
    }),
  );
}

/** A page in `lng` (the choice a person makes on the page, kept in localStorage). */
async function pageIn(lng: 'id' | 'en', width: number, height: number): Promise<Page> {
  const { page } = await newPage(browser, { width, height });
  await page.addInitScript((l) => localStorage.setItem('panggung.lang', l), lng);
  watchPage(page, t.url);
  return page;
}

beforeAll(async () => {
  assertPagesBuilt('panitia', 'layar');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey }, { reconnection: true });
  const snap = await org.waitFor(() => true);
  const [a, b] = snap.entries.filter((e) => e.categoryId === category);
  const { order: _order, ...edit } = a!;
  expectOk(
    await org.call('entry:save', {
      ...(edit as EntryEditInput),
      title: longTitle,
      institution: longInstitution,
    }),
  );
  expectOk(await org.call('voting:settings', { mode: 'phone', display: 'tally' }));
  expectOk(await org.call('voting:open', { categoryId: category, open: true }));
  expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'voting', panelId: null }));
  favourite = { code: a!.code, votes: 1000 };
  other = { code: b!.code, votes: 12 };
  await castVotes(a!.id, favourite.votes);
  await castVotes(b!.id, other.votes);
  const turnout = favourite.votes + other.votes;
  await org.waitFor(
    (s) => s.voting.groups.find((g) => g.categoryId === category)?.turnout === turnout,
  );
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

async function openDesk(): Promise<Page> {
  const desk = await pageIn('id', 1366, 900);
  await desk.goto(`${t.url}/panitia`);
  await desk.fill('input[name="organizer-key"]', t.server.organizerKey);
  await desk.keyboard.press('Enter');
  await desk.waitForSelector('.desk__nav');
  await desk.click('[data-nav="voting"]');
  await desk.waitForSelector(`[data-group="${category}"] [data-testid="group-tally"]`);
  return desk;
}

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

describe("people's choice counts of a thousand and more", () => {
  it('the desk tally groups thousands ("1.000") and its turnout too', async () => {
    const desk = await openDesk();
    const row = (code: string) =>
      `[data-group="${category}"] [data-testid="group-tally"] tr[data-entry="${code}"]`;
    expect(await text(desk, `${row(favourite.code)} [data-testid="votes"]`)).toBe('1.000');
    expect(await text(desk, `${row(other.code)} [data-testid="votes"]`)).toBe('12');
    expect(await text(desk, `[data-group="${category}"] [data-testid="group-turnout"]`)).toBe(
      '1.012 suara masuk',
    );
    await desk.close();
  });

  it('the projector groups them the language\'s way: "1.000" / "1,000"', async () => {
    for (const [lng, thousand, turnout] of [
      ['id', '1.000', '1.012'],
      ['en', '1,000', '1,012'],
    ] as const) {
      const projector = await pageIn(lng, 1920, 1080);
      await projector.goto(`${t.url}/layar?nama=utama`);
      const group = `[data-testid="voting-group"][data-group="${category}"]`;
      await projector.waitForSelector(`${group} .vbar[data-entry="${favourite.code}"]`);
      expect(
        await text(projector, `${group} .vbar[data-entry="${favourite.code}"] .vbar__votes`),
        lng,
      ).toBe(thousand);
      expect(
        await text(projector, `${group} .vbar[data-entry="${other.code}"] .vbar__votes`),
        lng,
      ).toBe('12');
      expect(await text(projector, `${group} [data-testid="group-turnout"]`), lng).toContain(
        turnout,
      );
      await projector.close();
    }
  });

  it('the desk tally cuts a long title to fit and gives the whole title on hover', async () => {
    const desk = await openDesk();
    const cell = desk.locator(
      `[data-group="${category}"] [data-testid="group-tally"] tr[data-entry="${favourite.code}"] td:nth-child(2)`,
    );
    // Cut on screen: the cell is narrower than its text.
    const cut = await cell.evaluate((td) => td.scrollWidth > td.clientWidth);
    expect(cut).toBe(true);
    expect(await cell.getAttribute('title')).toBe(`${favourite.code} ${longTitle}`);
    await desk.close();
  });

  it("the results page's favourites table cuts a long title and institution to fit and gives them whole on hover", async () => {
    const desk = await openDesk();
    await desk.click('[data-nav="standings"]');
    const row = `[data-testid="favourites-results"] tr[data-entry="${favourite.code}"]`;
    await desk.waitForSelector(row);
    // Columns: place, code, entry, institution, votes.
    const cell = desk.locator(`${row} td:nth-child(3)`);
    expect(await cell.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true);
    expect(await cell.getAttribute('title')).toBe(`${favourite.code} ${longTitle}`);
    // The institution column is cut the same way: its whole name on hover too.
    const who = desk.locator(`${row} td:nth-child(4)`);
    expect(await who.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true);
    expect(await who.getAttribute('title')).toBe(longInstitution);
    await desk.locator('[data-testid="favourites-results"]').scrollIntoViewIfNeeded();
    await screenshot(desk, 'panitia-results-favourites-long-title');
    await desk.close();
  });
});
