// The festival's moments of truth, checked where people see them: the juror cards printed
// to a PDF (every PIN in pdftotext's output), the lock shortcut asking before it locks an
// entry with sheets missing, and the reveal ceremony driven from the desk and checked on
// two real projector pages (/layar at 1920x1080 and 1024x768) at every step: nothing
// before the first step, never a place above the revealed one (in the page AND in every
// WebSocket frame), the tied winners together, SEMENTARA when results are not locked, the
// desk's "shown" only after a projector reported it. Needs the built pages.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FestivalSetup } from '../../shared/contract/schemas.js';
import { demoFestival } from '../../electron/server/demo/demo-festival.js';
import {
  assertPagesBuilt,
  launchBrowser,
  newPage,
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
  tempDir,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const stageId = 'presentasi';
let srv: TestServer;
let org: Client<'organizer'>;
let browser: Browser;
let desk: Page;
let deskWatch: Watched;
let setup: FestivalSetup;
const tmp = tempDir('panggung-ceremony-');
const title = (id: string) => setup.entries.find((e) => e.id === id)!.title;
const code = (id: string) => setup.entries.find((e) => e.id === id)!.code;
let opd: string[] = [];
let health = '';

type Projector = { page: Page; frames: string[]; watched: Watched };
const projectors: Projector[] = [];

/** Four OPD entries and one health entry on panel A; every demo juror, no conflicts. */
function festival(): FestivalSetup {
  const s = demoFestival();
  s.entries = [
    ...s.entries.filter((e) => e.categoryId === 'opd').slice(0, 4),
    ...s.entries.filter((e) => e.categoryId === 'kesehatan').slice(0, 1),
  ];
  s.jurors = s.jurors.map((j) => ({ ...j, conflictInstitutions: [], conflictEntryIds: [] }));
  return s;
}

async function submit(pin: string, entryId: string, x100: number): Promise<void> {
  const pad = await connect(srv.url, 'juror', { pin });
  try {
    expectOk(
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId,
        stageId,
        status: 'submitted',
        values: Object.fromEntries(setup.stages[0]!.criteria.map((c) => [c.id, x100])),
      }),
    );
  } finally {
    pad.close();
  }
}

async function go(section: string, screen: string): Promise<void> {
  await desk.click(`[data-nav="${screen}"]`);
  await desk.waitForFunction((h) => window.location.hash === h, `#/${section}/${screen}`);
}

/** A projector page named `name`, recording every WebSocket frame it receives. */
async function projector(name: string, width: number, height: number): Promise<Projector> {
  const { page } = await newPage(browser, { width, height });
  const frames: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) =>
      frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')),
    ),
  );
  const watched = watchPage(page, srv.url);
  await page.goto(`${srv.url}/layar?nama=${name}`);
  await page.waitForSelector('[data-version]:not([data-version="0"])');
  const p = { page, frames, watched };
  projectors.push(p);
  return p;
}

const text = (p: Page) => p.locator('body').innerText();

beforeAll(async () => {
  assertPagesBuilt('panitia', 'layar');
  setup = festival();
  srv = await startTestServer({ seedDemo: false });
  org = await connect(srv.url, 'organizer', { key: srv.server.organizerKey });
  expectOk(await org.call('setup:import', { setup, replace: false }));
  const snap = await org.waitFor((s) => s.jurors.length === setup.jurors.length);
  opd = setup.entries.filter((e) => e.categoryId === 'opd').map((e) => e.id);
  health = setup.entries.find((e) => e.categoryId === 'kesehatan')!.id;
  for (const e of setup.entries)
    expectOk(await org.call('entry:transition', { entryId: e.id, stageId, action: 'open' }));
  // Totals 90, 90, 80, 70 from every panel-A juror: ranks 1, 1, 3, 4.
  const panelA = snap.jurors.filter((j) => j.panelId === 'panel-a');
  for (const j of panelA)
    for (const [i, id] of opd.entries()) await submit(j.pin, id, [900, 900, 800, 700][i]!);
  await submit(panelA[0]!.pin, health, 850);
  browser = await launchBrowser();
  ({ page: desk } = await newPage(browser, { width: 1366, height: 900 }));
  deskWatch = watchPage(desk, srv.url);
  await desk.goto(`${srv.url}/panitia`);
  await desk.fill('input[name="organizer-key"]', srv.server.organizerKey);
  await desk.keyboard.press('Enter');
  await desk.waitForSelector('.desk__nav');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  org?.close();
  await srv?.stop();
  if (srv) removeDir(srv.dataDir);
  removeDir(tmp);
});

describe('juror cards', () => {
  it("print as A4 sheets of cards: every juror's name and PIN is in the PDF text", async () => {
    await go('setup', 'cards');
    await desk.waitForFunction(
      (n) => document.querySelectorAll('img.juror-card__qr').length === n,
      setup.jurors.length,
    );
    const file = join(tmp, 'kartu-juri.pdf');
    writeFileSync(file, await desk.pdf({ format: 'A4', preferCSSPageSize: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const jurors = org.latest()!.jurors;
    expect(jurors.length).toBe(7);
    // A long name wraps on its card: compare with the line breaks folded.
    const folded = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    for (const j of jurors) {
      // PINs are printed in groups of three ("482 559 037"), as typed from the card.
      expect(pdfText).toContain(j.pin.replace(/(\d{3})(?=\d)/g, '$1 '));
      expect(folded).toContain(j.name);
    }
    expect(pdfText).toContain(`${srv.url}/juri`);
    // Cards only: the desk's navigation is not printed.
    expect(pdfText).not.toContain('Jalannya acara');
  });
});

describe('the lock', () => {
  it('the L key asks first when sheets are missing, naming the jurors; cancel leaves it open', async () => {
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

describe('the welcome screen', () => {
  it("points its QR at the venue's LAN address chosen on the desk, not the projector's loopback", async () => {
    expectOk(await org.call('screens:address', { base: 'http://192.168.1.20:4321' }));
    expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'welcome' }));
    const p = await projector('utama', 1920, 1080);
    await p.page.waitForSelector('[data-testid="join-qr"] svg');
    expect(await p.page.getAttribute('[data-testid="join-qr"]', 'data-url')).toBe(
      'http://192.168.1.20:4321/publik',
    );
    expect(await p.page.innerText('[data-testid="public-url"]')).toBe('192.168.1.20:4321/publik');
    await go('live', 'screens');
    expect(await desk.inputValue('select[name="public-address"]')).toBe('http://192.168.1.20:4321');
  });
});
