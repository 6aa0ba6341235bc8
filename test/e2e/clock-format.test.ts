// One overtime format wherever a person reads the clock: the juror pad, the organizer desk,
// the projector and the stream overlay all show "+0:0X lewat waktu" (English: "overtime")
// once a 1-second presentation runs over; the desk asks before a third press of T wipes a
// Q&A under way, offers "Lanjutkan" only for a paused clock, and shows the clock stopped
// when the entry is locked. The pages are opened on a LAN name (not loopback).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
  type Watched,
} from '../helpers/browser.js';
import {
  connect,
  expectOk,
  lanTestName,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';

const panelId = 'panel-a';
const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let origin = '';
let entryId = '';
let entryCode = '';
let jurorToken = '';
const watched: Watched[] = [];

/** Overtime as the test expects it, written here independently of shared/timer.ts. */
const overtimeId = /^\+0:\d\d lewat waktu$/;
const overtimeEn = /^\+0:\d\d overtime$/;

async function openPage(path: string, lang?: 'en'): Promise<Page> {
  const { page } = await newPage(browser, { width: 1280, height: 720 });
  watched.push(watchPage(page, origin));
  if (lang) await page.addInitScript(() => localStorage.setItem('panggung.lang', 'en'));
  await page.goto(`${origin}${path}`);
  return page;
}

/** Waits until the element's text is an overtime reading, and returns that text. */
async function overtimeIn(page: Page, selector: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([sel, src]) => new RegExp(src!).test(document.querySelector(sel!)?.textContent?.trim() ?? ''),
    [selector, pattern.source],
    { timeout: 15_000 },
  );
  return ((await page.locator(selector).textContent()) ?? '').trim();
}

const timerOf = () => org.latest()?.live.find((l) => l.panelId === panelId)?.timer;

beforeAll(async () => {
  assertPagesBuilt('panitia', 'juri', 'layar', 'overlay');
  t = await startTestServer();
  origin = `http://${lanTestName}:${new URL(t.url).port}`;
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  // A 1-second presentation, so overtime comes at once.
  const setup = expectOk(await org.call('setup:export', {}));
  const short = {
    ...setup,
    stages: setup.stages.map((s) => ({ ...s, presentationSec: 1, qaSec: 600 })),
  };
  expectOk(await org.call('setup:import', { setup: short, replace: true }));
  const snap = await org.waitFor((s) => s.stages[0]?.presentationSec === 1);
  const entry = snap.entries.find((e) => e.panelId === panelId);
  const juror = snap.jurors.find(
    (j) => j.panelId === panelId && entry && !j.conflictEntryIds.includes(entry.id),
  );
  if (!entry || !juror) throw new Error('no entry or juror on panel A');
  entryId = entry.id;
  entryCode = entry.code;
  jurorToken = juror.token;
  expectOk(await org.call('panel:present', { panelId, entryId }));
  expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'presenting', panelId }));
  browser = await launchBrowser(lanBrowserArgs);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe('the clock where people read it', () => {
  let desk: Page;

  it('the desk offers no resume before the clock runs', async () => {
    desk = await openPage('/panitia');
    await desk.fill('input[name="organizer-key"]', t.server.organizerKey);
    await desk.keyboard.press('Enter');
    await desk.click('[data-nav="control"]');
    await desk.waitForSelector('[data-testid="now-entry"]');
    const pause = desk.locator('[data-testid="step-pause"]');
    expect(await pause.innerText()).not.toContain('Lanjutkan');
    expect(await pause.isDisabled()).toBe(true);
  });

  it('shows overtime one way on the pad, the desk, the projector and the overlay', async () => {
    expectOk(await org.call('timer:control', { panelId, action: 'start-presentation' }));
    const pad = await openPage(`/juri#token=${jurorToken}`);
    const projector = await openPage('/layar?nama=utama');
    const overlay = await openPage(`/overlay?nama=siaran&panel=${panelId}`);
    const projectorEn = await openPage('/layar?nama=utama', 'en');
    const seen = [
      await overtimeIn(pad, '[data-testid="now-presenting"] [data-testid="timer"]', overtimeId),
      await overtimeIn(desk, '.now__digits', overtimeId),
      await overtimeIn(projector, '[data-testid="countdown"]', overtimeId),
      await overtimeIn(overlay, '[data-testid="countdown"]', overtimeId),
    ];
    expect(seen).toHaveLength(4);
    expect(await overtimeIn(projectorEn, '[data-testid="countdown"]', overtimeEn)).toMatch(
      overtimeEn,
    );
    await screenshot(desk, 'panitia-clock-overtime');
    await screenshot(pad, 'juri-clock-overtime');
    await screenshot(projector, 'layar-clock-overtime');
    await screenshot(overlay, 'overlay-clock-overtime', { omitBackground: true });
    for (const w of watched) {
      expect(w.errors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
    }
  });

  it('asks before a third press of T wipes the Q&A; Escape keeps it; P then offers Lanjutkan', async () => {
    await desk.locator('main h1').first().focus();
    await desk.keyboard.press('t');
    await org.waitFor(() => timerOf()?.segment === 'qa');
    await desk.waitForFunction(() =>
      document.querySelector('[data-testid="step-timer"]')?.textContent?.includes('Atur ulang'),
    );
    const pause = desk.locator('[data-testid="step-pause"]');
    expect(await pause.innerText()).toContain('Jeda');
    await desk.keyboard.press('t');
    await desk.waitForSelector('dialog[open] [data-testid="timer-confirm-body"]');
    const body = await desk.locator('[data-testid="timer-confirm-body"]').innerText();
    expect(body).toContain(entryCode);
    expect(body).toContain('Tanya jawab');
    await screenshot(desk, 'panitia-timer-confirm');
    await desk.keyboard.press('Escape');
    await desk.waitForFunction(() => document.querySelector('dialog[open]') === null);
    expect(timerOf()?.segment).toBe('qa');
    expect(timerOf()?.runningSince).not.toBeNull();
    await desk.keyboard.press('p');
    await org.waitFor(() => timerOf()?.runningSince === null);
    await desk.waitForFunction(() =>
      document.querySelector('[data-testid="step-pause"]')?.textContent?.includes('Lanjutkan'),
    );
    expect(await pause.isDisabled()).toBe(false);
  });

  it('confirming the dialog resets the clock', async () => {
    await desk.keyboard.press('t');
    await desk.click('dialog[open] [data-testid="timer-reset-confirm"]');
    await org.waitFor(() => timerOf()?.segment === 'idle');
    await desk.waitForFunction(() =>
      document.querySelector('[data-testid="timer"]')?.textContent?.includes('Belum mulai'),
    );
    expect(await desk.locator('[data-testid="step-pause"]').innerText()).not.toContain('Lanjutkan');
  });

  it('shows the clock stopped, with nothing to resume, once the entry is locked', async () => {
    expectOk(await org.call('timer:control', { panelId, action: 'start-presentation' }));
    expectOk(await org.call('entry:transition', { entryId, stageId, action: 'open' }));
    expectOk(
      await org.call('entry:transition', { entryId, stageId, action: 'lock', reason: 'Uji jam' }),
    );
    await org.waitFor(() => timerOf()?.segment === 'done');
    await desk.waitForFunction(() =>
      document.querySelector('[data-testid="timer"]')?.textContent?.includes('Selesai'),
    );
    const pause = desk.locator('[data-testid="step-pause"]');
    expect(await pause.innerText()).not.toContain('Lanjutkan');
    expect(await pause.isDisabled()).toBe(true);
  });
});
