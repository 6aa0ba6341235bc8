// The demo festival on a real server with the organizer's desk connected, shared by the
// tests of one file: opened before them, closed (server stopped, folder removed) after.
import { afterAll, beforeAll } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { connect, removeDir, startTestServer, type Client, type TestServer } from './server.js';

export type DemoDesk = { t: TestServer; org: Client<'organizer'>; snap0: OrganizerSnapshot };

/** Opens the desk for the file's tests; `use` receives it before the first test runs. */
export function demoDeskForFile(use: (desk: DemoDesk) => void): void {
  let desk: DemoDesk | null = null;
  beforeAll(async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    desk = { t, org, snap0: await org.waitFor(() => true) };
    use(desk);
  });
  afterAll(async () => {
    if (!desk) return;
    desk.org.close();
    await desk.t.stop();
    removeDir(desk.t.dataDir);
  });
}

/** The demo festival's first stage. */
export const demoStage = 'presentasi';

/** One sheet's values on the demo rubric (hundredths of a point). */
export const demoValues = {
  kebaruan: 900,
  kemanfaatan: 700,
  kewenangan: 800,
  replikasi: 600,
  penyajian: 1000,
};

/** A reply as its outcome: 'ok', or the refusal's code. */
export const replyCode = (res: { ok: boolean; code?: string }) => (res.ok ? 'ok' : res.code);
