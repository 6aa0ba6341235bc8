// The juror pad in real Chromium once an entry is locked: a sheet that waited offline is
// refused clearly, a locked sheet is read-only, English is remembered, sign-out forgets the
// session; the pad on a tablet with a fast clock, a small laptop and a phone.
// Needs the built pages (`npm run build:web`).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { newPage, screenshot } from '../helpers/browser.js';
import { padDeskForFile, type PadDesk } from '../helpers/pad-desk.js';
import { expectOk, type Client, type TestServer } from '../helpers/server.js';
import { scoreWithKeyboard, submitWithKeyboard, switchableLine } from './juror-pad-steps.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let juror: PadDesk['juror'];
padDeskForFile((desk) => ({ t, org, browser, juror } = desk));

// e001 on stage and open for scoring, as the first juror found it in juror-pad-join.
beforeAll(async () => {
  expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
  expectOk(await org.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));
  expectOk(await org.call('entry:transition', { entryId: 'e001', stageId, action: 'open' }));
});

describe('juror pad: a locked entry, languages and screen sizes', () => {
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
});
