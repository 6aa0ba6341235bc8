// What the audience screens show of the scores, in real Chromium against a real venue server:
// the standings appear after a juror submits (data-version makes the delay measurable); the
// privacy modes and the reveal are checked ON THE WIRE (every WebSocket frame the page
// receives). Needs the built pages (`npm run build:web`; `npm test` builds first).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/model.js';
import { animationsDone, screenshot } from '../helpers/browser.js';
import {
  noTrouble,
  screensDeskForFile,
  snapshotsIn,
  stageId,
  versionOf,
} from '../helpers/screen-pages.js';
import { expectOk, type Client, type TestServer } from '../helpers/server.js';

const s = screensDeskForFile();
let t: TestServer;
let org: Client<'organizer'>;
let ranked: Entry[];
beforeAll(() => {
  ({ t, org, ranked } = s);
});
const { open, openAndScore, mode, snapJuror, scoreAs } = s;

describe('screens: live scores, privacy and the reveal', () => {
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
});
