// /publik on a phone whose localStorage is unusable, a standby paired after it opened, in
// real Chromium. Such a phone keeps its votes in memory, in this document only (vote-storage.ts:
// storage counts as lost once a write throws). Made unusable by Chromium itself: the origin's
// quota used up before the page opens, so every write is a QuotaExceededError, as Safari's
// private mode refused every write (a quota of zero). No script stands in for the browser.
// The phone, cut off from the server's voter socket (its screen socket still up), casts a
// vote that waits in memory, not on its way; a standby pairs, so the page wants to reload
// into a policy naming it (renderer/common/policy-reload.ts). It holds, check after check,
// with the vote shown waiting; the voter socket comes back, the server stores the vote, and
// only then does the page reload. The hold's rule: voteHoldsReload in
// test/renderer/voting-logic.test.ts; the in-flight case with storage:
// standby-late-pairing-publik.test.ts. Needs the built pages.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPagesBuilt, launchBrowser, newPage } from '../helpers/browser.js';
import { laptopsOf, markLoaded, pairStandby, reloadedFor } from '../helpers/late-pairing.js';
import { socketRelay } from '../helpers/socket-relay.js';
import {
  connect,
  expectOk,
  lanBrowserArgs,
  onLan,
  removeDir,
  startTestServer,
} from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';

let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  assertPagesBuilt('publik');
  browser = await launchBrowser(lanBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
  dirs.forEach(removeDir);
});

/** Fills the origin's localStorage until Chromium refuses even one more character; returns
 *  what a small write meets then. */
const useUpStorage = (): string => {
  let size = 1 << 22;
  for (let i = 0; size >= 1;) {
    try {
      localStorage.setItem(`fill-${i}`, 'x'.repeat(size));
      i++;
    } catch {
      size = Math.floor(size / 2);
    }
  }
  try {
    localStorage.setItem('panggung.vote.ticket', '"probe"');
    return 'written';
  } catch (e) {
    return (e as DOMException).name;
  }
};

const loadedBefore = () => (window as { loadedBefore?: boolean }).loadedBefore === true;

describe('/publik voting without usable storage, a standby paired after it opened', () => {
  it('holds the reload while a vote waits in memory, and reloads once the server stored it', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const snap = await org.waitFor(() => true);
    expectOk(await org.call('release:set', { privacy: 'live' }));
    const { codes, categoryId, entryIds } = await openVoting(org, 1, ['opd']);
    const entry = snap.entries.find((e) => e.id === entryIds[0])!;

    // The phone's origin (the primary's LAN name): its storage used up before the page opens.
    const { context, page: phone } = await newPage(browser, { width: 390, height: 844 });
    const relay = await socketRelay(context);
    await phone.goto(`${onLan(primary.url)}/api/health`);
    expect(await phone.evaluate(useUpStorage)).toBe('QuotaExceededError');
    await phone.goto(`${onLan(primary.url)}/publik?kupon=${codes[0]!}`);
    await phone.waitForSelector(`button[data-entry="${entry.code}"]`);
    // The page says its votes are not kept on the phone.
    await phone.waitForSelector('.vote__warn');
    const before = await laptopsOf(phone);
    expect(before.split(' ')).toHaveLength(1);
    await markLoaded(phone);

    // The voter socket drops and cannot rejoin (the server's namespace answer held back).
    const rejoin = relay.gate((f) => f.startsWith('40/voter,'));
    relay.cut('/voter');
    await phone.waitForSelector('[data-testid="voting"] .publik__stale');
    await phone.click(`button[data-entry="${entry.code}"]`);
    await phone.click('[data-testid="vote-send"]');
    await phone.waitForSelector('[data-testid="vote-pending"]');
    // In memory only: nothing reached localStorage.
    expect(await phone.evaluate(() => localStorage.getItem('panggung.vote.outbox'))).toBeNull();

    // A standby pairs: the screen socket hears of it, the page wants to reload, and holds.
    const { standbyOrigin } = await pairStandby(primary, org, before, dirs);
    // Ends at the 3rd check that found the page busy, or at once if it reloaded instead.
    await phone.waitForFunction(
      () =>
        (window as { loadedBefore?: boolean }).loadedBefore !== true ||
        Number(document.documentElement.dataset.policyReloadHeld ?? 0) >= 3,
      undefined,
      { timeout: 20_000 },
    );
    expect(await phone.evaluate(loadedBefore)).toBe(true);
    expect(await phone.isVisible('[data-testid="vote-pending"]')).toBe(true);

    // The voter socket rejoins; the server stores the vote (its answer held back on the way).
    const answer = relay.gate((f) => f.startsWith('43/voter,') && f.includes('"duplicate"'));
    rejoin.open();
    await answer.caught;
    const group = expectOk(await org.call('voting:tally', {})).find(
      (g) => g.categoryId === categoryId,
    )!;
    expect(group.turnout).toBe(1);
    expect(group.tally.find((r) => r.entryId === entry.id)?.votes).toBe(1);
    // Stored on the server, not yet answered on the phone: still the same document.
    expect(await phone.evaluate(loadedBefore)).toBe(true);

    // The answer arrives: now the page reloads into a policy naming the standby, and the
    // ballot it fetches shows the vote that counted.
    answer.open();
    await reloadedFor(phone, standbyOrigin);
    expect(
      await phone.evaluate(() => JSON.parse(sessionStorage.getItem('panggung.policy-reloads')!)),
    ).toEqual([standbyOrigin]);
    await phone.waitForSelector(`[data-testid="vote-receipt"] .chip:text-is("${entry.code}")`);
    org.close();
  }, 120_000);
});
