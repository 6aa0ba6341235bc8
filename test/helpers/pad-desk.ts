// The juror pad's page tests: the demo festival on a real server with the organizer's desk
// connected (it reconnects, as the desk does), scores live on the screens, and Chromium;
// shared by the tests of one file, closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { OrganizerJuror } from '../../shared/contract/views.js';
import { assertPagesBuilt, launchBrowser } from './browser.js';
import { demoDeskForFile, demoJuror, type DemoDesk } from './demo-desk.js';
import { expectOk } from './server.js';

export type PadDesk = DemoDesk & {
  browser: Browser;
  /** A demo juror by id, as the festival started (PIN and token included). */
  juror(id: string): OrganizerJuror;
};

/** Opens it for the file's tests; `use` receives it before the first test runs. */
export function padDeskForFile(use: (desk: PadDesk) => void): void {
  let desk: DemoDesk | null = null;
  let browser: Browser | undefined;
  demoDeskForFile((d) => (desk = d), { reconnection: true });
  beforeAll(async () => {
    assertPagesBuilt('juri');
    const d = desk!;
    // The screen checks need live scores (a new festival shows progress only).
    expectOk(await d.org.call('release:set', { privacy: 'live' }));
    browser = await launchBrowser();
    const juror = (id: string) => demoJuror(d.snap0, id);
    use({ ...d, browser, juror });
  });
  afterAll(async () => {
    await browser?.close();
  });
}
