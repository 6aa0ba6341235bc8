// People's choice where people meet it, in real Chromium against a real venue server: a
// phone (390x844) opens a scanned ticket link, votes and sees "Suara Anda tercatat" with
// its receipt; the Wi-Fi drops right after the server stored the vote and the phone is
// reloaded while offline: the vote waits on the phone, is resent with the same id and
// counted once. A voided ticket is refused in words. The projector (/layar) shows the
// turnout, then the favourite's reveal. Once more on the LAN name panggung.test (not a
// secure context: no crypto.randomUUID). Needs the built pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { errorMessages } from '../../shared/contract/errors.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { formatTicket } from '../../shared/voting.js';
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
  lanTestName,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';
import { noForeignTraffic, switchableLine } from './juror-pad-steps.js';

let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let projector: Page;
let codes: string[] = [];
const category = 'opd';

/** The server's answer to a stored vote (a VoteCastReply on /voter). */
const voteAck = (frame: string) => frame.startsWith('43/voter,') && frame.includes('"duplicate"');

const group = (s: OrganizerSnapshot, id: string | null) =>
  s.voting.groups.find((g) => g.categoryId === id);
const turnout = (s: OrganizerSnapshot, id: string | null) => group(s, id)?.turnout ?? -1;

beforeAll(async () => {
  assertPagesBuilt('publik', 'layar');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey }, { reconnection: true });
  await org.waitFor(() => true);
  expectOk(await org.call('voting:settings', { display: 'turnout' }));
  ({ codes } = await openVoting(org, 4, [category]));
  expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'voting', panelId: null }));
  browser = await launchBrowser(lanBrowserArgs);
  ({ page: projector } = await newPage(browser, { width: 1920, height: 1080 }));
  await projector.goto(`${t.url}/layar?nama=utama`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

const projectorTurnout = (n: number) =>
  projector.waitForSelector(
    `[data-testid="voting-group"][data-group="${category}"] [data-turnout="${n}"]`,
  );

/** Votes for `entryCode` on a phone page already showing the ballot; returns the receipt. */
async function voteFor(page: Page, entryCode: string): Promise<void> {
  await page.click(`button[data-entry="${entryCode}"]`);
  await page.click('[data-testid="vote-send"]');
}

describe("people's choice on a phone and the projector", () => {
  it('scan-link -> vote -> receipt through a Wi-Fi drop and a reload; the projector shows the turnout', async () => {
    expect(codes.length).toBe(4);
    await projector.waitForSelector('[data-testid="voting-screen"][data-display="turnout"]');
    await projectorTurnout(0);
    await screenshot(projector, 'layar-voting-turnout-0');

    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const watched = watchPage(page, t.url);
    const line = await switchableLine(context, voteAck);
    // The ticket as a person might type it into the address: lower case, with the dash.
    await page.goto(`${t.url}/publik?kupon=${formatTicket(codes[0]!).toLowerCase()}`);
    await page.waitForSelector('[data-testid="voting"] .ventry');
    expect(await page.textContent('[data-testid="vote-ticket"]')).toContain(
      formatTicket(codes[0]!),
    );
    const snap = org.latest()!;
    const entries = snap.entries.filter((e) => e.categoryId === category);
    const listed = await page.locator('.ventry').allInnerTexts();
    expect(listed.length).toBe(entries.length);
    for (const e of entries)
      expect(listed.some((l) => l.includes(e.code) && l.includes(e.title))).toBe(true);
    await screenshot(page, 'publik-vote-ballot', { fullPage: true });

    const favourite = entries[1]!;
    line.cutAfterSaveAck = true; // the answer to the vote is lost: the server has it
    await voteFor(page, favourite.code);
    await line.cut;
    await page.waitForSelector('[data-testid="vote-pending"]');
    await org.waitFor((s) => turnout(s, category) === 1);
    const waiting = await page.evaluate(() => localStorage.getItem('panggung.vote.outbox'));
    const voteId = (JSON.parse(waiting ?? '[]') as Array<{ voteId: string }>)[0]?.voteId;
    expect(voteId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    // Reloaded while the Wi-Fi is still down: the vote is still waiting on the phone.
    await page.reload();
    await page.waitForSelector('[data-testid="vote-pending"]');
    await screenshot(page, 'publik-vote-waiting');
    line.blocked = false;
    await page.waitForSelector('[data-testid="vote-receipt"]', { timeout: 20_000 });
    const receipt = (await page.textContent('[data-testid="receipt-code"]'))?.trim();
    expect(await page.textContent('[data-testid="vote-receipt"]')).toContain('Suara Anda tercatat');
    expect(await page.evaluate(() => localStorage.getItem('panggung.vote.outbox'))).toBe('[]');
    await screenshot(page, 'publik-vote-receipt');

    // Counted once, for the entry chosen; the same vote id again gets the same receipt.
    const after = await org.waitFor((s) => turnout(s, category) === 1);
    const row = group(after, category)!.tally.find((r) => r.entryId === favourite.id);
    expect(row?.votes).toBe(1);
    const voter = await connect(t.url, 'voter', {});
    const again = await voter.call('vote:cast', {
      voteId: voteId!,
      ticket: codes[0]!,
      categoryId: category,
      entryId: favourite.id,
    });
    voter.close();
    expect(again.ok && again.data.duplicate).toBe(true);
    expect(again.ok ? again.data.receipt : '').toBe(receipt?.replace(/-/g, ''));
    await projectorTurnout(1);
    noForeignTraffic(watched);
    await context.close();
  });

  it('a voided ticket is refused in words, in Indonesian and in English', async () => {
    expectOk(await org.call('ticket:void', { code: codes[1]!, reason: 'kupon hilang' }));
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto(`${t.url}/publik?kupon=${codes[1]!}`);
    await page.waitForSelector('[data-testid="vote-refused"]');
    expect(await page.textContent('[data-testid="vote-refused"]')).toBe(
      errorMessages.TICKET_VOIDED.id,
    );
    await page.selectOption('.language-switch select', 'en');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="vote-refused"]')?.textContent === text,
      errorMessages.TICKET_VOIDED.en,
    );
    await screenshot(page, 'publik-vote-voided');
    await context.close();
  });

  it(`votes on the LAN name ${lanTestName} (no secure context, no crypto.randomUUID)`, async () => {
    const origin = `http://${lanTestName}:${t.server.port}`;
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    const watched = watchPage(page, origin);
    await page.goto(`${origin}/publik?kupon=${codes[2]!}`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
    await page.waitForSelector('[data-testid="voting"] .ventry');
    const entry = org.latest()!.entries.filter((e) => e.categoryId === category)[1]!;
    await voteFor(page, entry.code);
    await page.waitForSelector('[data-testid="vote-receipt"]');
    await org.waitFor((s) => turnout(s, category) === 2);
    await projectorTurnout(2);
    noForeignTraffic(watched);
    await context.close();
  });

  it('the projector reveals the favourite in the ceremony style once voting closed', async () => {
    expectOk(await org.call('voting:open', { categoryId: category, open: false }));
    const snap = await org.waitFor((s) => group(s, category)?.open === false);
    const top = group(snap, category)!.tally.filter((r) => r.rank === 1 && r.votes > 0);
    expect(top.length).toBeGreaterThan(0);
    expectOk(
      await org.call('favourite:reveal', {
        action: 'start',
        categoryId: category,
        screens: ['utama'],
      }),
    );
    await projector.waitForSelector('[data-testid="favourite-reveal"] [data-testid="drumroll"]');
    await projector.waitForSelector('[data-testid="favourite-spotlight"]', { timeout: 10_000 });
    const shown = await projector.textContent('[data-testid="favourite-spotlight"]');
    for (const r of top) {
      const e = snap.entries.find((x) => x.id === r.entryId)!;
      expect(shown).toContain(e.title);
    }
    await screenshot(projector, 'layar-voting-favourite');
  });
});
