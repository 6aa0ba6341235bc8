// The organizer desk's templates in real Chromium: a festival with imported entries and
// jurors (test/helpers/setup-desk.ts) exported as a template (no PINs) and an archive, and
// the template imported through the page into a fresh data folder gives the same setup.
// Needs the built pages.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot, type Watched } from '../helpers/browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';
import { go, setupDeskForFile, signIn } from '../helpers/setup-desk.js';

const d = setupDeskForFile({ imported: true });
let orgA: Client<'organizer'>;
let browser: Browser;
let page: Page;
let watched: Watched;
beforeAll(() => {
  ({ orgA, browser, page, watched } = d);
});
let b: TestServer | null = null;
afterAll(async () => {
  if (b) {
    await b.stop();
    removeDir(b.dataDir);
  }
});

describe('organizer desk: setup templates', () => {
  it('exports a template and imports it into a fresh data folder: the same setup', async () => {
    await go(page, 'templates');
    await screenshot(page, 'panitia-setup-templates');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-template"]'),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(orgA.latest()?.jurors[0]?.pin ?? 'no-pin');
    expect(download.suggestedFilename()).toBe('templat-trenggalek-innovation-fest-2026.json');
    const [archive] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-archive"]'),
    ]);
    const archived = JSON.parse(readFileSync(await archive.path(), 'utf8')) as {
      format: string;
      template: { setup: unknown };
      results: { stages: unknown[] } | null;
    };
    expect(archived.format).toBe('panggung-archive');
    expect(archived.template.setup).toEqual(JSON.parse(text).setup);
    expect(archived.results?.stages).toHaveLength(1);

    b = await startTestServer({ seedDemo: false });
    const { page: pageB } = await newPage(browser, { width: 1920, height: 1080 });
    await pageB.goto(`${b.url}/panitia`);
    await signIn(pageB, b.server.organizerKey);
    await pageB.setInputFiles('[data-testid="template-file"]', {
      name: 'templat.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await pageB.waitForSelector('[data-testid="template-summary"]');
    await pageB.click('[data-testid="apply-template"]');
    const orgB = await connect(b.url, 'organizer', { key: b.server.organizerKey });
    try {
      await orgB.waitFor((s) => s.entries.length === 6, 20_000);
      const setupA = expectOk(await orgA.call('setup:export', {}));
      const setupB = expectOk(await orgB.call('setup:export', {}));
      expect(setupB).toEqual(setupA);
      await go(pageB, 'entries');
      await pageB.waitForSelector('[data-testid="entries-table"] tbody tr');
      await screenshot(pageB, 'panitia-setup-entries-1920');
    } finally {
      orgB.close();
      await pageB.close();
    }
    // The one refusal: the wrong key typed on purpose in the first test.
    expect(watched.errors.filter((e) => !/UNAUTHORIZED|Kode akses atau kunci/.test(e))).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
