// The organizer desk after a festival day on panel A (scored over the sockets,
// test/helpers/live-desk.ts) in real Chromium: a screen switched and a reveal started with a
// stealth preview, and a restore from a backup giving the same standings.
// Screenshots under docs/screenshots/panitia-*.png. Needs the built pages.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { fmt, liveDeskForFile, STAGE } from '../helpers/live-desk.js';
import { expectOk, submissionId, type Client } from '../helpers/server.js';
import { socketRelay, type SocketRelay } from '../helpers/socket-relay.js';

const d = liveDeskForFile({ scored: true, tmpPrefix: 'panggung-live-screens-' });
let org: Client<'organizer'>;
let page: Page;
let screen: Client<'screen'>;
let relay: SocketRelay;
// The day was scored over the sockets; the desk page signs in as the organizer does.
beforeAll(async () => {
  ({ org, page, screen } = d);
  relay = await socketRelay(page.context());
  await d.signIn();
});
const { criteria, day, sheets, expectedHundredths, go } = d;

describe('organizer desk: screens and backups after the day', () => {
  it("switches a screen's mode and starts a reveal with a stealth preview", async () => {
    await go('live', 'screens');
    await page.waitForSelector('[data-screen="utama"]');
    await page.selectOption('select[name="mode-utama"]', 'reveal');
    await screen.waitFor((s) => s.screen.mode === 'reveal');
    await page.selectOption('select[name="reveal-category"]', 'opd');
    await page.fill('input[name="reveal-places"]', '3');
    await page.click('[data-testid="reveal-start"]');
    // OPD is not all locked: refused, naming the entries, until confirmed with a reason.
    await page.waitForSelector('[data-testid="reason-items"] li');
    expect(org.latest()!.release.reveal).toBeNull();
    await page.fill('textarea[name="confirm-reason"]', 'Uji coba upacara sebelum final');
    await page.click('[data-testid="reason-confirm"]');
    await org.waitFor((s) => s.release.reveal?.places === 3 && s.release.reveal.provisional);
    await page.waitForSelector('[data-testid="reveal-provisional-badge"]');
    expect(await page.locator('[data-testid="stealth-preview"] tbody tr').count()).toBe(3);
    const started = await screen.waitFor((s) => s.reveal !== null);
    expect(started.reveal!.rows).toHaveLength(0);
    expect(started.reveal!.provisional).toBe(true);
    await page.click('[data-testid="reveal-next"]');
    const shown = await screen.waitFor((s) => typeof s.reveal?.revealedPlace === 'number');
    const place = shown.reveal!.revealedPlace!;
    expect(shown.reveal!.rows.every((r) => (r.rank ?? 0) >= place)).toBe(true);
    await page.locator('[data-testid="stealth-preview"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-live-screens');
    // Privacy and the ticker reach the screens. The answer to the privacy is held back: a
    // message typed and sent with Enter meanwhile still goes out (it once did not: the
    // form's button was disabled while the privacy waited, and Enter did nothing).
    const answers = relay.gate((frame) => frame.startsWith('43/organizer,'));
    try {
      await page.click('[data-privacy="hidden"]');
      await answers.caught;
      await screen.waitFor((s) => s.privacy === 'hidden');
      await page.fill('input[name="ticker"]', 'Istirahat 15 menit');
      await page.keyboard.press('Enter');
      await screen.waitFor((s) => s.message === 'Istirahat 15 menit');
    } finally {
      answers.open();
    }
    // The reveal ends.
    await page.click('button:has-text("Selesai")');
    await screen.waitFor((s) => s.reveal === null);
  });

  it('restores a backup through the page and gets the same standings', async () => {
    const before = expectOk(await org.call('results:get', {})).stages[0]!.standings.overall.map(
      (r) => [r.entryId, r.scoreMicro, r.rank],
    );
    await go('results', 'backups');
    await page.click('[data-testid="backup-now"]');
    await page.waitForSelector('[data-testid="backup-note"]');
    const file = /panggung-[\w.-]+\.db/.exec(
      await page.locator('[data-testid="backup-note"]').innerText(),
    )![0];
    // A change after the backup: a correction on another entry.
    const entry = day[2]!;
    const [jurorId, values] = [...sheets.get(entry.id)!.entries()][0]!;
    expectOk(
      await org.call('sheet:correct', {
        submissionId: submissionId(),
        jurorId,
        entryId: entry.id,
        stageId: STAGE,
        values: { ...values, [criteria[1]!.id]: 100 },
        comment: '',
        reason: 'uji pemulihan',
      }),
    );
    const changed = expectOk(await org.call('results:get', {})).stages[0]!.standings.overall.map(
      (r) => [r.entryId, r.scoreMicro, r.rank],
    );
    expect(changed).not.toEqual(before);
    await screenshot(page, 'panitia-results-backups');
    await page.click(`[aria-label="Pulihkan ${file}"]`);
    await page.waitForSelector('dialog[open]');
    await page.click('[data-testid="restore-confirm"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="backup-note"]')?.textContent?.startsWith('Dipulihkan'),
    );
    const after = expectOk(await org.call('results:get', {})).stages[0]!.standings.overall.map(
      (r) => [r.entryId, r.scoreMicro, r.rank],
    );
    expect(after).toEqual(before);
    await go('results', 'standings');
    await page.click('[data-view="opd"]');
    const raw = await page
      .locator(`[data-testid="standings"] tr[data-entry="${entry.code}"] [data-testid="raw"]`)
      .innerText();
    expect(raw).toBe(fmt(expectedHundredths(entry.id)!));
  });
});
