// /publik through a standby paired AFTER it opened, in real Chromium: the audience page and
// a voting phone load from the primary, whose policy names the primary only; a standby
// pairs. Both reload themselves from the primary into a policy naming the standby
// (renderer/common/policy-reload.ts); the phone, hearing of the standby while its vote is
// on its way (the server's answer held back by the test), holds until the answer comes,
// then reloads with its receipt (localStorage). Then the primary dies and the standby takes
// over: the audience page shows what only the standby knows (the entry it put on stage),
// with no reload by a person. The hold's rule: voteHoldsReload in
// test/renderer/voting-logic.test.ts. Helpers shared with standby-late-pairing.test.ts
// (test/helpers/late-pairing.ts). Needs the built pages.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPagesBuilt, launchBrowser, newPage, screenshot } from '../helpers/browser.js';
import { laptopsOf, markLoaded, pairStandby, reloadedFor } from '../helpers/late-pairing.js';
import { frameGates } from '../helpers/socket-relay.js';
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

describe('/publik with a standby paired after it opened', () => {
  it('the audience page and a voting phone reload into a policy naming it, and the audience page follows the take-over', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const snap = await org.waitFor(() => true);
    expectOk(await org.call('release:set', { privacy: 'live' }));
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    const { codes, entryIds } = await openVoting(org, 1, ['opd']);
    const onStage = (id: string) => snap.entries.find((e) => e.id === id)!;
    const next = onStage(
      entryIds.find((id) => id !== 'e001' && onStage(id).panelId === 'panel-a')!,
    );

    // Pages open on the primary's LAN name, before any standby: their policy names one laptop.
    const { page: audience } = await newPage(browser, { width: 390, height: 844 });
    await audience.goto(`${onLan(primary.url)}/publik`);
    await audience.waitForSelector('.pcard[data-panel="panel-a"] .pcard__title');
    expect(await audience.textContent('.pcard[data-panel="panel-a"] .pcard__title')).toBe(
      onStage('e001').title,
    );
    const before = await laptopsOf(audience);
    expect(before.split(' ')).toHaveLength(1);
    // A voting phone, its ticket scanned.
    const { context, page: phone } = await newPage(browser, { width: 390, height: 844 });
    const gate = await frameGates(context);
    await phone.goto(`${onLan(primary.url)}/publik?kupon=${codes[0]!}`);
    await phone.waitForSelector(`button[data-entry="${onStage('e001').code}"]`);
    for (const p of [audience, phone]) await markLoaded(p);

    // The phone hears of the standby (its screen frames held back until then) while its vote
    // is on its way (the server's answer held back): it wants to reload, and holds.
    const screenFrames = gate((f) => f.includes('/screen,'));
    const voteAnswer = gate((f) => f.startsWith('43/voter,') && f.includes('"duplicate"'));
    const { standby, standbyOrigin } = await pairStandby(primary, org, before, dirs);
    await phone.click(`button[data-entry="${onStage('e001').code}"]`);
    await phone.click('[data-testid="vote-send"]');
    await phone.waitForSelector('[data-testid="vote-pending"]');
    screenFrames.open();
    await phone.waitForSelector('html[data-policy-reload-held]', { timeout: 10_000 });
    expect(await phone.evaluate(() => (window as { loadedBefore?: boolean }).loadedBefore)).toBe(
      true,
    );
    // The answer arrives: the receipt is kept, then the phone reloads.
    voteAnswer.open();
    await phone.waitForSelector('[data-testid="vote-receipt"]');
    const receipt = await phone.textContent('[data-testid="receipt-code"]');

    // Both reload by themselves into a policy naming the standby, once per set of laptops.
    for (const p of [audience, phone]) {
      await reloadedFor(p, standbyOrigin);
      expect(
        await p.evaluate(() => JSON.parse(sessionStorage.getItem('panggung.policy-reloads')!)),
      ).toEqual([standbyOrigin]);
    }
    await audience.waitForSelector('[data-version]:not([data-version="0"])');
    // The phone's voting view came back with its receipt (kept on the phone) and no vote waiting.
    await phone.waitForSelector('[data-testid="vote-receipt"]');
    expect(await phone.textContent('[data-testid="receipt-code"]')).toBe(receipt);
    expect(await phone.evaluate(() => localStorage.getItem('panggung.vote.outbox'))).toBe('[]');

    // The primary dies; a person takes over on the standby and puts the next entry on stage.
    org.close();
    await primary.stop();
    const sDesk = await connect(standby.url, 'organizer', { key: standby.server.organizerKey });
    expectOk(await sDesk.call('standby:takeover', { confirm: true }));
    expectOk(await sDesk.call('panel:present', { panelId: 'panel-a', entryId: next.id }));
    // Known to the standby only: the audience page reached it by itself.
    await audience.waitForSelector(
      `.pcard[data-panel="panel-a"] .pcard__title:text-is(${JSON.stringify(next.title)})`,
      { timeout: 30_000 },
    );
    await sDesk.waitFor((s) =>
      s.clients.some((c) => c.kind === 'screen' && c.name === 'publik' && c.online),
    );
    await screenshot(audience, 'standby-late-pairing-publik-followed', { fullPage: true });
    sDesk.close();
  }, 150_000);
});
