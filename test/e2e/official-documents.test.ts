// The official documents as the organizer makes them: the Berita Acara's number and the
// signatories are entered on the desk's Festival page (a malformed NIP is refused next to
// its field and nothing is saved), then the Berita Acara and the certificates are printed
// to A4 PDFs and read back with pdftotext: the number, every signatory's role, name and
// NIP, and on each certificate the chair of the panel that judged the entry.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFestival } from '../../electron/server/demo/demo-festival.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  screenshot,
  screenshotPath,
  takingScreenshots,
} from '../helpers/browser.js';
import { scoreFestival } from '../helpers/score-festival.js';
import {
  connect,
  expectOk,
  lanTestName,
  removeDir,
  startTestServer,
  tempDir,
  type Client,
  type TestServer,
  lanBrowserArgs,
} from '../helpers/server.js';

const stageId = 'presentasi';
const number = '000.8/412/406.012/2026';
const signatories = [
  { role: 'Ketua Panitia', name: 'Drs. Hari Wibowo, M.Si.', nip: '19700512 199503 1 002' },
  { role: 'Kepala Bappeda', name: 'Ir. Sri Rahayu, M.T.', nip: '197803142005012003' },
];
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let page: Page;
const tmp = tempDir('panggung-docs-');

/** Two OPD and one health entry (panel A), two village entries (panel B); no signatories yet. */
function smallFestival() {
  const s = demoFestival();
  const take = (categoryId: string, n: number) =>
    s.entries.filter((e) => e.categoryId === categoryId).slice(0, n);
  s.entries = [...take('opd', 2), ...take('kesehatan', 1), ...take('desa', 2)];
  s.festival = { ...s.festival, documentNumber: '', signatories: [] };
  return s;
}

function pdfText(file: string, pageNo?: number): string {
  const range = pageNo ? ['-f', String(pageNo), '-l', String(pageNo)] : [];
  // Whitespace folded: a long name may wrap onto two lines of the page.
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

async function printTo(name: string): Promise<string> {
  const file = join(tmp, name);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  return file;
}

beforeAll(async () => {
  assertPagesBuilt('panitia');
  t = await startTestServer({ seedDemo: false });
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  expectOk(await org.call('setup:import', { setup: smallFestival(), replace: false }));
  await org.waitFor((s) => s.entries.length === 5);
  await scoreFestival(t.url, org, stageId, { organizerKey: t.server.organizerKey });
  browser = await launchBrowser(lanBrowserArgs);
  ({ page } = await newPage(browser, { width: 1366, height: 900 }));
  await page.goto(`http://${lanTestName}:${new URL(t.url).port}/panitia`);
  await page.fill('input[name="organizer-key"]', t.server.organizerKey);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.desk__nav');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
  removeDir(tmp);
});

describe('official documents', () => {
  it('enters the number and the signatories on the Festival page; a bad NIP saves nothing', async () => {
    await page.click('[data-nav="festival"]');
    await page.waitForSelector('[data-testid="signatories"]');
    await page.fill('input[name="documentNumber"]', number);
    for (const [i, s] of signatories.entries()) {
      await page.click('[data-testid="signatory-add"]');
      await page.fill(`input[name="signatory-${i}-role"]`, s.role);
      await page.fill(`input[name="signatory-${i}-name"]`, s.name);
      await page.fill(`input[name="signatory-${i}-nip"]`, i === 1 ? '1978-03-14' : s.nip);
    }
    expect(await page.locator('[data-testid="signatory-add"]').isDisabled()).toBe(true);
    await page.click('button[type="submit"]');
    const error = page.locator('input[name="signatory-1-nip"] ~ .field-error, .field-error');
    await error.first().waitFor();
    expect(await error.first().innerText()).toContain('NIP harus 18 angka');
    expect((org.latest() as OrganizerSnapshot).festival.signatories).toEqual([]);
    await screenshot(page, 'panitia-festival-signatories-error');
    // The same refusal in English.
    await page.selectOption('.language-switch select', 'en');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.field-error')].some((e) =>
        e.textContent?.includes('A NIP has 18 digits'),
      ),
    );
    await page.selectOption('.language-switch select', 'id');
    await page.fill('input[name="signatory-1-nip"]', signatories[1]!.nip);
    await page.click('button[type="submit"]');
    const saved = await org.waitFor((s) => s.festival.signatories.length === 2);
    expect(saved.festival.signatories).toEqual(signatories);
    expect(saved.festival.documentNumber).toBe(number);
    await page.locator('[data-testid="signatories"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-festival-signatories');
  });

  it('prints the Berita Acara with its number and the signatories (role, name, NIP)', async () => {
    await page.click('[data-nav="paperwork"]');
    await page.click('[data-doc="berita-acara"]');
    await page.waitForSelector('[data-testid="doc-berita-acara"]');
    const text = pdfText(await printTo('berita-acara.pdf'));
    expect(text).toMatch(new RegExp(`Nomor: ${number.replace(/[./]/g, '\\$&')}`));
    for (const s of signatories) {
      expect(text).toContain(s.role);
      expect(text).toContain(s.name);
      expect(text).toContain(`NIP. ${s.nip}`);
    }
    await page.locator('.doc-sign__organizers').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-berita-acara-signatories');
  });

  it("signs each certificate by the chair of the entry's panel and the signatories", async () => {
    await page.click('[data-doc="certificates"]');
    await page.waitForSelector('[data-testid="doc-certificates"] .certificate');
    const snap = org.latest() as OrganizerSnapshot;
    const winners = snap.categories.flatMap((c) =>
      (snap.standings[stageId]?.byCategory[c.id] ?? []).filter(
        (r) => r.rank !== null && r.rank <= 3,
      ),
    );
    expect(winners.length).toBe(snap.entries.length);
    const file = await printTo('sertifikat.pdf');
    const fold = (x: string) => x.replace(/\s+/g, ' ');
    for (const [i, row] of winners.entries()) {
      const entry = snap.entries.find((e) => e.id === row.entryId)!;
      const chair = snap.jurors.find((j) => j.isChair && j.panelId === entry.panelId)!;
      const other = snap.jurors.find((j) => j.isChair && j.panelId !== entry.panelId)!;
      const text = pdfText(file, i + 1);
      expect(text).toContain(fold(entry.institution));
      expect(text).toContain('Ketua Dewan Juri');
      expect(text).toContain(chair.name);
      expect(text).not.toContain(other.name);
      for (const s of signatories) {
        expect(text).toContain(s.name);
        expect(text).toContain(`NIP. ${s.nip}`);
      }
      expect(text).not.toContain('SEMENTARA');
    }
    // The printed page itself, as the organizer will hold it.
    if (takingScreenshots)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file,
        screenshotPath('sertifikat-print-a4').replace(/\.png$/, ''),
      ]);
    await page.locator('.certificate__sign').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-certificate-signatories');
  });
});
