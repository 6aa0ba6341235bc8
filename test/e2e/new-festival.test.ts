// "Festival baru" from a running desk, in real Chromium against a real server and SQLite
// file: the dialog asks for the festival's name (a wrong one is refused in Indonesian and
// nothing happens), then the festival is archived, the desk offers "Buat festival", and
// the archive, holding every score sheet, is listed on the backups screen and restores.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/server/services/backup.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
  type Watched,
} from '../helpers/browser.js';
import { scoreFestival } from '../helpers/score-festival.js';
import { connect, startTestServer, type Client, type TestServer } from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let page: Page;
let watched: Watched;

const sheetsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM sheet_version').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor((s) => s.entries.length > 0);
  await scoreFestival(t.url, org, 'presentasi', {
    only: snap.entries.slice(0, 2).map((e) => e.code),
    organizerKey: t.server.organizerKey,
  });
  browser = await launchBrowser();
  ({ page } = await newPage(browser));
  watched = watchPage(page, t.url);
  await page.goto(`${t.url}/panitia`);
  await page.fill('input[name="organizer-key"]', t.server.organizerKey);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.desk__nav');
});

afterAll(async () => {
  org?.close();
  await browser?.close();
  await t?.stop();
});

describe('Festival baru from the desk', () => {
  it('archives the running festival after a typed confirmation, then offers a new one', async () => {
    const name = org.latest()!.festival.name;
    const sheets = sheetsIn(join(t.dataDir, 'panggung.db'));
    expect(sheets).toBeGreaterThan(0);
    await page.click('[data-nav="templates"]');
    await page.click('[data-testid="new-festival"]');
    await page.waitForSelector('dialog[open] input[name="festival-name-confirm"]');
    expect(await page.isDisabled('[data-testid="confirm-new-festival"]')).toBe(true);
    await page.fill('input[name="festival-name-confirm"]', 'Festival lain');
    await page.click('[data-testid="confirm-new-festival"]');
    await page.waitForSelector('dialog[open] .field-error');
    expect(await page.innerText('dialog[open] .field-error')).toBe(
      `Ketik nama festival "${name}" untuk memastikan.`,
    );
    await screenshot(page, 'panitia-new-festival-confirm');
    expect(org.latest()!.entries.length).toBeGreaterThan(0);

    await page.fill('input[name="festival-name-confirm"]', name);
    await page.click('[data-testid="confirm-new-festival"]');
    await page.waitForSelector('[data-testid="new-festival-archived"]');
    await page.waitForSelector('#new-title'); // "Mulai festival baru": Buat festival
    const note = await page.innerText('[data-testid="new-festival-archived"]');
    const file = /panggung-[\d-]+-new-festival\.db/.exec(note)?.[0];
    expect(note).toContain(`Festival "${name}" diarsipkan sebagai`);
    expect(file).toBeDefined();
    expect(sheetsIn(join(backupDir(t.dataDir), file!))).toBe(sheets);
    expect(sheetsIn(join(t.dataDir, 'panggung.db'))).toBe(0);
    await screenshot(page, 'panitia-new-festival-done');

    // The archive is on the backups screen, and brings the festival back whole.
    await page.click('[data-testid="new-festival-archived"] a');
    const row = `[data-testid="backup-list"] tr[data-file="${file}"]`;
    await page.waitForSelector(row);
    expect(await page.innerText(row)).toContain('arsip sebelum festival baru');
    await page.click(`${row} button`);
    await page.click('dialog[open] .btn--danger');
    const back = await org.waitFor((s) => s.festival?.name === name && s.entries.length > 0);
    expect(back.festival.name).toBe(name);
    await page.waitForFunction(
      (n) => document.querySelector('.desk__festival')?.textContent === n,
      name,
    );
    expect(sheetsIn(join(t.dataDir, 'panggung.db'))).toBe(sheets);
    expect(watched.errors).toEqual([]);
  });
});
