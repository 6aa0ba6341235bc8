// The organizer desk's feedback controls in real Chromium on the 67-entry demo festival
// scored over real sockets (test/helpers/scored-desk.ts, one entry left unlocked): a juror's
// note approved on the desk, the feedback sheets previewed in a frame and printed from it,
// and one sheet as printed. The sheets themselves: feedback-sheets.test.ts.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, watchPage } from '../helpers/browser.js';
import { expectOk, type Client, type TestServer } from '../helpers/server.js';
import { scoredDeskForFile } from '../helpers/scored-desk.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;

scoredDeskForFile(
  { stageId, leaveUnlocked: ['OPD-25'], tmpPrefix: 'panggung-feedback-desk-' },
  (desk) => ({ t, org, browser } = desk),
);

describe('the desk: approval control and feedback preview', () => {
  it('approves a juror note on the desk, previews the sheets and prints from the frame', async () => {
    const { context, page } = await newPage(browser, { height: 900 });
    const watched = watchPage(page, t.url);
    await page.goto(`${t.url}/panitia#/results/publish`);
    await page.fill('input[name="organizer-key"]', t.server.organizerKey);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="pub-comments"] tbody tr');
    expect(await page.innerText('.pub-provisional')).toContain('1 inovasi');
    const before = expectOk(await org.call('comments:list', { stageId }));
    const pending = before.find((r) => r.release === null)!;
    const entry = org.latest()!.entries.find((e) => e.id === pending.entryId)!;
    const juror = org.latest()!.jurors.find((j) => j.id === pending.jurorId)!;
    const area = page.getByLabel(`Teks yang dipublikasikan ${entry.code} ${juror.name}`);
    await area.fill('Disetujui di meja panitia.');
    await page.getByLabel(`Setujui catatan ${juror.name} untuk ${entry.code}`).click();
    await expect
      .poll(
        async () =>
          expectOk(await org.call('comments:list', { stageId })).find(
            (r) => r.entryId === pending.entryId && r.jurorId === pending.jurorId,
          )?.release?.publicText,
      )
      .toBe('Disetujui di meja panitia.');
    await page
      .locator(`[data-comment="${pending.entryId}/${pending.jurorId}"] .badge--success`)
      .waitFor();
    await screenshot(page, 'panitia-publish-comments');

    await page.selectOption('select[name="feedback-institution"]', entry.institution);
    await page.click('[data-testid="feedback-show"]');
    const frame = page.frameLocator('[data-testid="feedback-frame"]');
    await frame.locator(`[data-entry="${entry.code}"]`).waitFor();
    expect(await frame.locator(`[data-entry="${entry.code}"]`).innerText()).toContain(
      'Disetujui di meja panitia.',
    );
    await page.locator('[data-testid="feedback-frame"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-publish-feedback');
    // The print button prints the frame's document: its window's print() is what runs.
    await page.evaluate(() => {
      const w = (document.querySelector('[data-testid="feedback-frame"]') as HTMLIFrameElement)
        .contentWindow as Window & { printed?: number };
      w.print = () => {
        w.printed = (w.printed ?? 0) + 1;
      };
    });
    await page.click('[data-testid="feedback-print"]');
    expect(
      await page.evaluate(
        () =>
          (
            (document.querySelector('[data-testid="feedback-frame"]') as HTMLIFrameElement)
              .contentWindow as Window & { printed?: number }
          ).printed,
      ),
    ).toBe(1);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();

    // The sheet itself, as printed: one A4 page.
    const { html } = expectOk(
      await org.call('feedback:html', { stageId, lng: 'id', institution: entry.institution }),
    );
    const a4 = await newPage(browser, { width: 794, height: 1123 });
    await a4.page.setContent(html, { waitUntil: 'load' });
    await a4.page.emulateMedia({ media: 'print' });
    await screenshot(a4.page, 'feedback-sheet');
    await a4.context.close();
  });
});
