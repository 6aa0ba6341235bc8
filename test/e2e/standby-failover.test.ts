// Hot standby in real Chromium: a juror pad and a screen opened on the primary by its LAN
// name (lanTestName), a standby attached before they opened. The primary dies; the juror
// submits anyway (the sheet waits in the pad's outbox); "Ambil alih" on the standby's desk
// (its banner, then the confirmation); the pad finds the standby by itself and its sheet is
// stored there exactly once; the screen shows the standby's standings. The old primary,
// restarted on its folder, shows that it was replaced. Needs the built pages.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { assertPagesBuilt, launchBrowser, newPage, screenshot } from '../helpers/browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  tempDir,
  type TestServer,
  lanBrowserArgs,
  onLan,
} from '../helpers/server.js';
import { expectedValues, scoreWithKeyboard, submitWithKeyboard } from './juror-pad-steps.js';

let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  assertPagesBuilt('juri', 'layar', 'panitia');
  browser = await launchBrowser(lanBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
  dirs.forEach(removeDir);
});

async function openDesk(t: TestServer, base: string): Promise<Page> {
  const { page } = await newPage(browser);
  await page.goto(`${base}/panitia`);
  await page.fill('input[name="organizer-key"]', t.server.organizerKey);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.desk__nav');
  return page;
}

/** The juror's submitted sheet versions on a server's file, with their values. */
function submitted(dataDir: string, jurorId: string) {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    const rows = db
      .prepare(
        "SELECT id, submission_id FROM sheet_version WHERE juror_id = ? AND entry_id = 'e001' AND status = 'submitted'",
      )
      .all(jurorId) as Array<{ id: string; submission_id: string }>;
    const values = db.prepare(
      'SELECT criterion_id, value_x100 FROM sheet_value WHERE sheet_version_id = ?',
    );
    return rows.map((r) => ({
      submissionId: r.submission_id,
      values: Object.fromEntries(
        (values.all(r.id) as Array<{ criterion_id: string; value_x100: number }>).map((v) => [
          v.criterion_id,
          v.value_x100,
        ]),
      ),
    }));
  } finally {
    db.close();
  }
}

describe('hot standby in the browser', () => {
  it('the pad and the screen move to the standby after the take-over; the outbox sheet is stored there exactly once', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const snap = await org.waitFor(() => true);
    expectOk(await org.call('release:set', { privacy: 'live' }));
    const { code } = expectOk(await org.call('standby:pairing', {}));
    const standbyDir = tempDir();
    dirs.push(standbyDir);
    const standby = await startTestServer({
      dataDir: standbyDir,
      standbyOf: { url: primary.url, code },
    });
    await org.waitFor((s) => s.standby?.connected === true, 10_000);
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId: 'presentasi',
        action: 'open',
      }),
    );

    // Pages open after the pairing, on the primary's LAN name.
    const a1 = snap.jurors.find((j) => j.id === 'j-a1')!;
    const { page: pad } = await newPage(browser, { width: 820, height: 1180 });
    await pad.goto(`${onLan(primary.url)}/juri#token=${a1.token}`);
    await pad.waitForSelector('[data-testid="submit"]');
    const { page: screen } = await newPage(browser, { width: 1920, height: 1080 });
    await screen.goto(`${onLan(primary.url)}/layar?nama=utama`);
    await screen.waitForSelector('[data-version]:not([data-version="0"])');
    const desk = await openDesk(standby, onLan(standby.url));
    await desk.waitForSelector('[data-testid="following"]');
    await screenshot(desk, 'standby-desk-following');

    // The primary dies; the juror submits anyway: the sheet waits in the outbox.
    org.close();
    await primary.stop();
    await scoreWithKeyboard(pad, 'Lewat laptop cadangan');
    await submitWithKeyboard(pad);
    await pad.waitForSelector('[data-testid="outbox-count"][data-count="1"]');

    // A person takes over on the standby's desk.
    await desk.click('[data-testid="takeover"]');
    await desk.waitForSelector('[data-testid="takeover-confirm"]');
    await screenshot(desk, 'standby-desk-takeover-confirm');
    await desk.click('[data-testid="takeover-confirm"]');
    await desk.waitForSelector('[data-testid="following"]', { state: 'detached' });

    // The pad finds the standby by itself and sends its outbox; stored exactly once.
    await pad.waitForSelector('[data-testid="outbox-count"][data-count="0"]', { timeout: 30_000 });
    await pad.waitForSelector('[data-testid="sheet-state"] [data-state="received"]');
    const stored = submitted(standbyDir, 'j-a1');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.values).toEqual(expectedValues);
    // The screen follows the standby: its standings carry the sheet only the standby has.
    await screen.waitForSelector(
      '.lb-row[data-entry="e001"] [data-testid="score"]:text-is("78,25")',
      { timeout: 30_000 },
    );

    // The old primary comes back on its folder: its desk says it was replaced.
    const again = await startTestServer({ dataDir: primary.dataDir });
    const oldDesk = await openDesk(again, onLan(again.url));
    await oldDesk.waitForSelector('[data-testid="replaced"]', { timeout: 15_000 });
    // It points to the laptop that took over, not to itself (opened by its LAN name).
    const banner = await oldDesk.textContent('[data-testid="replaced"]');
    expect(banner).toContain(new URL(standby.url).host);
    expect(banner).not.toContain(new URL(again.url).host);
    await screenshot(oldDesk, 'standby-desk-replaced');
    expect(submitted(primary.dataDir, 'j-a1')).toEqual([]);
  }, 120_000);
});
