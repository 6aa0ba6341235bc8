// Katalog Inovasi end to end: the 67-entry demo festival scored over real sockets, a few
// comments released (one withdrawn), the catalogue built with one call, unzipped, and
// opened from file:// in real Chromium: no console error, no request outside the folder,
// the search finds an entry by its institution, the filters work, an innovation page shows
// its details, award and released comment; no file holds a juror's name, id, PIN or token,
// nor an unreleased comment. A provisional catalogue needs a reason and says so. The A4
// print version prints to PDF.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot, watchPage } from '../helpers/browser.js';

import { expectOk, type Client, type TestServer } from '../helpers/server.js';
import { scoredDeskForFile } from '../helpers/scored-desk.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let tmp: string;
let root: string;
const released: string[] = [];
const unreleased: string[] = [];

/** A PNG logo (1x1), to check the catalogue carries the festival's logos. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

type Watch = { errors: string[]; outside: string[] };
function watchFile(page: Page, folder: string): Watch {
  const w: Watch = { errors: [], outside: [] };
  const prefix = pathToFileURL(folder).href;
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => w.errors.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(prefix) && !r.url().startsWith('data:')) w.outside.push(r.url());
  });
  return w;
}

scoredDeskForFile(
  { stageId, leaveUnlocked: ['SEK-14'], tmpPrefix: 'panggung-catalogue-' },
  (desk) => ({ t, org, browser, tmp } = desk),
);

beforeAll(async () => {
  expectOk(await org.call('logo:set', { slot: 1, base64: png.toString('base64') }));
  const comments = expectOk(await org.call('comments:list', { stageId }));
  comments.forEach((c, i) => {
    if (i < 6) released.push(`Dirilis ${i}: ${c.comment}`);
  });
  for (const [i, c] of comments.slice(0, 6).entries())
    expectOk(
      await org.call('comment:release', {
        stageId,
        entryId: c.entryId,
        jurorId: c.jurorId,
        publicText: released[i]!,
      }),
    );
  const withdrawn = comments[6]!;
  expectOk(
    await org.call('comment:release', {
      stageId,
      entryId: withdrawn.entryId,
      jurorId: withdrawn.jurorId,
      publicText: 'Ditarik kembali oleh panitia.',
    }),
  );
  expectOk(
    await org.call('comment:release', {
      stageId,
      entryId: withdrawn.entryId,
      jurorId: withdrawn.jurorId,
      publicText: null,
    }),
  );
  unreleased.push('Ditarik kembali oleh panitia.');
});

describe('Katalog Inovasi', () => {
  it('refuses a catalogue with unlocked entries unless a reason is given, then marks it', async () => {
    const refused = await org.call('catalogue:build', { stageId, lng: 'id', places: 3 });
    expect(refused.ok ? 'ok' : refused.code).toBe('REASON_REQUIRED');
    expect(refused.ok ? '' : refused.details?.join(' ')).toContain('SEK-14');
    const provisional = expectOk(
      await org.call('catalogue:print', {
        stageId,
        lng: 'id',
        places: 3,
        provisionalReason: 'pratinjau untuk humas',
      }),
    );
    expect(provisional.provisional).toBe(true);
    expect(provisional.html).toContain('SEMENTARA');
    const snap = org.latest()!;
    const sek = snap.entries.find((e) => e.code === 'SEK-14')!;
    expectOk(
      await org.call('entry:transition', {
        entryId: sek.id,
        stageId,
        action: 'lock',
        reason: 'selesai',
      }),
    );
  });

  it('builds the catalogue in one call; its pages open from file:// offline and search by institution', async () => {
    const made = expectOk(await org.call('catalogue:build', { stageId, lng: 'id', places: 3 }));
    const snap = org.latest()!;
    expect(made.entries).toBe(snap.entries.length);
    expect(made.provisional).toBe(false);
    const zip = await JSZip.loadAsync(Buffer.from(made.base64, 'base64'));
    for (const [name, f] of Object.entries(zip.files)) {
      if (f.dir) continue;
      const out = join(tmp, name);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, await f.async('nodebuffer'));
    }
    root = join(tmp, made.fileName.replace(/\.zip$/, ''));
    const files = walk(root);
    expect(files.filter((f) => f.includes(`${'inovasi'}/`))).toHaveLength(snap.entries.length);
    expect(files.some((f) => /aset\/logo-1\.png$/.test(f))).toBe(true);

    // Nothing personal and nothing unreleased, in any file.
    const text = files
      .filter((f) => /\.(html|js|css)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const j of snap.jurors) {
      expect(text).not.toContain(j.name);
      expect(text).not.toContain(j.token);
      expect(text).not.toMatch(new RegExp(`(?<![0-9A-Za-z])${j.pin}(?![0-9A-Za-z])`));
      expect(text).not.toContain(`"${j.id}"`);
    }
    for (const u of unreleased) expect(text).not.toContain(u);
    for (const r of released) expect(text).toContain(r);
    expect(text).not.toContain(t.server.organizerKey);

    const { context, page } = await newPage(browser, { height: 900 });
    const watched = watchFile(page, root);
    await page.goto(pathToFileURL(join(root, 'index.html')).href);
    const cards = page.locator('[data-card]:not([hidden])');
    await expect.poll(() => cards.count()).toBe(snap.entries.length);
    await screenshot(page, 'catalogue-index');

    const target = snap.entries.find((e) => e.institution === 'Puskesmas Watulimo')!;
    const same = snap.entries.filter((e) => e.institution === target.institution);
    await page.fill('#q', 'puskesmas watulimo');
    await expect.poll(() => cards.count()).toBe(same.length);
    expect(await cards.first().innerText()).toContain(target.institution);
    expect(await page.innerText('#count')).toBe(
      `${same.length} dari ${snap.entries.length} inovasi`,
    );
    await page.fill('#q', 'tidak ada instansi seperti ini');
    await page.locator('#none').waitFor();
    await page.fill('#q', '');
    await page.selectOption('#category', 'sekolah');
    await expect
      .poll(() => cards.count())
      .toBe(snap.entries.filter((e) => e.categoryId === 'sekolah').length);
    await page.selectOption('#award', 'juara-1');
    const winners = await org.call('results:get', {});
    const st = expectOk(winners).stages.find((s) => s.stage.id === stageId)!.standings;
    const firsts = (st.byCategory['sekolah'] ?? []).filter((r) => r.rank === 1);
    await expect.poll(() => cards.count()).toBe(firsts.length);
    const winner = snap.entries.find((e) => e.id === firsts[0]!.entryId)!;
    expect(await cards.first().innerText()).toContain('Juara 1');

    await cards.first().locator('h2 a').click();
    await page.waitForSelector('article[data-entry]');
    expect(await page.innerText('article h1')).toBe(winner.title);
    const body = await page.innerText('article');
    expect(body).toContain('Juara 1');
    expect(body).toContain(winner.institution);
    expect(body).toContain('Tahun mulai');
    const details = expectOk(await org.call('entry:details', { id: winner.id }));
    expect(body).toContain(details.summary);
    await screenshot(page, 'catalogue-innovation');

    // An innovation with a released comment shows it, without a juror.
    const withComment = readFileSync(
      files.find((f) => readFileSync(f, 'utf8').includes(released[0]!) && f.includes('inovasi/'))!,
      'utf8',
    );
    expect(withComment).toContain('Catatan juri');
    for (const p of files.filter((f) => f.includes('inovasi/')).slice(0, 5)) {
      await page.goto(pathToFileURL(p).href);
      await page.waitForSelector('article[data-entry]');
    }
    expect(watched.errors).toEqual([]);
    expect(watched.outside).toEqual([]);
    await context.close();
  });

  it('prints the A4 version to PDF: a cover, then one innovation per page', async () => {
    const { context, page } = await newPage(browser);
    const watched = watchFile(page, root);
    await page.goto(pathToFileURL(join(root, 'cetak.html')).href);
    const file = join(tmp, 'katalog.pdf');
    writeFileSync(
      file,
      await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    await context.close();
    const snap = org.latest()!;
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThanOrEqual(snap.entries.length + 1);
    const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    for (const e of snap.entries.slice(0, 10)) expect(pdf).toContain(e.code);
    for (const j of snap.jurors) expect(pdf).not.toContain(j.name);
    expect(pdf).not.toContain('SEMENTARA');
    expect(watched.errors).toEqual([]);
    expect(watched.outside).toEqual([]);
  });

  it('is one click on the desk: the zip downloads and the print version previews', async () => {
    const { context, page } = await newPage(browser, { height: 900 });
    const watched = watchPage(page, t.url);
    await page.goto(`${t.url}/panitia#/results/publish`);
    await page.fill('input[name="organizer-key"]', t.server.organizerKey);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="catalogue-build"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="catalogue-build"]'),
    ]);
    expect(download.suggestedFilename()).toBe('katalog-inovasi-festival-inovasi-daerah-2026.zip');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(zip.file('katalog-inovasi-festival-inovasi-daerah-2026/index.html')).not.toBeNull();
    await page.click('[data-testid="catalogue-preview"]');
    const frame = page.frameLocator('[data-testid="catalogue-frame"]');
    await frame.locator('article[data-entry]').first().waitFor();
    expect(await frame.locator('article[data-entry]').count()).toBe(org.latest()!.entries.length);
    await page.locator('[data-testid="pub-catalogue"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'panitia-publish-catalogue');
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await context.close();
  });
});
