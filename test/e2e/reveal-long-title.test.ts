// A winner's long title (201 characters) on the reveal card is shown whole: it wraps and the
// card's text gets smaller until the title, the institution and the score fit, at 1024x768
// (the old projector) and 1920x1080; the ladder beside the card shows it whole too. Real server, real sockets, real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsDone,
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  watchPage,
} from '../helpers/browser.js';
import { scoreFestival } from '../helpers/score-festival.js';
import { connect, expectOk, startTestServer, type TestServer } from '../helpers/server.js';

const STAGE = 'presentasi';
const longTitle =
  'Sistem Informasi Terpadu Pelayanan Administrasi Kependudukan dan Pencatatan Sipil ' +
  'Berbasis Aplikasi Android untuk Masyarakat Desa Terpencil di Wilayah Pegunungan ' +
  'Kabupaten Trenggalek (SIPANDU-DUKCAPIL)';
const longInstitution =
  'Dinas Kependudukan dan Pencatatan Sipil bersama Dinas Komunikasi dan Informatika';

let t: TestServer;
let browser: Browser;
let winnerId = '';

beforeAll(async () => {
  assertPagesBuilt('layar');
  t = await startTestServer();
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor((s) => s.entries.length > 0);
  const entry = snap.entries.find((e) => e.categoryId === 'opd')!;
  winnerId = entry.id;
  expectOk(
    await org.call('entry:save', { ...entry, title: longTitle, institution: longInstitution }),
  );
  await org.waitFor((s) => s.entries.some((e) => e.title === longTitle));
  await scoreFestival(t.url, org, STAGE, {
    only: [entry.code],
    organizerKey: t.server.organizerKey,
  });
  expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'reveal', panelId: null }));
  expectOk(
    await org.call('reveal:control', {
      action: 'start',
      categoryId: 'opd',
      places: 1,
      provisionalReason: 'Uji kartu juara sebelum penguncian',
    }),
  );
  expectOk(await org.call('reveal:control', { action: 'next' }));
  org.close();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

/** What of the spotlight is cut: elements spilling sideways or down, the card past its box. */
const cut = (page: Page) =>
  page.evaluate(() => {
    const spot = document.querySelector<HTMLElement>('.reveal__spot')!;
    const card = document.querySelector<HTMLElement>('[data-testid="spotlight"]')!;
    const box = spot.getBoundingClientRect();
    const r = card.getBoundingClientRect();
    const title = card.querySelector<HTMLElement>('.spotlight__title')!;
    return {
      title: title.innerText.replace(/\s+/g, ' '),
      spilling: [...card.querySelectorAll<HTMLElement>('*')]
        .filter((x) => x.scrollWidth > x.clientWidth + 1 || x.scrollHeight > x.clientHeight + 1)
        .map((x) => x.className),
      outside: r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5,
      titlePx: parseFloat(getComputedStyle(title).fontSize),
      // The ladder beside the card: the winner's title whole there too, inside the stage.
      ladder: (() => {
        const stage = document
          .querySelector<HTMLElement>('.reveal__stage')!
          .getBoundingClientRect();
        const ladder = document.querySelector<HTMLElement>('.ladder')!;
        const line = ladder.querySelector<HTMLElement>('.ladder__title')!;
        const l = ladder.getBoundingClientRect();
        return {
          title: line.innerText.replace(/\s+/g, ' '),
          cut: line.scrollHeight > line.clientHeight + 1 || line.scrollWidth > line.clientWidth + 1,
          lines: Math.round(
            line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight),
          ),
          outside: l.top < stage.top - 0.5 || l.bottom > stage.bottom + 0.5,
        };
      })(),
      category: (() => {
        const h = document.querySelector<HTMLElement>('.reveal__category')!;
        const shown = h.getBoundingClientRect();
        return shown.width > 0 && h.scrollWidth <= h.clientWidth + 1 ? h.innerText : '(cut)';
      })(),
    };
  });

describe('the reveal card with a long winner title', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ])
    it(`shows the whole title at ${size.width}x${size.height}`, async () => {
      const { page } = await newPage(browser, size);
      const watched = watchPage(page, t.url);
      await page.goto(`${t.url}/layar?nama=utama`);
      await page.waitForSelector(`[data-testid="spotlight"] [data-entry="${winnerId}"]`);
      await animationsDone(page);
      const c = await cut(page);
      await screenshot(page, `layar-reveal-long-title-${size.width}x${size.height}`);
      expect(c.title).toBe(longTitle);
      expect(c.spilling).toEqual([]);
      expect(c.outside).toBe(false);
      // The side list wraps the long title in full (more than two lines), within the stage.
      expect(c.ladder.title).toBe(longTitle);
      expect(c.ladder.cut).toBe(false);
      expect(c.ladder.lines).toBeGreaterThan(2);
      expect(c.ladder.outside).toBe(false);
      // The heading names the category in full beside the SEMENTARA mark.
      expect(c.category).toBe('Perangkat Daerah (OPD)');
      // Still readable from the back of the hall: not shrunk below 2% of the height.
      expect(c.titlePx).toBeGreaterThanOrEqual(size.height * 0.02);
      expect(watched.errors).toEqual([]);
    });
});
