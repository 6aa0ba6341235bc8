// The demo festival scored over real sockets (some entries left unlocked on purpose), the
// organizer's desk connected, Chromium running and a scratch folder, shared by the tests
// of one file (the publishing tests): opened before them, all closed after.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { assertPagesBuilt, launchBrowser } from './browser.js';
import { scoreFestival } from './score-festival.js';
import {
  connect,
  removeDir,
  startTestServer,
  tempDir,
  type Client,
  type TestServer,
} from './server.js';

export type ScoredDesk = {
  t: TestServer;
  org: Client<'organizer'>;
  browser: Browser;
  /** A scratch folder for files the test saves. */
  tmp: string;
};

/** Opens it for the file's tests; `use` receives it before the first test (and later hooks). */
export function scoredDeskForFile(
  opts: { stageId: string; leaveUnlocked: string[]; tmpPrefix: string },
  use: (desk: ScoredDesk) => void,
): void {
  let t: TestServer | undefined;
  let org: Client<'organizer'> | undefined;
  let browser: Browser | undefined;
  let tmp: string | undefined;
  beforeAll(async () => {
    assertPagesBuilt('panitia');
    t = await startTestServer();
    tmp = tempDir(opts.tmpPrefix);
    org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    await org.waitFor(() => true);
    await scoreFestival(t.url, org, opts.stageId, {
      leaveUnlocked: opts.leaveUnlocked,
      organizerKey: t.server.organizerKey,
    });
    browser = await launchBrowser();
    use({ t, org, browser, tmp });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    org?.close();
    await t?.stop();
    if (t) removeDir(t.dataDir);
    if (tmp) removeDir(tmp);
  });
}
