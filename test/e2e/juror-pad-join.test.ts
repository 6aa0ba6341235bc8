// The juror pad in real Chromium against a real venue server: join by QR link and by PIN,
// score with the keyboard only, survive a network cut between commit and ack, and work on
// a non-secure origin. Needs the built pages (`npm run build:web`; `npm test` builds first).
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { launchBrowser, newPage, screenshot, watchPage } from '../helpers/browser.js';
import { padDeskForFile, type PadDesk } from '../helpers/pad-desk.js';
import {
  connect,
  expectOk,
  startTestServer,
  type Client,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';
import {
  expectedTotal,
  expectedValues,
  noForeignTraffic,
  scoreWithKeyboard,
  submitWithKeyboard,
  switchableLine,
} from './juror-pad-steps.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let snap0: OrganizerSnapshot;
let browser: Browser;
let juror: PadDesk['juror'];
padDeskForFile((desk) => ({ t, org, snap0, browser, juror } = desk));
// The restart test replaces the server (same folder): stop the one running before the
// desk's own cleanup removes the folder (after-hooks unwind as a stack).
afterAll(() => t?.stop());

describe('juror pad: joining and scoring', () => {
  it('joins by QR link, follows the stage, scores by keyboard only; the organizer sees the sheet', async () => {
    const a1 = juror('j-a1');
    const { context, page } = await newPage(browser);
    const w = watchPage(page, t.url);
    const screen = await connect(t.url, 'screen', { name: 'utama' });

    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    expectOk(await org.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));

    await page.goto(`${t.url}/juri#token=${a1.token}`);
    await page.waitForSelector('[data-testid="juror-name"]');
    expect(await page.textContent('[data-testid="juror-name"]')).toBe(a1.name);
    // The token leaves the address bar and is kept for reloads.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('panggung.juri.session'))).toContain(
      a1.token,
    );
    // The pad follows the panel: the presenting entry is open, with the server-timed countdown.
    await page.waitForSelector('[data-testid="sheet"][data-entry="e001"]');
    const timer = await page.textContent('[data-testid="sheet"] [data-testid="timer"]');
    expect(timer).toMatch(/^[67]:\d\d$/);
    await screenshot(page, 'juri-presenting');

    // Reload: still signed in.
    await page.reload();
    await page.waitForSelector('[data-testid="sheet"][data-entry="e001"]');

    expectOk(await org.call('entry:transition', { entryId: 'e001', stageId, action: 'open' }));
    await page.waitForSelector('[data-testid="submit"]');
    await scoreWithKeyboard(page, 'Inovasi yang kuat');
    expect(await page.getAttribute('[data-testid="total"]', 'data-complete')).toBe('true');
    expect(await page.textContent('[data-testid="total"]')).toContain('78,25');
    await screenshot(page, 'juri-sheet-complete');

    await submitWithKeyboard(page, 'juri-confirm');
    await page.waitForSelector('[data-testid="sheet-state"] [data-state="received"]');
    await page.waitForSelector('[data-testid="outbox-count"][data-count="0"]');
    await page.waitForSelector('[data-entry="e001"][data-status="submitted"]');
    await screenshot(page, 'juri-received');

    const seen = await org.waitFor(
      (s) => s.progress[stageId]?.['e001']?.['j-a1'] === 'submitted',
      10_000,
    );
    const onScreen = await screen.waitFor(
      (s) =>
        s.leaderboard?.categories.some((c) =>
          c.rows.some((r) => r.entry.id === 'e001' && r.scoreMicro !== null),
        ) ?? false,
      10_000,
    );
    expect(
      onScreen.leaderboard?.categories.flatMap((c) => c.rows).find((r) => r.entry.id === 'e001')
        ?.scoreMicro,
    ).toBe(expectedTotal);
    screen.close();
    const row = seen.standings[stageId]?.overall.find((r) => r.entryId === 'e001');
    expect(row).toMatchObject({ rawMicro: expectedTotal, sheetCount: 1 });
    const history = expectOk(
      await org.call('sheet:history', { jurorId: 'j-a1', entryId: 'e001', stageId }),
    );
    const submitted = history.filter((h) => h.status === 'submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.values).toEqual(expectedValues);
    expect(submitted[0]?.comment).toBe('Inovasi yang kuat');

    // A revision until the lock: the edit is flagged as not sent, then submitted as version 2.
    await page.fill('#crit-kebaruan-input', '9');
    await page.waitForSelector('[data-testid="sheet-state"] [data-state="unsent"]');
    expect(await page.textContent('[data-testid="total"]')).toContain('81,25');
    await submitWithKeyboard(page);
    await page.waitForSelector('[data-testid="sheet-state"] [data-state="received"]');
    const revised = expectOk(
      await org.call('sheet:history', { jurorId: 'j-a1', entryId: 'e001', stageId }),
    );
    expect(revised.filter((h) => h.status === 'submitted').map((h) => h.values.kebaruan)).toEqual([
      800, 900,
    ]);
    noForeignTraffic(w);
    await context.close();
  });

  it('joins by PIN (a wrong PIN is refused clearly); a sheet cut off before its ack is kept, re-sent and stored once', async () => {
    const a2 = juror('j-a2');
    const { context, page } = await newPage(browser);
    const w = watchPage(page, t.url);
    const line = await switchableLine(context);

    await page.goto(`${t.url}/juri`);
    await page.waitForSelector('input[name="pin"]');
    await screenshot(page, 'juri-join');
    const wrong =
      ['000000', '999999', '123456'].find((p) => !snap0.jurors.some((j) => j.pin === p)) ??
      '000001';
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="alert"][data-error="UNAUTHORIZED"]');
    // In the juror's terms: a PIN, never the organizer's "key" ("kunci").
    const refusal = (await page.textContent('[role="alert"]')) ?? '';
    expect(refusal).toContain('PIN ini tidak dikenal');
    expect(refusal).not.toMatch(/kunci/i);
    await screenshot(page, 'juri-join-error');

    await page.fill('input[name="pin"]', a2.pin);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="sheet"][data-entry="e001"]');
    expect(await page.textContent('[data-testid="juror-name"]')).toBe(a2.name);
    // Recused entries never appear: j-a2 has a conflict with one panel-A institution.
    const listed = await page.$$eval('.entry-item', (els) =>
      els.map((e) => e.getAttribute('data-entry')),
    );
    const recused = snap0.entries
      .filter((e) => e.panelId === 'panel-a' && a2.conflictInstitutions.includes(e.institution))
      .map((e) => e.id);
    expect(recused.length).toBeGreaterThan(0);
    expect(listed.length).toBe(
      snap0.entries.filter((e) => e.panelId === 'panel-a').length - recused.length,
    );
    for (const id of recused) expect(listed).not.toContain(id);
    // Joined by PIN, the pad keeps the juror's token to rejoin after a reload.
    expect(await page.evaluate(() => localStorage.getItem('panggung.juri.session'))).toContain(
      a2.token,
    );

    await scoreWithKeyboard(page, 'Dicatat saat Wi-Fi putus');
    line.cutAfterSaveAck = true;
    await submitWithKeyboard(page);
    await line.cut;
    // The server committed and answered, the answer never arrived: the pad must not say "received".
    await page.waitForSelector('[data-testid="outbox-count"][data-count="1"]');
    await page.waitForSelector('[data-testid="sheet-state"] [data-state="waiting"]');
    await page.waitForSelector('[data-entry="e001"][data-status="waiting"]');
    await page.waitForSelector('[data-connection="offline"], [data-connection="connecting"]');
    await screenshot(page, 'juri-offline-waiting');

    // A reload while the line is still down keeps the outbox (IndexedDB) and the last snapshot.
    await page.reload();
    await page.waitForSelector('[data-testid="outbox-count"][data-count="1"]');
    await page.waitForSelector('[data-entry="e001"][data-status="waiting"]');

    // The server goes away and comes back on the same folder and port.
    const port = t.server.port;
    await t.stop();
    t = await startTestServer({ dataDir: t.dataDir, port, forFile: true });
    line.blocked = false;

    await page.waitForSelector('[data-connection="online"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="outbox-count"][data-count="0"]', { timeout: 20_000 });
    // The re-sent submission id was already stored: the server says duplicate, stores nothing.
    await page.waitForSelector(
      '[data-testid="sheet-state"] [data-state="received"][data-duplicate="true"]',
    );
    await page.waitForSelector('[data-entry="e001"][data-status="submitted"]');

    const history = expectOk(
      await org.call('sheet:history', { jurorId: 'j-a2', entryId: 'e001', stageId }),
    );
    const submitted = history.filter((h) => h.status === 'submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.values).toEqual(expectedValues);
    const seen = await org.waitFor(
      (s) => s.progress[stageId]?.['e001']?.['j-a2'] === 'submitted',
      10_000,
    );
    expect(seen.standings[stageId]?.overall.find((r) => r.entryId === 'e001')?.sheetCount).toBe(2);
    expect(w.foreignRequests).toEqual([]);
    await context.close();
  });

  it('works on a non-loopback name (no secure context): join by QR link and submit', async () => {
    const a3 = juror('j-a3');
    const lan = await launchBrowser(lanBrowserArgs);
    try {
      const { page } = await newPage(lan);
      const origin = `http://panggung.test:${t.server.port}`;
      const w = watchPage(page, origin);
      await page.goto(`${origin}/juri#token=${a3.token}`);
      await page.waitForSelector('[data-testid="sheet"][data-entry="e001"]');
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
      await scoreWithKeyboard(page, 'Dari alamat LAN');
      // Drafts go to the server as the juror pauses, and survive a reload.
      await org.waitFor((s) => s.progress[stageId]?.['e001']?.['j-a3'] === 'draft', 10_000);
      await page.reload();
      await page.waitForSelector('[data-entry="e001"][data-status="draft"]');
      expect(await page.inputValue('#crit-kemanfaatan-input')).toBe('7,5');
      expect(await page.inputValue('#sheet-comment')).toBe('Dari alamat LAN');
      await submitWithKeyboard(page);
      await page.waitForSelector('[data-testid="sheet-state"] [data-state="received"]');
      const history = expectOk(
        await org.call('sheet:history', { jurorId: 'j-a3', entryId: 'e001', stageId }),
      );
      expect(history.filter((h) => h.status === 'submitted')).toHaveLength(1);
      noForeignTraffic(w);
    } finally {
      await lan.close();
    }
  });
});
