// An audience screen in real Chromium while its venue server goes away: it keeps its last
// state with a discreet mark, and catches up when a server (here the rehearsal copy) returns
// on the same port. Needs the built pages (`npm run build:web`).
import { describe, expect, it } from 'vitest';
import { prepareRehearsalCopy } from '../../electron/server/sim/rehearsal-copy.js';
import { screenshot } from '../helpers/browser.js';
import { screenPagesForFile } from '../helpers/screen-pages.js';
import { connect, expectOk, removeDir, startTestServer } from '../helpers/server.js';

const { open } = screenPagesForFile();

describe('screens: the server gone and back', () => {
  it('keeps the last state with a discreet mark while the server is gone, and catches up on return', async () => {
    const t2 = await startTestServer();
    const port = Number(new URL(t2.url).port);
    const org2 = await connect(t2.url, 'organizer', { key: t2.server.organizerKey });
    expectOk(await org2.call('release:set', { message: 'Selamat datang di Festival Inovasi' }));
    expectOk(await org2.call('screen:mode', { screen: 'utama', mode: 'message' }));
    org2.close();
    const { page } = await open(`${t2.url}/layar?nama=utama`);
    await page.waitForSelector('[data-testid="message"]');
    expect(await page.locator('[data-testid="reconnecting"]').count()).toBe(0);
    await t2.stop();
    await page.waitForSelector('[data-testid="reconnecting"]');
    expect(await page.locator('[data-testid="message"]').innerText()).toContain(
      'Selamat datang di Festival Inovasi',
    );
    await screenshot(page, 'layar-reconnecting');

    // The organizer swaps in the rehearsal copy (gladi) on the same port: the screen says so.
    const copy = prepareRehearsalCopy(t2.dataDir, t2.server.organizerKey);
    const t3 = await startTestServer({ dataDir: copy.dataDir, port });
    try {
      await page.waitForSelector('[data-testid="rehearsal"]', { timeout: 15_000 });
      expect(await page.locator('[data-testid="reconnecting"]').count()).toBe(0);
      const org3 = await connect(t3.url, 'organizer', { key: t2.server.organizerKey });
      expectOk(await org3.call('release:set', { message: 'Gladi dimulai' }));
      org3.close();
      await page.waitForSelector('[data-testid="message"]:has-text("Gladi dimulai")');
      await screenshot(page, 'layar-rehearsal');
    } finally {
      await t3.stop();
      removeDir(t2.dataDir);
    }
  });
});
