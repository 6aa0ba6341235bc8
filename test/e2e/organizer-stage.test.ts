// A festival with two stages: live control moves a panel from curation to the presentation
// stage, and the panel's jurors follow.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFestival } from '../../electron/server/demo/demo-festival.js';
import { assertPagesBuilt, launchBrowser, newPage, watchPage } from '../helpers/browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer({ seedDemo: false });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  removeDir(t.dataDir);
});

describe('the stage of a panel', () => {
  it('is switched from live control; the jurors of that panel follow', async () => {
    const setup = demoFestival();
    const presentation = setup.stages[0]!;
    presentation.order = 2;
    presentation.finalWeightBp = 6000;
    setup.stages.push({
      ...structuredClone(presentation),
      id: 'kurasi',
      name: 'Kurasi',
      order: 1,
      finalWeightBp: 4000,
    });
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    expectOk(await org.call('setup:import', { setup, replace: false }));
    const snap = await org.waitFor((s) => s.stages.length === 2);
    const pad = await connect(t.url, 'juror', {
      pin: snap.jurors.find((j) => j.panelId === 'panel-a')!.pin,
    });
    expect((await pad.waitFor(() => true)).stage.id).toBe('kurasi');

    const { page, context } = await newPage(browser);
    const watched = watchPage(page, t.url);
    await page.goto(`${t.url}/panitia`);
    await page.fill('input[name="organizer-key"]', t.server.organizerKey);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.desk__nav');
    await page.click('[data-nav="control"]');
    expect(
      await page.$eval('[data-testid="panel-stage"]', (e) => (e as HTMLSelectElement).value),
    ).toBe('kurasi');
    await page.selectOption('[data-testid="panel-stage"]', 'presentasi');
    expect((await pad.waitFor((s) => s.stage.id === 'presentasi', 10_000)).stage.name).toBe(
      'Presentasi & Wawancara',
    );
    await org.waitFor(
      (s) => s.live.find((l) => l.panelId === 'panel-a')?.stageId === 'presentasi',
      10_000,
    );
    // Panel B stays where it was.
    expect(org.latest()?.live.find((l) => l.panelId === 'panel-b')?.stageId).toBe('kurasi');
    expect(watched.foreignRequests).toEqual([]);
    pad.close();
    org.close();
    await context.close();
  });
});
