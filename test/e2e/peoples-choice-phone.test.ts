// People's choice as an audience phone watches it (/publik, 390x844, on the LAN name
// panggung.test), in real Chromium against a real venue server: the phone shows what the
// organizer's display setting released to the screens: nothing while hidden, the turnout
// only, then the live tally of the groups voting or voted (equal to the test's own count of
// the votes it cast), and the favourite once revealed (held back for the projector's
// drum-roll). Needs the built pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TallyDisplay } from '../../shared/voting.js';
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
  expectOk,
  lanTestName,
  startTestServer,
  type Client,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';
import { noForeignTraffic } from './juror-pad-steps.js';

const category = 'opd';
let t: TestServer;
let org: Client<'organizer'>;
let screen: Client<'screen'>;
let browser: Browser;
let phone: Page;
let watched: Watched;
/** The test's own ledger: votes it cast per entry id. */
const ledger = new Map<string, number>();
let entries: Array<{ id: string; code: string; title: string }> = [];

beforeAll(async () => {
  assertPagesBuilt('publik');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey }, { reconnection: true });
  const snap = await org.waitFor(() => true);
  entries = snap.entries.filter((e) => e.categoryId === category);
  const { codes } = await openVoting(org, 5, [category]);
  // Three votes for the second entry, two for the first: the second is the favourite.
  const voter = await connect(t.url, 'voter', {});
  for (const [i, code] of codes.entries()) {
    const entry = entries[i < 3 ? 1 : 0]!;
    expectOk(
      await voter.call('vote:cast', {
        ticket: code,
        voteId: `phone-view-${i}`,
        categoryId: category,
        entryId: entry.id,
      }),
    );
    ledger.set(entry.id, (ledger.get(entry.id) ?? 0) + 1);
  }
  voter.close();
  screen = await connect(t.url, 'screen', { name: 'publik' }, { reconnection: true });
  browser = await launchBrowser(lanBrowserArgs);
  const origin = `http://${lanTestName}:${t.server.port}`;
  ({ page: phone } = await newPage(browser, { width: 390, height: 844 }));
  watched = watchPage(phone, origin);
  await phone.goto(`${origin}/publik`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  screen?.close();
  org?.close();
  await t?.stop();
});

const total = () => [...ledger.values()].reduce((a, b) => a + b, 0);

/** Sets the display and waits until the phone renders the screen view that carries it. */
async function display(value: TallyDisplay): Promise<void> {
  expectOk(await org.call('voting:settings', { display: value }));
  const seen = await screen.waitFor((s) => s.voting?.display === value);
  await phone.waitForFunction(
    (v) => Number(document.querySelector('.publik')?.getAttribute('data-version')) >= v,
    seen.version,
  );
}

describe("people's choice on an audience phone", () => {
  it('shows nothing of the vote while hidden, only the vote button', async () => {
    await display('hidden');
    expect(await phone.locator('.publik__vote').count()).toBe(1);
    expect(await phone.locator('[data-testid="phone-favourites"]').count()).toBe(0);
    expect(total()).toBeGreaterThan(0);
  });

  it('shows the turnout only when the organizer chose turnout', async () => {
    await display('turnout');
    await phone.waitForSelector(`[data-testid="phone-voting-total"][data-total="${total()}"]`);
    const turnout = phone.locator(`[data-group="${category}"] [data-testid="phone-group-turnout"]`);
    expect(await turnout.getAttribute('data-turnout')).toBe(String(total()));
    expect(await phone.locator('[data-testid="phone-group-tally"]').count()).toBe(0);
    await screenshot(phone, 'publik-voting-turnout');
  });

  it('shows the live tally, equal to its own count, in both languages', async () => {
    await display('tally');
    const tally = `[data-group="${category}"] [data-testid="phone-group-tally"]`;
    await phone.waitForSelector(tally);
    // Every entry with a vote, with its votes; entries without a vote are left out.
    const rows = await phone
      .locator(`${tally} li`)
      .evaluateAll((lis) =>
        lis.map((li) => [li.getAttribute('data-entry'), li.getAttribute('data-votes')]),
      );
    const expected = entries
      .filter((e) => ledger.has(e.id))
      .map((e) => [e.code, String(ledger.get(e.id))])
      .sort((a, b) => Number(b[1]) - Number(a[1]));
    expect(rows).toEqual(expected);
    expect(await phone.textContent('[data-testid="phone-voting-total"]')).toContain(
      `Total ${total()} suara`,
    );
    await screenshot(phone, 'publik-voting-tally');
    await phone.selectOption('.language-switch select', 'en');
    await phone.waitForFunction(
      (n) => document.querySelector('[data-testid="phone-voting-total"]')?.textContent === n,
      `Votes in: ${total()}`,
    );
    await phone.selectOption('.language-switch select', 'id');
  });

  it('shows the favourite once revealed, after the drum-roll, whatever the display', async () => {
    await display('hidden');
    expectOk(await org.call('voting:open', { categoryId: category, open: false }));
    expectOk(
      await org.call('favourite:reveal', {
        action: 'start',
        categoryId: category,
        screens: ['utama'],
      }),
    );
    const most = Math.max(...ledger.values());
    const winners = entries.filter((e) => ledger.get(e.id) === most);
    expect(winners.length).toBe(1);
    await phone.waitForSelector('[data-testid="phone-favourite-reveal"][data-buildup="true"]');
    expect(await phone.locator('[data-testid="phone-favourite"]').count()).toBe(0);
    await phone.waitForSelector('[data-testid="phone-favourite"]', { timeout: 10_000 });
    const shown = await phone.textContent('[data-testid="phone-favourite"]');
    for (const w of winners) expect(shown).toContain(w.title);
    expect(shown).toContain(`${most} suara`);
    await screenshot(phone, 'publik-voting-favourite');
    noForeignTraffic(watched);
    expect(watched.errors).toEqual([]);
  });
});
