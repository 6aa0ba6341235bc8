// The desk's entry form with the optional details, in real Chromium against a real
// server: an existing entry's details load into the form, a bad year is shown next to its
// field and saves nothing, a good edit is stored (read back over the organizer socket).
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
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let page: Page;
let watched: Watched;

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  await org.waitFor(() => true);
  browser = await launchBrowser();
  ({ page } = await newPage(browser, { height: 1000 }));
  watched = watchPage(page, t.url);
});

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe('desk entry form: details', () => {
  it('loads, validates and saves an entry ringkasan, problem, year, contact and link', async () => {
    const entry = org.latest()!.entries.find((e) => e.code === 'OPD-02')!;
    const { order: _o, ...plain } = entry;
    expectOk(
      await org.call('entry:save', {
        ...plain,
        details: {
          summary: 'Aduan warga satu pintu.',
          problem: '',
          yearStarted: 2020,
          contact: '',
          link: '',
        },
      }),
    );
    await page.goto(`${t.url}/panitia#/setup/entries`);
    await page.fill('input[name="organizer-key"]', t.server.organizerKey);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.desk__nav');
    await page.click('[data-nav="entries"]');
    await page.click('[aria-label="Ubah OPD-02"]');
    await page.waitForFunction(
      () =>
        (document.querySelector('textarea[name="summary"]') as HTMLTextAreaElement | null)
          ?.value === 'Aduan warga satu pintu.',
    );
    expect(await page.inputValue('input[name="yearStarted"]')).toBe('2020');
    await page.fill('textarea[name="problem"]', 'Aduan tercecer di banyak kanal.');
    await page.fill('input[name="yearStarted"]', 'dua ribu');
    await page.fill('input[name="contact"]', 'Agus Santoso, 0812-1111-2222');
    await page.fill('input[name="link"]', 'https://lapak.trenggalekkab.go.id');
    await page.click('#entry-form-title ~ .form-actions button[type="submit"]');
    await page.waitForSelector('input[name="yearStarted"][aria-invalid="true"]');
    expect(expectOk(await org.call('entry:details', { id: entry.id })).problem).toBe('');
    await page.fill('input[name="yearStarted"]', '2019');
    await page.locator('.entry-details').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-setup-entry-details');
    await page.click('#entry-form-title ~ .form-actions button[type="submit"]');
    await page.waitForSelector('#entry-form-title', { state: 'detached' });
    expect(expectOk(await org.call('entry:details', { id: entry.id }))).toEqual({
      summary: 'Aduan warga satu pintu.',
      problem: 'Aduan tercecer di banyak kanal.',
      yearStarted: 2019,
      contact: 'Agus Santoso, 0812-1111-2222',
      link: 'https://lapak.trenggalekkab.go.id',
    });
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
