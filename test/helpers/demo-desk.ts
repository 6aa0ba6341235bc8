// The demo festival on a real server with the organizer's desk connected, shared by the
// tests of one file: opened before them, closed (server stopped, folder removed) after; and
// what such tests share: the demo sheet and its values, the audit log read from the SQLite file,
// the first sheet that freezes the rubric.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll } from 'vitest';
import type { OrganizerJuror, OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from './server.js';

export type DemoDesk = {
  t: TestServer;
  org: Client<'organizer'>;
  snap0: OrganizerSnapshot;
  /** The desk's latest snapshot (there is one from the start). */
  snap(): OrganizerSnapshot;
};

/**
 * Opens the desk for the file's tests; `use` receives it before the first test runs.
 * `firstSheet`: a sheet exists before the tests (draftFirstSheet), as it does once a
 * festival day has begun.
 */
export function demoDeskForFile(
  use: (desk: DemoDesk) => void,
  opts: { reconnection?: boolean; firstSheet?: boolean } = {},
): void {
  const { firstSheet, ...connectOpts } = opts;
  let desk: DemoDesk | null = null;
  beforeAll(async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey }, connectOpts);
    const snap = () => {
      const s = org.latest();
      if (!s) throw new Error('no snapshot');
      return s;
    };
    desk = { t, org, snap0: await org.waitFor(() => true), snap };
    if (firstSheet) await draftFirstSheet(t, org);
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

/** A juror of the festival by id, as the snapshot has it (PIN and token included). */
export function demoJuror(snap: OrganizerSnapshot, id: string): OrganizerJuror {
  const j = snap.jurors.find((x) => x.id === id);
  if (!j) throw new Error(`no juror ${id}`);
  return j;
}

/** One sheet's values on the demo rubric (hundredths of a point). */
export const demoValues = {
  kebaruan: 900,
  kemanfaatan: 700,
  kewenangan: 800,
  replikasi: 600,
  penyajian: 1000,
};

/** A juror's submitted sheet on the demo rubric for `entryId`, a fresh submission each time. */
export const demoSheet = (entryId = 'e001', sid = submissionId()) => ({
  submissionId: sid,
  entryId,
  stageId: demoStage,
  status: 'submitted' as const,
  values: demoValues,
  comment: '',
});

/** A reply as its outcome: 'ok', or the refusal's code. */
export const replyCode = (res: { ok: boolean; code?: string }) => (res.ok ? 'ok' : res.code);

/** The reasons of a refusal (its details), none for a success. */
export const replyDetails = (res: { ok: boolean; details?: string[] }) =>
  res.ok ? [] : (res.details ?? []);

export type AuditRow = {
  actor: string;
  old_json: string | null;
  new_json: string | null;
  reason: string | null;
  at: number;
};

/**
 * The server's audit log read straight from its SQLite file (read-only), for the file's
 * tests: `audit(action)` lists that action's rows, newest first. Closed after the file.
 */
export function auditForFile(): { open(dataDir: string): void; audit(action: string): AuditRow[] } {
  let db: Database.Database | null = null;
  afterAll(() => db?.close());
  return {
    open: (dataDir) => {
      db = new Database(join(dataDir, 'panggung.db'), { readonly: true });
    },
    audit: (action) =>
      db!
        .prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY id DESC')
        .all(action) as AuditRow[],
  };
}

/**
 * A first sheet in the demo festival: juror j-a1's draft on e001 (presented on panel A). From
 * then on the rubric is frozen and the entry and the juror have sheets.
 */
export async function draftFirstSheet(t: TestServer, org: Client<'organizer'>): Promise<void> {
  expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
  const snap = await org.waitFor(() => true);
  const a1 = await connect(t.url, 'juror', { pin: snap.jurors.find((j) => j.id === 'j-a1')!.pin });
  try {
    expectOk(
      await a1.call('sheet:save', {
        submissionId: submissionId(),
        entryId: 'e001',
        stageId: demoStage,
        status: 'draft',
        values: { kebaruan: 800 },
        comment: '',
      }),
    );
  } finally {
    a1.close();
  }
  await org.waitFor((s) => s.progress[demoStage]?.['e001']?.['j-a1'] === 'draft');
}
