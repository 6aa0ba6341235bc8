// The festival's moments of truth, checked where people see them: the lock shortcut asking
// before it locks an entry with sheets missing, and the reveal ceremony driven from the desk
// and checked on two real projector pages (/layar at 1920x1080 and 1024x768) at every step:
// nothing before the first step, never a place above the revealed one (in the page AND in
// every WebSocket frame), the tied winners together, SEMENTARA when results are not locked,
// the desk's "shown" only after a projector reported it. The tests build on each other (the
// lock, the reveals, the lock confirmed) in order; the juror cards and the welcome screen
// are ceremony-cards-welcome.test.ts. Needs the built pages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../helpers/browser.js';
import { ceremonyDeskForFile, stageId, type Projector } from '../helpers/ceremony-desk.js';
import { expectOk } from '../helpers/server.js';

const d = ceremonyDeskForFile({ scored: true });

const text = (p: Page) => p.locator('body').innerText();

describe('the lock', () => {
  it('the L key asks first when sheets are missing, naming the jurors; cancel leaves it open', async () => {
    const { org, desk, opd, health, code, go } = d;
    for (const id of opd)
      expectOk(await org.call('entry:transition', { entryId: id, stageId, action: 'lock' }));
    await org.waitFor((s) => opd.every((id) => s.phases[stageId]?.[id] === 'locked'));
    await go('live', 'control');
    await desk.waitForFunction(
      (c) => document.querySelector('[data-testid="step-lock"]')?.textContent?.includes(c),
      code(health),
    );
    await desk.locator('main h1').first().focus();
    await desk.keyboard.press('l');
    await desk.waitForSelector('[data-testid="reason-items"] li');
    const named = await desk.locator('[data-testid="reason-items"]').innerText();
    const missing = org
      .latest()!
      .jurors.filter((j) => j.panelId === 'panel-a')
      .slice(1);
    for (const j of missing) expect(named).toContain(j.name);
    expect(named).not.toContain(org.latest()!.jurors.find((j) => j.panelId === 'panel-a')!.name);
    expect(org.latest()!.phases[stageId]?.[health]).toBe('scoring');
    // Without a reason the button stays off; cancelling leaves the entry open.
    expect(await desk.isDisabled('[data-testid="reason-confirm"]')).toBe(true);
    await screenshot(desk, 'panitia-live-lock-missing');
    await desk.click('dialog[open] button:has-text("Batal")');
    await desk.waitForSelector('dialog[open]', { state: 'detached' });
    expect(org.latest()!.phases[stageId]?.[health]).toBe('scoring');
  });
});

