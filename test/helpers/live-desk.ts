// The organizer desk's live and results pages for one test file: a real venue server with
// the demo festival, the organizer's socket, panel A's jurors as real pads, the main screen,
// and the desk page in real Chromium. Panel A's first four entries are "the day": the test
// keeps its own record of every stored sheet (`sheets`) and computes the standings from it
// with its own arithmetic (not shared/scoring). A file either drives the day through the
// page itself or has it scored over the sockets (`scored: true`), the same values and the
// same correction, so the results tests start from the day the page test produces.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Criterion, Entry } from '../../shared/model.js';
import { assertPagesBuilt, launchBrowser, newPage, watchPage, type Watched } from './browser.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  tempDir,
  type Client,
  type TestServer,
} from './server.js';

export const STAGE = 'presentasi';
export const PANEL = 'panel-a';

/** Base score (points) per entry of the day: distinct enough that no two means tie. */
const bases = [9, 6, 8, 7];

// Hundredths as the page writes them in Bahasa Indonesia (decimal comma) and as a number.
export const fmt = (h: number) => `${Math.floor(h / 100)},${String(h % 100).padStart(2, '0')}`;
export const dotted = (h: number) => fmt(h).replace(',', '.');

type OrganizerView = NonNullable<ReturnType<Client<'organizer'>['latest']>>;

export type LiveDesk = {
  srv: TestServer;
  org: Client<'organizer'>;
  browser: Browser;
  page: Page;
  watched: Watched;
  /** Panel A's jurors' pads by juror id. */
  pads: Map<string, Client<'juror'>>;
  screen: Client<'screen'>;
  /** A scratch folder for files the test saves. */
  tmp: string;
  /** The stage's criteria (filled before the first test). */
  criteria: Criterion[];
  /** The day's entries in running order (filled before the first test). */
  day: Entry[];
  /** What the test itself knows was stored: sheets[entryId][jurorId] = values (X100). */
  sheets: Map<string, Map<string, Record<string, number>>>;
  valuesFor(entryIndex: number, jurorIndex: number): Record<string, number>;
  expectedHundredths(entryId: string): number | null;
  sheetTotal(values: Record<string, number>): number;
  /** Opens a section's screen from the desk's navigation. */
  go(section: string, screenId: string): Promise<void>;
  /** Waits for an organizer snapshot; on a timeout, says what the desk page showed. */
  until(pred: (s: OrganizerView) => boolean): Promise<void>;
  /** The page got the answer to its last call (buttons enabled again) and shows `text` in `testId`. */
  pageShows(testId: string, text: string): Promise<void>;
  phase(entryId: string): string | undefined;
  /** Signs in on the desk page and opens live control. */
  signIn(): Promise<void>;
};

/**
 * Opens the desk for the file's tests (the returned object is filled before the first test).
 * `scored`: the day is scored over the sockets before the tests, and the correction the page
 * test makes (the first juror's first criterion of the second entry set to 10) made too.
 */
