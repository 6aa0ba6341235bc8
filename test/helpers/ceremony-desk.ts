// The ceremony's festival for one test file: a real venue server with four OPD entries and
// one health entry on panel A (every demo juror, no conflicts), the organizer's socket, and
// the desk page signed in in real Chromium. With `scored: true` every entry is open and
// scored before the first test: every panel-A juror gives the OPD entries 90, 90, 80 and
// 70 (ranks 1, 1, 3, 4) and only the first juror scores the health entry (sheets missing).
// Projector pages (/layar) opened by the file record every WebSocket frame they receive.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { FestivalSetup } from '../../shared/contract/schemas.js';
import { demoFestival } from '../../electron/server/demo/demo-festival.js';
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
  tempDir,
  type Client,
  type TestServer,
} from './server.js';

export const stageId = 'presentasi';

export type Projector = { page: Page; frames: string[]; watched: Watched };

export type CeremonyDesk = {
  srv: TestServer;
  org: Client<'organizer'>;
  browser: Browser;
  /** The organizer's desk page, signed in. */
  desk: Page;
  deskWatch: Watched;
  setup: FestivalSetup;
  /** A scratch folder for files the test saves. */
  tmp: string;
  /** The OPD entries' ids in the festival's order (the scored ranks 1, 1, 3, 4). */
  opd: string[];
  /** The health entry's id. */
  health: string;
  /** The projector pages open now, in the order they were opened. */
  projectors: Projector[];
  title(id: string): string;
  code(id: string): string;
  /** Opens a section's screen from the desk's navigation. */
  go(section: string, screen: string): Promise<void>;
  /** A projector page named `name`, recording every WebSocket frame it receives. */
  projector(name: string, width: number, height: number): Promise<Projector>;
};

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

/** Opens it for the file's tests (the returned object is filled before the first test). */
export function ceremonyDeskForFile(opts: { scored: boolean }): CeremonyDesk {
  const d = { projectors: [] as Projector[] } as CeremonyDesk;
  d.title = (id) => d.setup.entries.find((e) => e.id === id)!.title;
  d.code = (id) => d.setup.entries.find((e) => e.id === id)!.code;
  d.go = async (section, screen) => {
    await d.desk.click(`[data-nav="${screen}"]`);
    await d.desk.waitForFunction((h) => window.location.hash === h, `#/${section}/${screen}`);
  };
  d.projector = async (name, width, height) => {
    const { page } = await newPage(d.browser, { width, height });
    const frames = recordFrames(page);
    const watched = watchPage(page, d.srv.url);
    await page.goto(`${d.srv.url}/layar?nama=${name}`);
    await page.waitForSelector('[data-version]:not([data-version="0"])');
    const p = { page, frames, watched };
    d.projectors.push(p);
    return p;
  };
  const submit = async (pin: string, entryId: string, x100: number) => {
    const pad = await connect(d.srv.url, 'juror', { pin });
    try {
      expectOk(
        await pad.call('sheet:save', {
          submissionId: submissionId(),
          entryId,
          stageId,
          status: 'submitted',
          values: Object.fromEntries(d.setup.stages[0]!.criteria.map((c) => [c.id, x100])),
        }),
      );
    } finally {
      pad.close();
    }
  };

  beforeAll(async () => {
    assertPagesBuilt('panitia', 'layar');
    d.tmp = tempDir('panggung-ceremony-');
    d.setup = festival();
    d.srv = await startTestServer({ seedDemo: false });
    d.org = await connect(d.srv.url, 'organizer', { key: d.srv.server.organizerKey });
    expectOk(await d.org.call('setup:import', { setup: d.setup, replace: false }));
    const snap = await d.org.waitFor((s) => s.jurors.length === d.setup.jurors.length);
    d.opd = d.setup.entries.filter((e) => e.categoryId === 'opd').map((e) => e.id);
    d.health = d.setup.entries.find((e) => e.categoryId === 'kesehatan')!.id;
    if (opts.scored) {
      for (const e of d.setup.entries)
        expectOk(await d.org.call('entry:transition', { entryId: e.id, stageId, action: 'open' }));
      // Totals 90, 90, 80, 70 from every panel-A juror: ranks 1, 1, 3, 4.
      const panelA = snap.jurors.filter((j) => j.panelId === 'panel-a');
      for (const j of panelA)
        for (const [i, id] of d.opd.entries()) await submit(j.pin, id, [900, 900, 800, 700][i]!);
      await submit(panelA[0]!.pin, d.health, 850);
    }
    d.browser = await launchBrowser();
    ({ page: d.desk } = await newPage(d.browser, { width: 1366, height: 900 }));
    d.deskWatch = watchPage(d.desk, d.srv.url);
    await d.desk.goto(`${d.srv.url}/panitia`);
    await d.desk.fill('input[name="organizer-key"]', d.srv.server.organizerKey);
    await d.desk.keyboard.press('Enter');
    await d.desk.waitForSelector('.desk__nav');
  }, 90_000);

  afterAll(async () => {
    await d.browser?.close();
    d.org?.close();
    await d.srv?.stop();
    if (d.srv) removeDir(d.srv.dataDir);
    if (d.tmp) removeDir(d.tmp);
  });
  return d;
}