describe('the reveal ceremony on the projector', () => {
  it('refuses an unlocked category on the desk; confirmed, the projector says SEMENTARA', async () => {
    const { org, desk, health, code, go, projector } = d;
    const main = await projector('utama', 1920, 1080);
    await go('live', 'screens');
    await desk.waitForSelector('[data-testid="reveal-start"]');
    await desk.selectOption('select[name="reveal-category"]', 'kesehatan');
    await desk.fill('input[name="reveal-places"]', '3');
    await desk.click('[data-testid="reveal-start"]');
    await desk.waitForSelector('[data-testid="reason-items"] li');
    expect(await desk.locator('[data-testid="reason-items"]').innerText()).toContain(code(health));
    expect(org.latest()!.release.reveal).toBeNull();
    await desk.fill('textarea[name="confirm-reason"]', 'Latihan upacara, nilai belum dikunci');
    await desk.click('[data-testid="reason-confirm"]');
    // The main screen switched to the reveal by itself and says SEMENTARA.
    await main.page.waitForSelector(
      '.layar[data-mode="reveal"] [data-testid="reveal-provisional"]',
    );
    expect(await main.page.innerText('[data-testid="reveal-provisional"]')).toMatch(/SEMENTARA/);
    await desk.click('[data-testid="reveal-next"]');
    await main.page.waitForSelector(`[data-testid="spotlight"] [data-entry="${health}"]`);
    await main.page.waitForTimeout(600);
    await screenshot(main.page, 'layar-reveal-provisional-1920x1080');
    await desk.click('[data-testid="reveal-end"]');
    await main.page.waitForSelector('.layar[data-mode="leaderboard"]');
  });

  it('plays the ceremony: each step as the projectors show it, the tie together, nothing early', async () => {
    const { desk, deskWatch, opd, projectors, title, projector } = d;
    const [main] = projectors as [Projector];
    const side = await projector('samping', 1024, 768);
    main.frames.length = 0;
    const winners = [opd[0]!, opd[1]!];
    const early = (p: Projector) =>
      winners.filter((id) => p.frames.some((f) => f.includes(title(id)) || f.includes(`"${id}"`)));
    await desk.reload();
    await desk.waitForSelector('[data-testid="reveal-start"]');
    await desk.waitForSelector('input[name="reveal-screen-samping"]');
    await desk.check('input[name="reveal-screen-samping"]');
    await desk.selectOption('select[name="reveal-category"]', 'opd');
    await desk.fill('input[name="reveal-places"]', '3');
    await desk.click('[data-testid="reveal-start"]');

    // Step 0: both screens in the reveal, every place a secret, no title anywhere.
    for (const p of [main, side]) {
      await p.page.waitForSelector('.reveal[data-revealed=""] .ladder');
      const shown = await text(p.page);
      for (const id of opd) expect(shown).not.toContain(title(id));
      expect(await p.page.locator('[data-testid="reveal-provisional"]').count()).toBe(0);
    }
    // Both projectors report (in either order): wait until the desk names both.
    await desk.waitForFunction(() =>
      /utama.*samping|samping.*utama/.test(
        document.querySelector('[data-testid="reveal-showing-on"]')?.textContent ?? '',
      ),
    );
    expect(await desk.innerText('[data-testid="reveal-showing-on"]')).toMatch(
      /utama.*samping|samping.*utama/,
    );
    expect(
      await desk.locator('[data-testid="stealth-preview"] tr[data-shown="true"]').count(),
    ).toBe(0);

    // Step 1: place 3 (the drum-roll first), and still nothing of place 1.
    await desk.click('[data-testid="reveal-next"]');
    await Promise.all([main, side].map((p) => p.page.waitForSelector('[data-testid="drumroll"]')));
    for (const p of [main, side]) {
      await p.page.waitForSelector(
        `[data-testid="spotlight"][data-place="3"] [data-entry="${opd[2]}"]`,
      );
      const shown = await text(p.page);
      expect(shown).toContain(title(opd[2]!));
      for (const id of winners) expect(shown).not.toContain(title(id));
      expect(early(p)).toEqual([]);
    }
    // The desk marks place 3 shown once a projector reported it, and only place 3.
    await desk.waitForSelector(
      `[data-testid="stealth-preview"] tr[data-entry="${opd[2]}"][data-shown="true"]`,
    );
    for (const id of winners)
      expect(
        await desk.getAttribute(
          `[data-testid="stealth-preview"] tr[data-entry="${id}"]`,
          'data-shown',
        ),
      ).toBe('false');
    await main.page.waitForTimeout(600);
    await screenshot(main.page, 'layar-reveal-place3-1920x1080');
    await screenshot(side.page, 'layar-reveal-place3-1024x768');

    // Step 2: the tied place 1, both entries at once; there was never a place 2 step.
    await desk.click('[data-testid="reveal-next"]');
    for (const p of [main, side]) {
      await p.page.waitForSelector(
        `[data-testid="spotlight"][data-place="1"] [data-entry="${opd[0]}"]`,
      );
      await p.page.waitForSelector(
        `[data-testid="spotlight"][data-place="1"] [data-entry="${opd[1]}"]`,
      );
      expect(await p.page.innerText('.spotlight__place')).toMatch(/juara 1 bersama/i);
      // The ladder: place 3 and the shared place 1; the place the tie absorbs is gone.
      expect(await p.page.locator('.ladder__slot[data-place="2"]').count()).toBe(0);
      expect(await p.page.locator('.ladder__slot[data-place="1"] .ladder__title').count()).toBe(2);
    }
    await desk.waitForSelector(
      `[data-testid="stealth-preview"] tr[data-entry="${opd[0]}"][data-shown="true"]`,
    );
    expect(await desk.isDisabled('[data-testid="reveal-next"]')).toBe(true);
    await main.page.waitForTimeout(600);
    await side.page.waitForTimeout(600);
    await screenshot(main.page, 'layar-reveal-tie-1920x1080');
    await screenshot(side.page, 'layar-reveal-tie-1024x768');
    await desk.locator('[data-testid="stealth-preview"]').scrollIntoViewIfNeeded();
    await screenshot(desk, 'panitia-live-reveal');

    // Every reveal the projectors received, frame by frame: nothing above the revealed place.
    for (const p of [main, side]) {
      let steps = 0;
      for (const f of p.frames) {
        const m = /^42\/screen,\d*(\[.*)$/s.exec(f);
        if (!m?.[1]) continue;
        const [event, wire] = JSON.parse(m[1]) as [
          string,
          { reveal: { revealedPlace: number | null; rows: unknown[][] } | null },
        ];
        if (event !== 'snapshot' || !wire.reveal) continue;
        steps++;
        expect(wire.reveal.revealedPlace).not.toBe(2);
        if (wire.reveal.revealedPlace === null) expect(wire.reveal.rows).toEqual([]);
      }
      // Later steps may travel as patches; the leak check above reads every frame's text.
      expect(steps).toBeGreaterThanOrEqual(1);
    }

    // The end: each screen goes back to what it showed before.
    await desk.click('[data-testid="reveal-end"]');
    for (const p of [main, side]) await p.page.waitForSelector('.layar[data-mode="leaderboard"]');
    for (const p of [main, side]) expect(p.watched.errors).toEqual([]);
    expect(deskWatch.errors).toEqual([]);
  });

  it('warns on the desk when no screen is showing the reveal', async () => {
    const { org, desk, projectors } = d;
    for (const p of projectors.splice(0)) await p.page.close();
    await org.waitFor((s) => !s.clients.some((c) => c.kind === 'screen'));
    await desk.click('[data-testid="reveal-start"]');
    await desk.waitForSelector('[data-testid="reveal-no-screen"]');
    // The warning is on the desk in words, not an empty marker.
    expect((await desk.locator('[data-testid="reveal-no-screen"]').innerText()).trim()).not.toBe(
      '',
    );
    await desk.click('[data-testid="reveal-end"]');
    await org.waitFor((s) => s.release.reveal === null);
  });
});

describe('the lock, confirmed', () => {
  it('locks with the written reason from the dialog; the audit log names who was missing', async () => {
    const { org, desk, health, go } = d;
    await go('live', 'control');
    await desk.waitForSelector('[data-testid="step-lock"]:not([disabled])');
    await desk.locator('main h1').first().focus();
    await desk.keyboard.press('l');
    await desk.waitForSelector('[data-testid="reason-items"] li');
    await desk.fill('textarea[name="confirm-reason"]', 'Dua juri sakit, disetujui ketua');
    await desk.click('[data-testid="reason-confirm"]');
    await org.waitFor((s) => s.phases[stageId]?.[health] === 'locked');
    await desk.waitForSelector('dialog[open]', { state: 'detached' });
    const audit = expectOk(await org.call('audit:list', { action: 'entry.lock' }));
    const row = audit.rows.find((r) => r.target.endsWith(health));
    expect(row?.reason).toContain('Dua juri sakit, disetujui ketua');
    expect(row?.reason).toContain(
      org.latest()!.jurors.filter((j) => j.panelId === 'panel-a')[1]!.name,
    );
  });
});
