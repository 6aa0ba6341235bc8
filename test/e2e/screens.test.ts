// The audience screens in real Chromium against a real venue server: standings appear after
// a juror submits; the reveal and the privacy modes are checked ON THE WIRE (every WebSocket
// frame the page receives); every mode is photographed into docs/screenshots; the page runs
// on a non-loopback host name; it keeps its last state through a server restart. Needs the
// built pages (`npm run build:web`; `npm test` builds first).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { applyScreenPatch, type ScreenPatch } from '../../shared/contract/screen-patch.js';
import { hydrateScreen, type ScreenWire } from '../../shared/contract/screen-wire.js';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import type { Entry, ScreenMode } from '../../shared/model.js';
import { prepareRehearsalCopy } from '../../electron/server/sim/rehearsal-copy.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  animationsDone,
  screenshot,
  watchPage,
  type Watched,
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
let t: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
const opened: Array<{ close(): Promise<void> }> = [];
/** Four OPD entries on panel A, scored 90 / 85 / 80 / 70 by one juror: places 1-4. */
let ranked: Entry[] = [];
let jurorPin = '';

beforeAll(async () => {
  assertPagesBuilt('layar', 'overlay');
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey }, { reconnection: true });
  const snap = await org.waitFor(() => true);
  const juror = snap.jurors.find((j) => j.id === 'j-a1');
  if (!juror) throw new Error('demo juror j-a1 missing');
  jurorPin = juror.pin;
  ranked = snap.entries
    .filter((e) => e.categoryId === 'opd' && e.panelId === 'panel-a')
    .filter(
      (e) =>
        !juror.conflictEntryIds.includes(e.id) &&
        !juror.conflictInstitutions.some((i) => i.toLowerCase() === e.institution.toLowerCase()),
    )
    .slice(0, 4);
  expect(ranked).toHaveLength(4);
  // A new festival shows progress only; these pages are photographed with live scores.
  expectOk(await org.call('release:set', { privacy: 'live' }));
  browser = await launchBrowser();
});

// Pages keep animating and listening: close each test's pages (2 shared cores).
afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close().catch(() => undefined);
});

