// Every audience screen mode photographed into docs/screenshots (1920x1080 and a 1280x720
// projector, the stream overlay, the public phone view) with live scores on a real venue
// server, and /layar on a non-loopback host name with its QR. Needs the built pages.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry, ScreenMode } from '../../shared/model.js';
import { animationsDone, launchBrowser, screenshot } from '../helpers/browser.js';
import { noTrouble, screensDeskForFile, stageId } from '../helpers/screen-pages.js';
import { expectOk, type Client, type TestServer, lanBrowserArgs } from '../helpers/server.js';

const s = screensDeskForFile();
let t: TestServer;
let org: Client<'organizer'>;
let ranked: Entry[];
beforeAll(() => {
  ({ t, org, ranked } = s);
});
const { open, openAndScore, mode, snapEntry, closeAfterTest } = s;

// The standings these photographs show: four OPD entries scored 90 / 85 / 80 / 70.
beforeAll(async () => {
  expectOk(await org.call('release:set', { privacy: 'live', stageId }));
  const [a, b, c, d] = ranked as [Entry, Entry, Entry, Entry];
  await openAndScore(a, 900);
  await openAndScore(c, 800);
  await openAndScore(b, 850);
  await openAndScore(d, 700);
});

describe('screens: every mode photographed', () => {
  it('photographs every mode at 1920x1080', async () => {
    const [a] = ranked as [Entry];
    const { page, watched } = await open(`${t.url}/layar?nama=utama`);
    const shoot = async (m: ScreenMode, name: string) => {
      await page.waitForSelector(`.layar[data-mode="${m}"]`);
      await screenshot(page, name);
    };
    await mode('welcome');
    await page.waitForSelector('[data-testid="join-qr"] svg');
    expect(await page.getAttribute('[data-testid="join-qr"]', 'data-url')).toBe(`${t.url}/publik`);
    await shoot('welcome', 'layar-welcome');

    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: a.id }));
    expectOk(await org.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));
    await mode('presenting');
    await page.waitForSelector('[data-testid="countdown"]');
    await shoot('presenting', 'layar-presenting');
    const b = snapEntry('panel-b');
    expectOk(await org.call('panel:present', { panelId: 'panel-b', entryId: (await b).id }));
    expectOk(await org.call('timer:control', { panelId: 'panel-b', action: 'start-qa' }));
    await page.waitForSelector('.presenting--split');
    await shoot('presenting', 'layar-presenting-two-panels');

    await mode('progress', 'utama', 'panel-a');
    await shoot('progress', 'layar-progress');

    expectOk(await org.call('release:set', { privacy: 'live' }));
    await mode('leaderboard');
    await page.waitForSelector('[data-testid="leaderboard"] .lb-row');
    await shoot('leaderboard', 'layar-leaderboard');
    expectOk(await org.call('release:set', { privacy: 'progress' }));
    await page.waitForSelector('[data-testid="progress-view"]');
    await shoot('leaderboard', 'layar-leaderboard-progress-only');
    expectOk(await org.call('release:set', { privacy: 'hidden' }));
    await page.waitForSelector('[data-testid="hidden-card"]');
    await shoot('leaderboard', 'layar-leaderboard-hidden');
    expectOk(await org.call('release:set', { privacy: 'live' }));

    expectOk(
      await org.call('reveal:control', {
        action: 'start',
        categoryId: null,
        places: 3,
        provisionalReason: 'Uji layar sebelum penguncian',
      }),
    );
    await mode('reveal');
    await page.waitForSelector('.reveal .ladder');
    await shoot('reveal', 'layar-reveal-start');
    expectOk(await org.call('reveal:control', { action: 'next' }));
    await page.waitForSelector('[data-testid="drumroll"]');
    await screenshot(page, 'layar-reveal-buildup', { settleMs: 1300 });
    expectOk(await org.call('reveal:control', { action: 'end' }));

    expectOk(
      await org.call('release:set', {
        message:
          'Istirahat makan siang sampai pukul 13.00 WIB. Presentasi Panel A dilanjutkan dengan kategori Kesehatan.',
      }),
    );
    await mode('message');
    await shoot('message', 'layar-message');
    await mode('leaderboard');
    await page.waitForSelector('[data-testid="ticker"]');
    await shoot('leaderboard', 'layar-leaderboard-ticker');
    await mode('blank');
    await shoot('blank', 'layar-blank');
    expect(await page.locator('.layar[data-mode="blank"]').innerText()).toBe('');
    noTrouble(watched);
  }, 120_000);

  it('photographs a 1280x720 projector: same layout, no overflow', async () => {
    expectOk(await org.call('release:set', { message: '' }));
    await mode('leaderboard');
    const small = await open(`${t.url}/layar?nama=utama`, { width: 1280, height: 720 });
    await small.page.waitForSelector('[data-testid="leaderboard"] .lb-row');
    await animationsDone(small.page); // measured once the rows are in place
    await screenshot(small.page, 'layar-leaderboard-1280x720');
    const overflow = await small.page.evaluate(
      () =>
        document.documentElement.scrollHeight > window.innerHeight ||
        document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await mode('presenting');
    await small.page.waitForSelector('[data-testid="countdown"]');
    await screenshot(small.page, 'layar-presenting-1280x720');
  }, 120_000);

  it('photographs the stream overlay (transparent) and the public phone view', async () => {
    // Saved with an alpha channel.
    const ov = await open(`${t.url}/overlay?nama=siaran&panel=panel-a`);
    await ov.page.waitForSelector('[data-testid="lower-third"]');
    await ov.page.waitForSelector('[data-testid="top5"] .ov-top__row');
    const bg = await ov.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgba(0, 0, 0, 0)');
    await screenshot(ov.page, 'overlay-1920x1080', { omitBackground: true });
    noTrouble(ov.watched);

    // The public phone view.
    const phone = await open(`${t.url}/publik`, { width: 390, height: 844 });
    await phone.page.waitForSelector('[data-testid="leaderboard"] .prow');
    await screenshot(phone.page, 'publik-live', { fullPage: true });
    expectOk(await org.call('release:set', { privacy: 'hidden' }));
    await phone.page.waitForSelector('[data-testid="hidden-card"]');
    await screenshot(phone.page, 'publik-hidden', { fullPage: true });
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    noTrouble(phone.watched);
    expectOk(await org.call('release:set', { privacy: 'live' }));
  }, 120_000);

  it('works on a non-loopback host name (panggung.test), QR included', async () => {
    const port = new URL(t.url).port;
    const other = await launchBrowser(lanBrowserArgs);
    closeAfterTest({ close: () => other.close() });
    await mode('welcome');
    const origin = `http://panggung.test:${port}`;
    const { page, watched } = await open(
      `${origin}/layar?nama=utama`,
      { width: 1280, height: 720 },
      other,
    );
    await page.waitForSelector('[data-testid="join-qr"] svg');
    expect(await page.getAttribute('[data-testid="join-qr"]', 'data-url')).toBe(`${origin}/publik`);
    expect(await page.locator('[data-testid="public-url"]').innerText()).toBe(
      `panggung.test:${port}/publik`,
    );
    noTrouble(watched);
    await mode('leaderboard');
  });
});
