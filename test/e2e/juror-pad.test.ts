// The juror pad in real Chromium against a real venue server: join by QR link and by PIN,
// score with the keyboard only, survive a network cut between commit and ack, and work on
// a non-secure origin. Needs the built pages (`npx vite build`; `npm test` builds first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { assertPagesBuilt, launchBrowser, newPage, screenshot, watchPage, type Watched } from '../helpers/browser.js';
import { connect, expectOk, removeDir, startTestServer, type Client, type TestServer } from '../helpers/server.js';

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

/** Presses Tab until the element matching the selector has focus (keyboard only). */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Scores the open sheet with the keyboard: type, arrows, Tab to the next criterion. */
async function scoreWithKeyboard(page: Page, comment: string): Promise<void> {
  // The skip link jumps over the header and the entry list.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, '.skip-link');
  await page.keyboard.press('Enter');
  await tabTo(page, '#crit-kebaruan-input');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7,5');
  await page.keyboard.press('Tab');
  // From "not scored" the arrows start mid-scale (5.5), then step 0.5: 6.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8.5');
  await page.keyboard.press('Tab');
  await page.keyboard.type(comment);
}
// 8, 7.5, 6, 9, 8.5 on weights 30/25/15/20/10 -> 24 + 18.75 + 9 + 18 + 8.5 = 78.25
const expectedValues = { kebaruan: 800, kemanfaatan: 750, kewenangan: 600, replikasi: 900, penyajian: 850 };
const expectedTotal = 78_250_000;

async function submitWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, '[data-testid="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="confirm-submit"]');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-submit');
  await page.keyboard.press('Enter');
}

function noForeignTraffic(w: Watched): void {
  expect(w.foreignRequests).toEqual([]);
  expect(w.errors.filter((e) => !e.includes('WebSocket') && !e.includes('ERR_CONNECTION_REFUSED') && !e.includes('net::'))).toEqual([]);
}

describe('juror pad', () => {
  it('joins by QR link, follows the stage, scores by keyboard only; the organizer sees the sheet', async () => {
    const a1 = juror('j-a1');
    const { context, page } = await newPage(browser);
    const w = watchPage(page, t.url);

    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    expectOk(await org.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));

    await page.goto(`${t.url}/juri#token=${a1.token}`);
    await page.waitForSelector('[data-testid="juror-name"]');
    expect(await page.textContent('[data-testid="juror-name"]')).toBe(a1.name);
    // The token leaves the address bar and is kept for reloads.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('panggung.juri.session'))).toContain(a1.token);
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

    await tabTo(page, '[data-testid="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="confirm-submit"]');
    await screenshot(page, 'juri-confirm');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="sheet-state"] [data-state="received"]');
    await page.waitForSelector('[data-testid="outbox-count"][data-count="0"]');
    await page.waitForSelector('[data-entry="e001"][data-status="submitted"]');
    await screenshot(page, 'juri-received');

    const seen = await org.waitFor((s) => s.progress[stageId]?.['e001']?.['j-a1'] === 'submitted', 10_000);
    const row = seen.standings[stageId]?.overall.find((r) => r.entryId === 'e001');
    expect(row).toMatchObject({ rawMicro: expectedTotal, sheetCount: 1 });
    const history = expectOk(await org.call('sheet:history', { jurorId: 'j-a1', entryId: 'e001', stageId }));
    const submitted = history.filter((h) => h.status === 'submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.values).toEqual(expectedValues);
    expect(submitted[0]?.comment).toBe('Inovasi yang kuat');
    noForeignTraffic(w);
    await context.close();
  });
});
