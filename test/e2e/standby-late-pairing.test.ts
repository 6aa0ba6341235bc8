// Hot standby paired AFTER the pages opened, in real Chromium: a juror pad and a screen
// load from the primary (their Content-Security-Policy names the primary only), then a
// standby pairs. Each page hears of the standby and reloads itself from the primary into a
// policy that allows it (renderer/common/policy-reload.ts): the screen at once, the pad only
// once the juror has left the field being typed in; its acknowledged sheet and its
// half-typed revision survive the reload (same origin: same IndexedDB and localStorage).
// Then the primary dies and the standby takes over: the pad's revision, submitted after the
// primary died, is acknowledged by the standby and the screen shows the standby's
// standings, with no reload by a person. Needs the built pages.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { assertPagesBuilt, launchBrowser, newPage, screenshot } from '../helpers/browser.js';
import { laptopsOf, markLoaded, pairStandby, reloadedFor } from '../helpers/late-pairing.js';
import {
  connect,
  expectOk,
  lanBrowserArgs,
  onLan,
  removeDir,
  startTestServer,
} from '../helpers/server.js';
import { scoreWithKeyboard, submitWithKeyboard, tabTo } from './juror-pad-steps.js';

let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  assertPagesBuilt('juri', 'layar');
  browser = await launchBrowser(lanBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
  dirs.forEach(removeDir);
});

/** The juror's submitted versions of e001 on a server's file, oldest first. */
function submitted(dataDir: string) {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT v.comment, x.value_x100 AS kebaruan FROM sheet_version v
         JOIN sheet_value x ON x.sheet_version_id = v.id AND x.criterion_id = 'kebaruan'
         WHERE v.juror_id = 'j-a1' AND v.entry_id = 'e001' AND v.status = 'submitted'
         ORDER BY v.version`,
      )
      .all() as Array<{ comment: string; kebaruan: number }>;
  } finally {
    db.close();
  }
}

/** The comments of the juror's drafts of e001 on a server's file. */
function drafts(dataDir: string): string[] {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT comment FROM sheet_version
         WHERE juror_id = 'j-a1' AND entry_id = 'e001' AND status = 'draft'`,
      )
      .pluck()
      .all() as string[];
  } finally {
    db.close();
  }
}

describe('a standby paired after the pages opened', () => {
  it('the screen and the pad reload into a policy allowing it, keep their sheets, and reach it after the take-over', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const snap = await org.waitFor(() => true);
    expectOk(await org.call('release:set', { privacy: 'live' }));
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId: 'presentasi',
        action: 'open',
      }),
    );

    // Pages open on the primary's LAN name, before any standby: their policy names one laptop.
    const a1 = snap.jurors.find((j) => j.id === 'j-a1')!;
    const { page: pad } = await newPage(browser, { width: 820, height: 1180 });
    await pad.goto(`${onLan(primary.url)}/juri#token=${a1.token}`);
    await pad.waitForSelector('[data-testid="submit"]');
    const { page: screen } = await newPage(browser, { width: 1920, height: 1080 });
    await screen.goto(`${onLan(primary.url)}/layar?nama=utama`);
    await screen.waitForSelector('[data-version]:not([data-version="0"])');
    const before = await laptopsOf(screen);
    expect(before.split(' ')).toHaveLength(1);

    // The juror submits (acknowledged by the primary), then starts a revision and is still
    // typing in the comment when the standby pairs.
    await scoreWithKeyboard(pad, 'Sebelum cadangan');
    await submitWithKeyboard(pad);
    await pad.waitForSelector('[data-testid="outbox-count"][data-count="0"]');
    await pad.waitForSelector('[data-testid="sheet-state"] [data-state="received"]');
    await tabTo(pad, '#sheet-comment');
    await pad.keyboard.press('End');
    await pad.keyboard.type(' — revisi setengah');
    for (const p of [pad, screen]) await markLoaded(p);

    const { standby, standbyDir, standbyOrigin } = await pairStandby(primary, org, before, dirs);

    // The screen reloads by itself into a policy naming the standby.
    await reloadedFor(screen, standbyOrigin);
    await screen.waitForSelector('[data-version]:not([data-version="0"])');
    // It recorded the set it reloaded for: the same set never reloads it again.
    expect(
      await screen.evaluate(() => JSON.parse(sessionStorage.getItem('panggung.policy-reloads')!)),
    ).toEqual([standbyOrigin]);
    // The pad wanted to reload too, and holds while the juror types (policy-reload.ts counts
    // its busy checks on <html>). The juror types on; once that draft is on the server (no
    // sheet on its way: only the caret holds the pad), a later check still holds, in the
    // same document. It reloads once the field is left.
    await pad.waitForSelector('html[data-policy-reload-held]', { timeout: 20_000 });
    await pad.keyboard.type(' lagi');
    await expect
      .poll(() => drafts(primary.dataDir), { timeout: 15_000 })
      .toContain('Sebelum cadangan — revisi setengah lagi');
    const checks = await pad.evaluate(() =>
      Number(document.documentElement.dataset.policyReloadHeld),
    );
    await pad.waitForFunction(
      (n) =>
        (window as { loadedBefore?: boolean }).loadedBefore === true &&
        Number(document.documentElement.dataset.policyReloadHeld) > n,
      checks,
      { timeout: 10_000 },
    );
    expect(await pad.evaluate(() => document.activeElement?.id)).toBe('sheet-comment');
    await pad.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await reloadedFor(pad, standbyOrigin);
    await pad.waitForSelector('[data-testid="submit"]');
    // The half-typed revision and the acknowledged sheet survived the reload.
    expect(await pad.inputValue('#sheet-comment')).toBe('Sebelum cadangan — revisi setengah lagi');
    expect(await pad.inputValue('#crit-kebaruan-input')).toBe('8');
    expect(submitted(primary.dataDir)).toEqual([{ comment: 'Sebelum cadangan', kebaruan: 800 }]);
    await screenshot(pad, 'standby-late-pairing-pad-reloaded');

    // The primary dies; the juror raises a score and submits: the sheet waits in the outbox.
    org.close();
    await primary.stop();
    await pad.fill('#crit-kebaruan-input', '9');
    await submitWithKeyboard(pad);
    await pad.waitForSelector('[data-testid="outbox-count"][data-count="1"]');

    // A person takes over on the standby; the pad and the screen find it by themselves.
    const sDesk = await connect(standby.url, 'organizer', { key: standby.server.organizerKey });
    expectOk(await sDesk.call('standby:takeover', { confirm: true }));
    await pad.waitForSelector('[data-testid="outbox-count"][data-count="0"]', { timeout: 30_000 });
    await pad.waitForSelector('[data-testid="sheet-state"] [data-state="received"]');
    expect(submitted(standbyDir)).toEqual([
      { comment: 'Sebelum cadangan', kebaruan: 800 },
      { comment: 'Sebelum cadangan — revisi setengah lagi', kebaruan: 900 },
    ]);
    // 9 instead of 8 on a 30 % criterion: 78,25 + 3 = 81,25, known to the standby only.
    await screen.waitForSelector(
      '.lb-row[data-entry="e001"] [data-testid="score"]:text-is("81,25")',
      { timeout: 30_000 },
    );
    await sDesk.waitFor((s) =>
      s.clients.some((c) => c.kind === 'screen' && c.name === 'utama' && c.online),
    );
    await screenshot(screen, 'standby-late-pairing-screen-followed');
    sDesk.close();
  }, 150_000);
});