export function liveDeskForFile(opts: { scored: boolean; tmpPrefix: string }): LiveDesk {
  const d = {
    pads: new Map(),
    criteria: [],
    day: [],
    sheets: new Map(),
  } as unknown as LiveDesk;
  d.valuesFor = (entryIndex, jurorIndex) => {
    const base = bases[entryIndex] ?? 5;
    return Object.fromEntries(
      d.criteria.map((c, k) => {
        const v = Math.min(10, Math.max(1, base + ((jurorIndex + k) % 3) - 1));
        return [c.id, v * 100];
      }),
    );
  };
  /**
   * The independent computation: a sheet total is sum(weight% x value / max) on 0-100; the
   * entry's score is the plain mean of its jurors' totals. In hundredths of a point, exactly:
   * sum over sheets and criteria of weightBp x valueX100 / maxX100, over the sheet count,
   * rounded half up (integer arithmetic, every max is the same here).
   */
  d.expectedHundredths = (entryId) => {
    const byJuror = d.sheets.get(entryId);
    if (!byJuror || byJuror.size === 0) return null;
    const max = d.criteria[0]!.maxX100;
    let num = 0n;
    for (const values of byJuror.values())
      for (const c of d.criteria) num += BigInt(c.weightBp) * BigInt(values[c.id]!);
    const den = BigInt(max) * BigInt(byJuror.size);
    return Number((2n * num + den) / (2n * den));
  };
  d.sheetTotal = (values) =>
    d.criteria.reduce((s, c) => s + (c.weightBp * values[c.id]!) / c.maxX100, 0) / 100;
  d.go = async (section, screenId) => {
    await d.page.click(`[data-nav="${screenId}"]`);
    await d.page.waitForFunction((h) => window.location.hash === h, `#/${section}/${screenId}`);
  };
  d.until = async (pred) => {
    try {
      await d.org.waitFor(pred);
    } catch (err) {
      const shown = await d.page
        .locator('main')
        .innerText()
        .catch(() => '');
      throw new Error(`${(err as Error).message}; the desk showed: ${shown.slice(0, 600)}`);
    }
  };
  d.pageShows = async (testId, text) => {
    await d.page.waitForFunction(
      ([id, txt]) => {
        const timer = document.querySelector<HTMLButtonElement>('[data-testid="step-timer"]');
        return (
          timer !== null &&
          !timer.disabled &&
          (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').includes(txt!)
        );
      },
      [testId, text],
    );
  };
  d.phase = (entryId) => d.org.latest()?.phases[STAGE]?.[entryId];
  d.signIn = async () => {
    await d.page.goto(`${d.srv.url}/panitia`);
    await d.page.fill('input[name="organizer-key"]', d.srv.server.organizerKey);
    await d.page.keyboard.press('Enter');
    await d.page.waitForSelector('.desk__nav');
    await d.go('live', 'control');
    await d.page.waitForSelector('[data-testid="running-order"]');
  };

  beforeAll(async () => {
    assertPagesBuilt('panitia');
    d.tmp = tempDir(opts.tmpPrefix);
    d.srv = await startTestServer();
    d.org = await connect(d.srv.url, 'organizer', { key: d.srv.server.organizerKey });
    const snap = await d.org.waitFor(() => true);
    d.criteria.push(...snap.stages.find((s) => s.id === STAGE)!.criteria);
    expect(new Set(d.criteria.map((c) => c.maxX100)).size).toBe(1);
    d.day.push(
      ...snap.entries
        .filter((e) => e.panelId === PANEL)
        .sort((a, b) => a.order - b.order)
        .slice(0, 4),
    );
    for (const j of snap.jurors.filter((x) => x.panelId === PANEL))
      d.pads.set(j.id, await connect(d.srv.url, 'juror', { pin: j.pin }));
    d.screen = await connect(d.srv.url, 'screen', { name: 'utama' });
    if (opts.scored) await scoreDay(d);
    d.browser = await launchBrowser();
    ({ page: d.page } = await newPage(d.browser, { width: 1366, height: 768 }));
    d.watched = watchPage(d.page, d.srv.url);
  }, 60_000);

  afterAll(async () => {
    await d.browser?.close();
    for (const p of d.pads.values()) p.close();
    d.screen?.close();
    d.org?.close();
    await d.srv?.stop();
    if (d.srv) removeDir(d.srv.dataDir);
    if (d.tmp) removeDir(d.tmp);
  });
  // Registered last, run first (after-hooks unwind as a stack): the page is still open.
  afterAll(() => {
    if (!d.watched) return;
    expect(d.watched.errors, 'page errors').toEqual([]);
    expect(d.watched.foreignRequests, 'requests outside the venue').toEqual([]);
  });
  return d;
}

/**
 * The day the page test drives from the keyboard, over the sockets instead: each entry
 * opened, every juror who is not recused submits `valuesFor`, the entry locked; then the
 * page test's correction on the second entry.
 */
async function scoreDay(d: LiveDesk): Promise<void> {
  const jurorIds = [...d.pads.keys()];
  for (const [i, entry] of d.day.entries()) {
    expectOk(
      await d.org.call('entry:transition', { entryId: entry.id, stageId: STAGE, action: 'open' }),
    );
    const opened = await d.org.waitFor((s) => s.phases[STAGE]?.[entry.id] === 'scoring');
    const cells = opened.progress[STAGE]![entry.id]!;
    const byJuror = new Map<string, Record<string, number>>();
    for (const [k, jurorId] of jurorIds.entries()) {
      if (cells[jurorId] === 'recused') continue;
      const values = d.valuesFor(i, k);
      expectOk(
        await d.pads.get(jurorId)!.call('sheet:save', {
          submissionId: submissionId(),
          entryId: entry.id,
          stageId: STAGE,
          status: 'submitted',
          values,
          comment: '',
        }),
      );
      byJuror.set(jurorId, values);
    }
    d.sheets.set(entry.id, byJuror);
    expectOk(
      await d.org.call('entry:transition', { entryId: entry.id, stageId: STAGE, action: 'lock' }),
    );
  }
  const entry = d.day[1]!;
  const [jurorId, values] = [...d.sheets.get(entry.id)!][0]!;
  const corrected = { ...values, [d.criteria[0]!.id]: 1000 };
  expectOk(
    await d.org.call('sheet:correct', {
      submissionId: submissionId(),
      jurorId,
      entryId: entry.id,
      stageId: STAGE,
      values: corrected,
      comment: '',
      reason: 'Koreksi atas permintaan ketua juri',
    }),
  );
  d.sheets.get(entry.id)!.set(jurorId, corrected);
  await d.org.waitFor((s) => d.day.every((e) => s.phases[STAGE]?.[e.id] === 'locked'));
}
