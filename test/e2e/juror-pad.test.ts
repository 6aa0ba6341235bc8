// The juror pad in real Chromium against a real venue server: join by QR link and by PIN,
// score with the keyboard only, survive a network cut between commit and ack, and work on
// a non-secure origin. Needs the built pages (`npm run build:web`; `npm test` builds first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
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
  type Client,
  type TestServer,
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

beforeAll(async () => {
  assertPagesBuilt('juri');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey }, { reconnection: true });
  snap0 = await org.waitFor(() => true);
  // The screen check below needs live scores (a new festival shows progress only).
  expectOk(await org.call('release:set', { privacy: 'live' }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

const juror = (id: string) => {
  const j = snap0.jurors.find((x) => x.id === id);
  if (!j) throw new Error(`no juror ${id}`);
  return j;
};

describe('juror pad', () => {
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
    const lan = await launchBrowser(['--host-resolver-rules=MAP panggung.test 127.0.0.1']);
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

  it('a sheet that waited offline while the entry was locked is refused clearly; locked is read-only; English; sign-out', async () => {
    const a4 = juror('j-a4');
    const { context, page } = await newPage(browser);
    const line = await switchableLine(context);
    await page.goto(`${t.url}/juri#token=${a4.token}`);
    await page.waitForSelector('[data-testid="sheet"][data-entry="e001"]');
    await scoreWithKeyboard(page, 'Terlambat');
    line.cutNow(); // the Wi-Fi drops before the juror presses submit
    await page.waitForSelector('[data-connection="offline"], [data-connection="connecting"]');
    await submitWithKeyboard(page);
    await page.waitForSelector('[data-testid="outbox-count"][data-count="1"]');

    // The organizer locks without the offline juror's sheet: a reason names the gap.
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId,
        action: 'lock',
        reason: 'Waktu penilaian habis',
      }),
    );
    line.blocked = false;
    // Back online: the server refuses the late sheet for good (LOCKED); it leaves the outbox
    // and the juror is told plainly, instead of "waiting" forever or a silent loss.
    await page.waitForSelector('[data-testid="rejection"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="outbox-count"][data-count="0"]');
    expect(await page.textContent('[data-testid="rejection"]')).toContain(
      'Penilaian inovasi ini sudah dikunci.',
    );
    await page.waitForSelector('[data-testid="locked-reason"]');
    await screenshot(page, 'juri-rejected-locked');
    const history = expectOk(
      await org.call('sheet:history', { jurorId: 'j-a4', entryId: 'e001', stageId }),
    );
    expect(history.filter((h) => h.status === 'submitted')).toHaveLength(0);
    await context.close();

    const a1 = juror('j-a1');
    const second = await newPage(browser);
    const p1 = second.page;
    await p1.goto(`${t.url}/juri#token=${a1.token}`);
    await p1.waitForSelector('[data-testid="locked-reason"]');
    await p1.waitForSelector('[data-entry="e001"][data-status="locked"]');
    expect(await p1.isDisabled('#crit-kebaruan-input')).toBe(true);
    expect(await p1.$('[data-testid="submit"]')).toBeNull();
    await screenshot(p1, 'juri-locked');

    // Another entry, not scored yet, opened from the list; then English, remembered.
    await p1.click('[data-entry="e002"]');
    await p1.waitForSelector('[data-testid="sheet"][data-entry="e002"]');
    await p1.selectOption('.pad-header select', 'en');
    await p1.waitForSelector('text=Entries');
    await screenshot(p1, 'juri-english-queued');
    await p1.reload();
    await p1.waitForSelector('text=Entries');
    expect(await p1.evaluate(() => document.documentElement.lang)).toBe('en');

    // Sign-out asks once, then forgets the session on this device.
    await p1.click('text=Sign out');
    await p1.click('.dialog .btn--danger');
    await p1.waitForSelector('input[name="pin"]');
    expect(await p1.evaluate(() => localStorage.getItem('panggung.juri.session'))).toBeNull();
    await second.context.close();

    // A tablet whose clock is an hour fast: the countdown still follows the server's clock.
    const tablet = await newPage(browser, { width: 768, height: 1024 });
    await tablet.page.addInitScript(() => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + 3_600_000;
    });
    await tablet.page.goto(`${t.url}/juri#token=${a1.token}`);
    await tablet.page.waitForSelector('[data-testid="sheet"][data-entry="e001"]');
    // The organizer moves the stage on: the pad follows without a touch. (Locking e001
    // stopped its clock for good, so the next entry's presentation starts a new one.)
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e002' }));
    expectOk(await org.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));
    await tablet.page.waitForSelector('[data-testid="sheet"][data-entry="e002"]');
    expect(
      await tablet.page.textContent('[data-testid="now-presenting"] [data-testid="timer"]'),
    ).toMatch(/^[0-7]:\d\d$/);
    await screenshot(tablet.page, 'juri-tablet-portrait');
    await tablet.context.close();
    // The smallest laptop screen the hall sees.
    const small = await newPage(browser, { width: 1280, height: 720 });
    await small.page.goto(`${t.url}/juri#token=${a1.token}`);
    await small.page.waitForSelector('[data-testid="sheet"][data-entry="e002"]');
    await screenshot(small.page, 'juri-1280x720');
    await small.context.close();
    // A phone (390x844): scoring open, the first score field in view, every touch target
    // at least 44 px; the PIN typed as printed, in groups with spaces.
    const phone = await newPage(browser, { width: 390, height: 844 });
    await phone.page.goto(`${t.url}/juri`);
    await phone.page.waitForSelector('input[name="pin"]');
    await phone.page.fill('input[name="pin"]', a1.pin.replace(/(...)(?=.)/g, '$1 '));
    await phone.page.keyboard.press('Enter');
    await phone.page.waitForSelector('[data-testid="sheet"][data-entry="e002"]');
    if ((await org.waitFor(() => true)).phases[stageId]?.e002 !== 'scoring')
      expectOk(await org.call('entry:transition', { entryId: 'e002', stageId, action: 'open' }));
    const field = phone.page.locator('[data-testid="sheet"] input[inputmode="decimal"]').first();
    await field.waitFor();
    await screenshot(phone.page, 'juri-phone-390x844');
    await phone.page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="sheet"] input[inputmode="decimal"]');
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    const small44 = await phone.page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '[data-testid="sheet"] button, [data-testid="sheet"] input, [data-testid="sheet"] [role="slider"], [data-testid="sheet"] textarea',
        ),
      ]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { what: el.outerHTML.slice(0, 80), w: r.width, h: r.height };
        })
        .filter((r) => r.w < 44 || r.h < 44),
    );
    expect(small44).toEqual([]);
    // The slider spans the card, not a sliver beside the number box.
    const slider = await phone.page
      .locator('[data-testid="sheet"] input[type="range"]')
      .first()
      .boundingBox();
    expect(slider!.width).toBeGreaterThan(390 * 0.6);
    await phone.context.close();
  });

  it('repeated wrong PINs are throttled with a clear message', async () => {
    // A server of its own: throttling is per address and would lock out the other tests.
    const own = await startTestServer();
    const { context, page } = await newPage(browser);
    try {
      await page.goto(`${own.url}/juri`);
      const codes: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.fill('input[name="pin"]', '00000000');
        await page.keyboard.press('Enter');
        const alert = await page.waitForSelector('[role="alert"][data-error]');
        codes.push((await alert.getAttribute('data-error')) ?? '');
        if (codes.at(-1) === 'THROTTLED') break;
        await page.waitForSelector('button[type="submit"]:not([disabled])');
      }
      expect(codes.at(-1)).toBe('THROTTLED');
      expect(await page.textContent('[role="alert"]')).toBe(
        'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
      );
      await screenshot(page, 'juri-join-throttled');
    } finally {
      await context.close();
      await own.stop();
      removeDir(own.dataDir);
    }
  });

  it('a code revoked mid-session sends the pad back to the join screen with the reason', async () => {
    const b1 = juror('j-b1');
    const { context, page } = await newPage(browser);
    await page.goto(`${t.url}/juri#token=${b1.token}`);
    await page.waitForSelector('[data-testid="juror-name"]');
    expectOk(await org.call('juror:code', { jurorId: 'j-b1', action: 'revoke' }));
    await page.waitForSelector('[role="alert"][data-error="REVOKED"]', { timeout: 15_000 });
    expect(await page.textContent('[role="alert"]')).toBe(
      'Kode akses ini sudah dicabut. Hubungi panitia.',
    );
    expect(await page.evaluate(() => localStorage.getItem('panggung.juri.session'))).toBeNull();
    await context.close();
  });
});