afterAll(async () => {
  for (const o of opened.splice(0).reverse()) await o.close().catch(() => undefined);
  await browser?.close();
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

type Opened = { page: Page; watched: Watched; frames: string[] };

/** Opens a page and records every WebSocket frame it receives, from the very first. */
async function open(
  url: string,
  size: { width: number; height: number } = { width: 1920, height: 1080 },
  b = browser,
): Promise<Opened> {
  const { context, page } = await newPage(b, size);
  opened.push(context);
  const frames: string[] = [];
  page.on('websocket', (ws) => {
    ws.on('framereceived', (f) =>
      frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')),
    );
  });
  const watched = watchPage(page, new URL(url).origin);
  await page.goto(url);
  await page.waitForSelector('[data-version]:not([data-version="0"])');
  return { page, watched, frames };
}

/**
 * Every screen view the frames carried ('42/screen,["snapshot",{...}]' in full, and
 * '42/screen,["patch",{...}]' applied in order onto the view before), as the page held it.
 */
function snapshotsIn(frames: string[]): ScreenSnapshot[] {
  const out: ScreenSnapshot[] = [];
  let held: ScreenWire | null = null;
  for (const f of frames) {
    const m = /^42\/screen,\d*(\[.*)$/s.exec(f);
    if (!m?.[1]) continue;
    const [event, payload] = JSON.parse(m[1]) as [string, unknown];
    if (event === 'snapshot') held = payload as ScreenWire;
    else if (event === 'patch') {
      const got = applyScreenPatch(held, payload as ScreenPatch);
      if (got.kind !== 'applied') continue;
      held = got.wire;
    } else continue;
    if (held) out.push(hydrateScreen(held));
  }
  return out;
}

const vals = (x100: number) => ({
  kebaruan: x100,
  kemanfaatan: x100,
  kewenangan: x100,
  replikasi: x100,
  penyajian: x100,
});

async function openAndScore(entry: Entry, x100: number): Promise<void> {
  const phase = (await org.waitFor(() => true)).phases[stageId]?.[entry.id];
  if (phase === 'queued' || phase === 'presenting')
    expectOk(await org.call('entry:transition', { entryId: entry.id, stageId, action: 'open' }));
  const juror = await connect(t.url, 'juror', { pin: jurorPin });
  try {
    expectOk(
      await juror.call('sheet:save', {
        submissionId: submissionId(),
        entryId: entry.id,
        stageId,
        status: 'submitted',
        values: vals(x100),
        comment: '',
      }),
    );
  } finally {
    juror.close();
  }
}

async function mode(m: ScreenMode, screen = 'utama', panelId: string | null = null): Promise<void> {
  expectOk(await org.call('screen:mode', { screen, mode: m, panelId }));
}

async function versionOf(page: Page): Promise<number> {
  return Number(await page.locator('[data-version]').first().getAttribute('data-version'));
}

// Chromium logs this for any plain-http origin that is not localhost (the server's COOP
// header is ignored there): expected on a LAN name, not a page error.
const coopNotice = /Cross-Origin-Opener-Policy header has been ignored/;
const noTrouble = (w: Watched) => {
  expect(w.foreignRequests).toEqual([]);
  expect(w.errors.filter((e) => !coopNotice.test(e))).toEqual([]);
};

describe('screens', () => {
  it('shows the new standings after a juror submits (data-version makes the delay measurable)', async () => {
    expectOk(await org.call('release:set', { privacy: 'live', stageId }));
    await mode('leaderboard');
    // Pinned to the category so the 12 s cycle cannot swap the list under the FLIP check.
    const { page, watched } = await open(`${t.url}/layar?nama=utama&kategori=opd`);
    const [a, b, c, d] = ranked as [Entry, Entry, Entry, Entry];
    const before = await versionOf(page);
    const submitted = Date.now();
    await openAndScore(a, 900);
    await page.waitForSelector(
      `.lb-row[data-entry="${a.id}"] [data-testid="score"]:text-is("90,00")`,
    );
    const after = await versionOf(page);
    expect(after).toBeGreaterThan(before);
    console.log(
      `screens: submit -> DOM on /layar in ${Date.now() - submitted} ms (version ${before} -> ${after})`,
    );
    await openAndScore(c, 800);
    await page.waitForSelector(`.lb-row[data-entry="${c.id}"][data-rank="2"]`);
    await animationsDone(page); // the row's fade-in is over
    await openAndScore(b, 850);
    // c slides from 2nd to 3rd place: a FLIP transform animation runs on its row.
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`.lb-row[data-entry="${id}"]`)
          ?.getAnimations()
          .some((an) =>
            JSON.stringify((an.effect as KeyframeEffect | null)?.getKeyframes() ?? []).includes(
              'translateY',
            ),
          ) ?? false,
      c.id,
      { polling: 'raf' },
    );
    await openAndScore(d, 700);
    await page.waitForFunction(
      (ids) =>
        [...document.querySelectorAll('.lb-row')]
          .map((r) => r.getAttribute('data-entry'))
          .join() === ids.join(),
      ranked.map((e) => e.id),
    );
    const ranks = await page
      .locator('.lb-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rank')));
    expect(ranks).toEqual(['1', '2', '3', '4']);
    expect(await page.locator('[data-testid="provisional"]').count()).toBe(1);
    // Legible from the back: no leaderboard row text under 3% of the screen height.
    const smallest = await page
      .locator('.lb-row')
      .evaluateAll((rows) =>
        Math.min(
          ...rows.flatMap((r) =>
            [
              ...r.querySelectorAll<HTMLElement>(
                '.lb-row__title, .lb-row__inst, .lb-row__score, .lb-row__rank',
              ),
            ].map((el) => parseFloat(getComputedStyle(el).fontSize)),
          ),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(1080 * 0.03 - 0.5);
    noTrouble(watched);
  });

  it('privacy "progress" and "hidden" never put a score or a leaderboard on the wire', async () => {
    const { page, frames, watched } = await open(`${t.url}/layar?nama=utama`);
    const [a, b] = ranked as [Entry, Entry];
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: a.id }));
    expectOk(await org.call('release:set', { privacy: 'progress' }));
    await page.waitForSelector('[data-testid="progress-view"]');
    // A new score while scores are withheld: the screen is told something changed, not what.
    const j3 = snapJuror('j-a3');
    await scoreAs(await j3, b, 800);
    await page.waitForSelector('.jprog');
    expectOk(await org.call('release:set', { privacy: 'hidden' }));
    await page.waitForSelector('[data-testid="hidden-card"]');
    await scoreAs(await snapJuror('j-a4'), b, 850);
    const v = (await org.waitFor(() => true)).version;
    await page.waitForFunction(
      (min) =>
        Number(document.querySelector('[data-version]')?.getAttribute('data-version')) >= min,
      v,
    );

    const snaps = snapshotsIn(frames);
    const withheld = snaps.filter((s) => s.privacy !== 'live');
    expect(withheld.filter((s) => s.privacy === 'progress').length).toBeGreaterThanOrEqual(2);
    expect(withheld.filter((s) => s.privacy === 'hidden').length).toBeGreaterThanOrEqual(2);
    for (const s of withheld) {
      expect(s.leaderboard).toBeNull();
      expect(s.reveal).toBeNull();
    }
    // And on the raw text of every frame after the switch: no score value at all.
    const firstWithheld = frames.findIndex((f) => f.includes('"privacy":"progress"'));
    expect(firstWithheld).toBeGreaterThanOrEqual(0);
    for (const f of frames.slice(firstWithheld)) {
      expect(f).not.toMatch(/"scoreMicro":\s*\d/);
      expect(f).not.toMatch(/"leaderboard":\s*\{/);
    }
    noTrouble(watched);
  });

  it('the reveal never sends a place above the one revealed so far (checked on every frame)', async () => {
    const [first, second, third] = ranked as [Entry, Entry, Entry];
    // Nothing on stage (an entry on stage is public anyway), scores hidden, screen in reveal.
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: null }));
    expectOk(await org.call('release:set', { privacy: 'hidden' }));
    await mode('reveal');
    const { page, frames, watched } = await open(`${t.url}/layar?nama=utama`);
    const leaks = (e: Entry) =>
      frames.filter((f) => f.includes(e.title) || f.includes(`"${e.id}"`));

    expectOk(
      await org.call('reveal:control', {
        action: 'start',
        categoryId: 'opd',
        places: 3,
        provisionalReason: 'Uji layar sebelum penguncian',
      }),
    );
    await page.waitForSelector('.reveal[data-revealed=""] .ladder');
    expect([...leaks(first), ...leaks(second), ...leaks(third)]).toEqual([]);

    expectOk(await org.call('reveal:control', { action: 'next' }));
    await page.waitForSelector('[data-testid="drumroll"]');
    await page.waitForSelector(
      `[data-testid="spotlight"][data-place="3"] [data-entry="${third.id}"]`,
    );
    expect(leaks(third).length).toBeGreaterThan(0);
    expect([...leaks(first), ...leaks(second)]).toEqual([]);

    expectOk(await org.call('reveal:control', { action: 'next' }));
    await page.waitForSelector(
      `[data-testid="spotlight"][data-place="2"] [data-entry="${second.id}"]`,
    );
    expect(leaks(first)).toEqual([]);
    await screenshot(page, 'layar-reveal');

    expectOk(await org.call('reveal:control', { action: 'next' }));
    await page.waitForSelector(
      `[data-testid="spotlight"][data-place="1"] [data-entry="${first.id}"]`,
    );
    await screenshot(page, 'layar-reveal-winner');
    // The reveal's steps travelled as patches, and every view they built, like every
    // snapshot on the wire, respected the revealed place.
    expect(frames.filter((f) => f.startsWith('42/screen,["patch"')).length).toBeGreaterThan(0);
    for (const s of snapshotsIn(frames)) {
      if (!s.reveal) continue;
      for (const r of s.reveal.rows)
        expect(r.rank).toBeGreaterThanOrEqual(s.reveal.revealedPlace ?? Infinity);
    }
    noTrouble(watched);
    expectOk(await org.call('reveal:control', { action: 'end' }));
  });

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
    const other = await launchBrowser(['--host-resolver-rules=MAP panggung.test 127.0.0.1']);
    opened.push({ close: () => other.close() });
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

  it('counts presentation then Q&A down on the server clock and shows overtime (also in English)', async () => {
    const t4 = await startTestServer();
    const o = await connect(t4.url, 'organizer', { key: t4.server.organizerKey });
    try {
      // A 2-second presentation so overtime comes quickly (a fresh festival may be replaced).
      const setup = expectOk(await o.call('setup:export', {}));
      const short = {
        ...setup,
        stages: setup.stages.map((st) => ({ ...st, presentationSec: 2, qaSec: 600 })),
      };
      expectOk(await o.call('setup:import', { setup: short, replace: true }));
      const entry = short.entries.find((e) => e.panelId === 'panel-a');
      if (!entry) throw new Error('no entry on panel A');
      expectOk(await o.call('panel:present', { panelId: 'panel-a', entryId: entry.id }));
      expectOk(
        await o.call('screen:mode', { screen: 'utama', mode: 'presenting', panelId: 'panel-a' }),
      );
      const { page, watched } = await open(`${t4.url}/layar?nama=utama`);
      await page.waitForSelector('.clock[data-segment="idle"]');
      expectOk(await o.call('timer:control', { panelId: 'panel-a', action: 'start-presentation' }));
      await page.waitForSelector('.clock[data-segment="presentation"] [data-testid="countdown"]');
      await page.waitForSelector('.clock--over', { timeout: 10_000 });
      expect(await page.locator('[data-testid="countdown"]').innerText()).toMatch(
        /^\+0:0\d\s+lewat waktu$/,
      );
      await screenshot(page, 'layar-presenting-overtime');
      expectOk(await o.call('timer:control', { panelId: 'panel-a', action: 'start-qa' }));
      await page.waitForSelector('.clock[data-segment="qa"]:not(.clock--over)');
      expect(await page.locator('[data-testid="countdown"]').innerText()).toMatch(
        /^(10:00|9:5\d)$/,
      );
      noTrouble(watched);

      const en = await open(`${t4.url}/layar?nama=utama&lang=en`);
      await en.page.waitForSelector('.clock[data-segment="qa"]');
      expect(await en.page.locator('.stage__label').innerText()).toMatch(/now presenting/i);
      expect(await en.page.locator('.clock__segment').innerText()).toMatch(/questions/i);
      expect(await en.page.evaluate(() => document.documentElement.lang)).toBe('en');
      await screenshot(en.page, 'layar-presenting-en');
    } finally {
      o.close();
      await t4.stop();
      removeDir(t4.dataDir);
    }
  }, 120_000);

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

async function snapJuror(id: string): Promise<string> {
  const j = (await org.waitFor(() => true)).jurors.find((x) => x.id === id);
  if (!j) throw new Error(`no juror ${id}`);
  return j.pin;
}

async function scoreAs(pin: string, entry: Entry, x100: number): Promise<void> {
  const juror = await connect(t.url, 'juror', { pin });
  try {
    expectOk(
      await juror.call('sheet:save', {
        submissionId: submissionId(),
        entryId: entry.id,
        stageId,
        status: 'submitted',
        values: vals(x100),
        comment: '',
      }),
    );
  } finally {
    juror.close();
  }
}

async function snapEntry(panelId: string): Promise<Entry> {
  const e = (await org.waitFor(() => true)).entries.find((x) => x.panelId === panelId);
  if (!e) throw new Error(`no entry on ${panelId}`);
  return e;
}
