// Festival logos through the organizer desk: pick an image file on the festival screen,
// the server stores it, the welcome screen on the projector shows it; a file that is not
// an image is refused with a message; removing it takes it off the screen.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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
  expectOk,
  removeDir,
  startTestServer,
  tempDir,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let browser: Browser;
const files = tempDir('panggung-logo-files-');

beforeAll(async () => {
  assertPagesBuilt('panitia', 'layar');
  t = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  removeDir(t.dataDir);
  removeDir(files);
});

describe('festival logos from the desk', () => {
  it('uploads a logo that the welcome screen shows, refuses a non-image, removes it', async () => {
    // The app's own icon (512 x 512 PNG, made by build/make-icons.mjs) as the logo.
    const png = join(import.meta.dirname, '../../build/icon.png');
    const fake = join(files, 'logo-not.png');
    writeFileSync(fake, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

    const desk = await newPage(browser, { width: 1366, height: 768 });
    const watched = watchPage(desk.page, t.url);
    await desk.page.goto(`${t.url}/panitia`);
    await desk.page.fill('input[name="organizer-key"]', t.server.organizerKey);
    await desk.page.keyboard.press('Enter');
    await desk.page.waitForSelector('.desk__nav');
    await desk.page.click('[data-nav="festival"]');
    await desk.page.waitForSelector('[data-testid="logos-card"]');

    await desk.page.setInputFiles('[data-testid="logo-file-3"]', fake);
    await desk.page.waitForSelector('[data-testid="logos-card"] [role="alert"]');
    expect(await desk.page.innerText('[data-testid="logos-card"] [role="alert"]')).toMatch(
      /PNG, JPEG/,
    );

    await desk.page.setInputFiles('[data-testid="logo-file-1"]', png);
    await desk.page.waitForSelector('.logo-slot[data-slot="1"] img');
    await desk.page.locator('[data-testid="logos-card"]').scrollIntoViewIfNeeded();
    await screenshot(desk.page, 'panitia-setup-logos');

    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'welcome' }));
    const screen = await newPage(browser, { width: 1920, height: 1080 });
    await screen.page.goto(`${t.url}/layar?nama=utama`);
    await screen.page.waitForSelector('[data-testid="logos"] img');
    const natural = await screen.page.$eval(
      '[data-testid="logos"] img',
      (img) => (img as HTMLImageElement).naturalWidth,
    );
    expect(natural).toBe(512);

    await desk.page.click('.logo-slot[data-slot="1"] button');
    await screen.page.waitForSelector('[data-testid="logos"]', { state: 'detached' });
    expect(watched.foreignRequests).toEqual([]);
    org.close();
    await desk.context.close();
    await screen.context.close();
  });
});
