// The projector's leaderboard with a real category of twelve entries with long Indonesian
// titles, in real Chromium at 1024x768 (an old 4:3 projector), 1280x720 and 1920x1080:
// every entry of the category appears over the page rotation (a fast rotation from the
// address, awaited as a condition), "+N lainnya" says more is coming, and no title or
// category heading is cut (titles wrap onto two lines instead).
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
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const stageId = 'presentasi';
const CATEGORY = 'Perangkat Daerah dan Badan Usaha Milik Daerah';
const titles = [
  'SIGAP Bencana: laporan kejadian warga lewat WhatsApp langsung ke posko BPBD',
  'Kartu Tani Digital untuk penyaluran pupuk bersubsidi tepat sasaran',
  'Si Cantik: perizinan usaha satu pintu daring tanpa tatap muka',
  'Gerakan Masyarakat Sadar Gizi melalui posyandu keliling desa terpencil',
  'Layanan Administrasi Kependudukan Jemput Bola di kecamatan pegunungan',
  'Pasar Rakyat Nontunai: pembayaran retribusi harian dengan QRIS',
  'Rumah Singgah Pasien Rujukan bagi keluarga tidak mampu di rumah sakit provinsi',
  'Sekolah Lapang Iklim untuk petani cengkih dan kopi di lereng Wilis',
  'Air Bersih Berbasis Masyarakat dengan pompa hidram tanpa listrik',
  'Perpustakaan Keliling Berbasis Aplikasi untuk anak-anak di desa pesisir',
  'Bank Sampah Digital: tabungan emas dari pilah sampah rumah tangga',
  'Ambulans Desa Siaga dengan pemantauan lokasi waktu nyata',
];

let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let categoryId = '';
let entryIds: string[] = [];

beforeAll(async () => {
  assertPagesBuilt('layar');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  await org.waitFor(() => true);
  expectOk(
    await org.call('roster:import', {
      entries: titles.map((title, i) => ({
        row: i + 2,
        code: `PD-${String(i + 1).padStart(2, '0')}`,
        title,
        institution: `Dinas Uji Coba ${i + 1} Kabupaten Trenggalek`,
        category: CATEGORY,
        panel: 'panel-a',
      })),
      mode: 'append',
      createMissing: true,
    }),
  );
  const snap = await org.waitFor((s) => s.categories.some((c) => c.name === CATEGORY));
  categoryId = snap.categories.find((c) => c.name === CATEGORY)!.id;
  entryIds = snap.entries.filter((e) => e.categoryId === categoryId).map((e) => e.id);
  expect(entryIds).toHaveLength(titles.length);
  const pin = snap.jurors.find((j) => j.id === 'j-a1')!.pin;
  const juror = await connect(t.url, 'juror', { pin });
  try {
    for (const [i, entryId] of entryIds.entries()) {
      expectOk(await org.call('entry:transition', { entryId, stageId, action: 'open' }));
      const v = 950 - i * 50; // 9,5 down to 4: twelve distinct places
      expectOk(
        await juror.call('sheet:save', {
          submissionId: submissionId(),
          entryId,
          stageId,
          status: 'submitted',
          values: { kebaruan: v, kemanfaatan: v, kewenangan: v, replikasi: v, penyajian: v },
          comment: '',
        }),
      );
    }
  } finally {
    juror.close();
  }
  expectOk(await org.call('release:set', { privacy: 'live', stageId }));
  expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'leaderboard', panelId: null }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

/**
 * Nothing in the leaderboard is cut or overlaps: every clamped box shows all of its text,
 * and every row's text stays inside its row.
 */
async function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll<HTMLElement>('.lb__category, .lb-row__title')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => `cut: ${el.textContent ?? ''}`),
    ...[...document.querySelectorAll<HTMLElement>('.lb-row')]
      .filter((row) => {
        const r = row.getBoundingClientRect();
        const e = row.querySelector('.lb-row__entry')!.getBoundingClientRect();
        return e.top < r.top - 1 || e.bottom > r.bottom + 1;
      })
      .map((row) => `overflows its row: ${row.dataset.entry ?? ''}`),
  ]);
}

describe('projector leaderboard pages', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])
    it(`shows every entry of a 12-entry category over its rotation at ${size.width}x${size.height}`, async () => {
      const { context, page } = await newPage(browser, size);
      try {
        const watched = watchPage(page, t.url);
        await page.goto(`${t.url}/layar?nama=utama&kategori=${categoryId}&putar=1`);
        await page.waitForSelector('.lb-row');
        // Await the rotation: collect the rows every page shows until all twelve were seen.
        await page.waitForFunction(
          (ids) => {
            const w = window as unknown as { seen?: Set<string> };
            w.seen ??= new Set();
            for (const r of document.querySelectorAll<HTMLElement>('.lb-row'))
              w.seen.add(r.dataset.entry ?? '');
            return ids.every((id) => w.seen!.has(id));
          },
          entryIds,
          { polling: 100, timeout: 30_000 },
        );
        const pages = Number(await page.getAttribute('[data-testid="leaderboard"]', 'data-pages'));
        expect(pages).toBeGreaterThan(1);
        const shown = await page.locator('.lb-row').count();
        expect(await page.innerText('[data-testid="pager"]')).toContain(
          `+${titles.length - shown} lainnya`,
        );
        // The first page at the normal pace, photographed once its animations are over:
        // the heading and the titles whole (two lines at most).
        await page.goto(`${t.url}/layar?nama=utama&kategori=${categoryId}`);
        await page.waitForSelector(
          '[data-testid="leaderboard"][data-page="1"] .lb-row[data-rank="1"]',
        );
        await page.waitForFunction(() =>
          document.getAnimations().every((a) => a.playState !== 'running'),
        );
        await screenshot(page, `layar-leaderboard-pages-${size.width}x${size.height}`);
        expect(await cutTexts(page)).toEqual([]);
        expect(watched.errors.filter((e) => !/Cross-Origin-Opener-Policy/.test(e))).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
