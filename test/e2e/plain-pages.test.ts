// The two pages the server writes itself, as a person's browser shows them: the landing
// page at `/` leads each kind of visitor to their page (the audience's phone page too), and
// a page opened under a name the server does not answer to explains itself in both
// languages instead of showing a JSON refusal. Real Chromium, real names
// (--host-resolver-rules), the server's real Host allow-list. Needs the built pages.
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
  lanBrowserArgs,
  onLan,
  removeDir,
  startTestServer,
  type TestServer,
} from '../helpers/server.js';

/** A name Chromium resolves to this machine that the server was not told to answer to. */
const strangeName = 'laptop-panitia.test';

let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  assertPagesBuilt('publik');
  t = await startTestServer();
  browser = await launchBrowser([`${lanBrowserArgs[0]}, MAP ${strangeName} 127.0.0.1`]);
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe("the server's own pages", () => {
  it("the landing page leads to each visitor's page, the audience's phone page included", async () => {
    const { page } = await newPage(browser, { width: 390, height: 844 });
    const w = watchPage(page, onLan(t.url));
    await page.goto(`${onLan(t.url)}/`);
    const festival = (await (await fetch(`${t.url}/api/health`)).json()) as { festival: string };
    expect(await page.innerText('h1')).toBe(festival.festival);
    const links = await page.$$eval('a', (as) =>
      as.map((a) => [a.getAttribute('href'), a.textContent]),
    );
    expect(links.map(([href]) => href)).toEqual(['/juri', '/publik', '/layar', '/panitia']);
    // Both languages on each door.
    expect(links[1]?.[1]).toContain('Penonton');
    expect(links[1]?.[1]).toContain('Audience');
    await screenshot(page, 'landing-phone');
    await page.click('a[href="/publik"]');
    await page.waitForFunction(
      (name) => document.querySelector('.publik__festival')?.textContent === name,
      festival.festival,
    );
    expect(w.errors).toEqual([]);
  });

  it('a page under a name the server does not answer to says so, in both languages', async () => {
    const { page } = await newPage(browser, { width: 390, height: 844 });
    const port = new URL(t.url).port;
    const res = await page.goto(`http://${strangeName}:${port}/juri`);
    expect(res?.status()).toBe(421);
    const text = await page.innerText('body');
    expect(text).toContain('Alamat ini bukan alamat server Panggung');
    expect(text).toContain("This is not the Panggung server's address");
    expect(text).toContain(strangeName);
    // This server listens on loopback only: no address of its own a phone could open, so
    // the page sends the person to the organizers' address or QR code (a LAN server links
    // its own address: test/server/plain-pages.test.ts).
    expect(text).toContain('pindai kode QR');
    expect(await page.locator('a').count()).toBe(0);
    await screenshot(page, 'wrong-host-phone');
    // Nothing of the festival under that name: no script, no festival data.
    expect(await page.locator('script').count()).toBe(0);
    const festival = (await (await fetch(`${t.url}/api/health`)).json()) as { festival: string };
    expect(text).not.toContain(festival.festival);
  });
});
