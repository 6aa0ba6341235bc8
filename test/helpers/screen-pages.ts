// Audience screens for the page tests: Chromium pages on /layar, /overlay or /publik that
// record every WebSocket frame they receive (what went over the wire, not just what the page
// drew), closed after each test (pages keep animating and listening; 2 shared cores). With
// `screensDeskForFile`, also the demo festival on a real server with the organizer's desk
// connected (scores live on the screens) and four OPD entries of panel A a juror can score.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { applyScreenPatch, type ScreenPatch } from '../../shared/contract/screen-patch.js';
import { hydrateScreen, type ScreenWire } from '../../shared/contract/screen-wire.js';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import type { Entry, ScreenMode } from '../../shared/model.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
  recordFrames,
  watchPage,
  type Watched,
} from './browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from './server.js';

export const stageId = 'presentasi';

export type Opened = { page: Page; watched: Watched; frames: string[] };

export type ScreenPages = {
  browser: Browser;
  /** Opens a page and records every WebSocket frame it receives, from the very first. */
  open(url: string, size?: { width: number; height: number }, b?: Browser): Promise<Opened>;
  /** Closed after the test (with the test's pages). */
  closeAfterTest(o: { close(): Promise<void> }): void;
};

/** Chromium for the file's tests; the pages a test opens are closed after it. */
export function screenPagesForFile(): ScreenPages {
  const opened: Array<{ close(): Promise<void> }> = [];
  const p = {
    closeAfterTest: (o) => void opened.push(o),
    open: async (url, size = { width: 1920, height: 1080 }, b = p.browser) => {
      const { context, page } = await newPage(b, size);
      opened.push(context);
      const frames = recordFrames(page);
      const watched = watchPage(page, new URL(url).origin);
      await page.goto(url);
      await page.waitForSelector('[data-version]:not([data-version="0"])');
      return { page, watched, frames };
    },
  } as ScreenPages;
  const closeAll = async () => {
    for (const o of opened.splice(0).reverse()) await o.close().catch(() => undefined);
  };
  beforeAll(async () => {
    assertPagesBuilt('layar', 'overlay');
    p.browser = await launchBrowser();
  });
  afterEach(closeAll);
  afterAll(async () => {
    await closeAll();
    await p.browser?.close();
  });
  return p;
}

/**
 * Every screen view the frames carried ('42/screen,["snapshot",{...}]' in full, and
 * '42/screen,["patch",{...}]' applied in order onto the view before), as the page held it.
 */
export function snapshotsIn(frames: string[]): ScreenSnapshot[] {
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

// Chromium logs this for any plain-http origin that is not localhost (the server's COOP
// header is ignored there): expected on a LAN name, not a page error.
const coopNotice = /Cross-Origin-Opener-Policy header has been ignored/;
export const noTrouble = (w: Watched) => {
  expect(w.foreignRequests).toEqual([]);
  expect(w.errors.filter((e) => !coopNotice.test(e))).toEqual([]);
};

/** The same value on every criterion of the demo rubric. */
export const vals = (x100: number) => ({
  kebaruan: x100,
  kemanfaatan: x100,
  kewenangan: x100,
  replikasi: x100,
  penyajian: x100,
});

export async function versionOf(page: Page): Promise<number> {
  return Number(await page.locator('[data-version]').first().getAttribute('data-version'));
}

export type ScreensDesk = ScreenPages & {
  t: TestServer;
  org: Client<'organizer'>;
  /** Four OPD entries on panel A that juror j-a1 may score (no conflict). */
  ranked: Entry[];
  jurorPin: string;
  /** Opens the entry for scoring if it is not yet, and j-a1 submits `x100` on every criterion. */
  openAndScore(entry: Entry, x100: number): Promise<void>;
  mode(m: ScreenMode, screen?: string, panelId?: string | null): Promise<void>;
  snapJuror(id: string): Promise<string>;
  scoreAs(pin: string, entry: Entry, x100: number): Promise<void>;
  snapEntry(panelId: string): Promise<Entry>;
};

/** The demo festival with scores live on the screens, the desk connected, and Chromium. */
export function screensDeskForFile(): ScreensDesk {
  const d = screenPagesForFile() as ScreensDesk;
  d.ranked = [];
  d.scoreAs = async (pin, entry, x100) => {
    const juror = await connect(d.t.url, 'juror', { pin });
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
  };
  d.openAndScore = async (entry, x100) => {
    const phase = (await d.org.waitFor(() => true)).phases[stageId]?.[entry.id];
    if (phase === 'queued' || phase === 'presenting')
      expectOk(
        await d.org.call('entry:transition', { entryId: entry.id, stageId, action: 'open' }),
      );
    await d.scoreAs(d.jurorPin, entry, x100);
  };
  d.mode = async (m, screen = 'utama', panelId = null) => {
    expectOk(await d.org.call('screen:mode', { screen, mode: m, panelId }));
  };
  d.snapJuror = async (id) => {
    const j = (await d.org.waitFor(() => true)).jurors.find((x) => x.id === id);
    if (!j) throw new Error(`no juror ${id}`);
    return j.pin;
  };
  d.snapEntry = async (panelId) => {
    const e = (await d.org.waitFor(() => true)).entries.find((x) => x.panelId === panelId);
    if (!e) throw new Error(`no entry on ${panelId}`);
    return e;
  };
  beforeAll(async () => {
    d.t = await startTestServer();
    d.org = await connect(
      d.t.url,
      'organizer',
      { key: d.t.server.organizerKey },
      { reconnection: true },
    );
    const snap = await d.org.waitFor(() => true);
    const juror = snap.jurors.find((j) => j.id === 'j-a1');
    if (!juror) throw new Error('demo juror j-a1 missing');
    d.jurorPin = juror.pin;
    d.ranked.push(
      ...snap.entries
        .filter((e) => e.categoryId === 'opd' && e.panelId === 'panel-a')
        .filter(
          (e) =>
            !juror.conflictEntryIds.includes(e.id) &&
            !juror.conflictInstitutions.some(
              (i) => i.toLowerCase() === e.institution.toLowerCase(),
            ),
        )
        .slice(0, 4),
    );
    expect(d.ranked).toHaveLength(4);
    // A new festival shows progress only; these pages are photographed with live scores.
    expectOk(await d.org.call('release:set', { privacy: 'live' }));
  });
  afterAll(async () => {
    d.org?.close();
    await d.t?.stop();
    if (d.t) removeDir(d.t.dataDir);
  });
  return d;
}
