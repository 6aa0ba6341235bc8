// The desk's alarm box (on top of every desk page) in real Chromium on the LAN name: an
// alarm the organizer has dealt with can be hidden, stays hidden across a reload, an alarm
// raised later shows the box again (with the hidden ones counted beside it), and "show"
// brings the hidden back; each alarm in the reader's language. The alarms are real: a
// juror's second device refused (SECOND_DEVICE). Needs the built pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
} from '../helpers/browser.js';
import {
  connect,
  lanBrowserArgs,
  onLan,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';
import { signIn } from '../helpers/setup-desk.js';

let t: TestServer;
let browser: Browser;
const clients: Client<'juror' | 'organizer'>[] = [];

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer();
  browser = await launchBrowser(lanBrowserArgs);
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await browser?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

/** Juror `pin` connects from one device; the same PIN from another is refused: an alarm. */
async function secondDevice(pin: string): Promise<void> {
  clients.push(await connect(t.url, 'juror', { pin, device: 'first-laptop-device-01' }));
  await expect(
    connect(t.url, 'juror', { pin, device: 'second-phone-device-02' }),
  ).rejects.toMatchObject({ data: { code: 'SESSION_ACTIVE' } });
}

const items = (page: Page) => page.locator('[data-testid="alarms"] li').allInnerTexts();

describe('the alarm box on the desk', () => {
  it('hides what was dealt with, shows what comes later, and shows the hidden again', async () => {
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    clients.push(org);
    const [a, b] = (await org.waitFor(() => true)).jurors;
    await secondDevice(a!.pin);
    await org.waitFor((s) => s.alarms.length === 1);

    const { page } = await newPage(browser);
    const w = watchPage(page, onLan(t.url));
    await page.goto(`${onLan(t.url)}/panitia`);
    await signIn(page, t.server.organizerKey);
    await page.waitForSelector('[data-testid="alarms"] li');
    expect(await items(page)).toEqual([expect.stringContaining(a!.name)]);
    // In the reader's language only: Indonesian first, English when chosen.
    expect(await items(page)).toEqual([expect.stringMatching(/perangkat kedua/)]);
    expect((await items(page))[0]).not.toContain('second device');
    await page.selectOption('.language-switch select', 'en');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="alarms"] li')?.textContent?.includes('second device'),
    );
    expect((await items(page))[0]).not.toContain('perangkat kedua');
    await page.selectOption('.language-switch select', 'id');

    await page.click('[data-testid="alarms-hide"]');
    await page.waitForSelector('[data-testid="alarms"]', { state: 'detached' });
    expect(await page.innerText('[data-testid="alarms-hidden"]')).toContain(
      'Peringatan disembunyikan: 1.',
    );
    await page.reload();
    await page.waitForSelector('[data-testid="alarms-hidden"]');
    expect(await page.locator('[data-testid="alarms"]').count()).toBe(0);

    // A later alarm shows the box again, with only itself listed.
    await secondDevice(b!.pin);
    await page.waitForSelector('[data-testid="alarms"] li');
    expect(await items(page)).toEqual([expect.stringContaining(b!.name)]);
    expect(await page.innerText('[data-testid="alarms"]')).toContain(
      'Peringatan disembunyikan: 1.',
    );
    await screenshot(page, 'panitia-alarms-hidden');

    await page.click('[data-testid="alarms-hidden"] button');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="alarms"] li').length === 2,
    );
    expect(await page.locator('[data-testid="alarms-hidden"]').count()).toBe(0);
    expect(w.errors).toEqual([]);
  }, 60_000);

  it('are still on the desk after the venue server restarts', async () => {
    const own = await startTestServer();
    const port = Number(new URL(own.url).port);
    const secondDeviceOn = async (url: string, pin: string) => {
      const first = await connect(url, 'juror', { pin, device: 'first-laptop-device-01' });
      await expect(
        connect(url, 'juror', { pin, device: 'second-phone-device-02' }),
      ).rejects.toMatchObject({ data: { code: 'SESSION_ACTIVE' } });
      return first;
    };
    const org = await connect(own.url, 'organizer', { key: own.server.organizerKey });
    const [a, b] = (await org.waitFor(() => true)).jurors;
    (await secondDeviceOn(own.url, a!.pin)).close();
    await org.waitFor((s) => s.alarms.length === 1);
    org.close();

    const { page } = await newPage(browser);
    const w = watchPage(page, onLan(own.url));
    await page.goto(`${onLan(own.url)}/panitia`);
    await signIn(page, own.server.organizerKey);
    await page.waitForSelector('[data-testid="alarms"] li');
    // The laptop's server stops and starts again on the same folder and port; the desk page
    // reconnects by itself and takes the new server's view whole.
    await own.stop();
    await page.waitForSelector('[data-connection]:not([data-connection="online"])');
    const again = await startTestServer({ dataDir: own.dataDir, port });
    await page.waitForSelector('[data-connection="online"]', { timeout: 20_000 });
    // A new alarm on the restarted server: the desk lists it beside the one raised before.
    const pad = await secondDeviceOn(again.url, b!.pin);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="alarms"] li').length === 2,
    );
    const [newest, older] = await items(page);
    expect(newest).toContain(b!.name);
    expect(older).toContain(a!.name);
    pad.close();
    await again.stop();
    // While the server was down the page's reconnection attempts were refused: expected.
    expect(w.errors.filter((e) => !/ERR_CONNECTION_REFUSED|socket\.io/.test(e))).toEqual([]);
  }, 60_000);
});
