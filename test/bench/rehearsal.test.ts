// The rehearsal simulator, small and bounded, against a real server on a real SQLite copy:
// 4 simulated jurors (panel A, with drafts, revisions and drop-outs), 3 screens, 5 entries
// moved through by the organizer bot. Correctness only, never timing: every acknowledged
// sheet is stored exactly once, every screen converges to the final version, the copy is
// marked as a rehearsal and the real festival file is unchanged byte for byte.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { startJurorBot, type JurorBot } from '../../electron/server/sim/juror-bot.js';
import {
  connectOrganizer,
  runRunningOrder,
  runningOrder,
  type OrganizerLink,
} from '../../electron/server/sim/organizer-bot.js';
import { prepareRehearsalCopy } from '../../electron/server/sim/rehearsal-copy.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import { isRecused } from '../../shared/scoring/index.js';
import {
  connect,
  quietLog,
  removeDir,
  startTestServer,
  tempDir,
  type Client,
} from '../helpers/server.js';

const key = 'rehearsal-test-organizer-key';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function realFestival(): Promise<string> {
  const real = await startTestServer();
  await real.stop(); // at rest: checkpointed, no -wal beside it
  cleanup.push(() => removeDir(real.dataDir));
  return real.dataDir;
}

describe('rehearsal (gladi) with simulated jurors', () => {
  it('stores every acknowledged sheet once, converges every screen, and never writes the real file', async () => {
    const realDir = await realFestival();
    const realFile = join(realDir, dbFileName);
    const before = { hash: sha(realFile), files: readdirSync(realDir).sort() };

    const copy = prepareRehearsalCopy(realDir, key);
    expect(copy.copiedFrom).toBe(realFile);
    const server: VenueServer = await startVenueServer({
      dataDir: copy.dataDir,
      port: 0,
      host: '127.0.0.1',
      organizerKey: key,
      log: quietLog,
    });
    cleanup.push(() => server.close());
    const url = server.urls.local;

    const org: OrganizerLink = await connectOrganizer(url, key);
    cleanup.push(() => org.close());
    const snap = org.latest();
    const panelJurors = snap.jurors.filter((j) => j.panelId === 'panel-a');
    expect(panelJurors).toHaveLength(4);

    const screens: Array<Client<'screen'>> = [];
    for (const name of ['utama', 'lobi', 'utama'])
      screens.push(await connect(url, 'screen', { name }));
    cleanup.push(() => screens.forEach((s) => s.close()));

    const bots: JurorBot[] = [];
    for (const j of panelJurors)
      bots.push(
        await startJurorBot({
          url,
          pin: j.pin,
          seed: 7,
          timing: {
            thinkMs: [5, 60],
            reviseAfterMs: [5, 30],
            dropMs: [30, 120],
            draftAfterMs: [1, 10],
          },
          rates: { revise: 0.4, drop: 0.3, draft: 0.5 },
        }),
      );
    cleanup.push(() => bots.forEach((b) => b.close()));

    const locked = await runRunningOrder(org, {
      panels: ['panel-a'],
      entriesPerPanel: 5,
      presentMs: 30,
      sheetWaitMs: 15_000,
      settleMs: 300,
    });
    expect(locked).toBe(5);
    for (let i = 0; i < 200 && !bots.every((b) => b.idle()); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(bots.every((b) => b.idle())).toBe(true);
    // The seed makes these decisions: some drop-outs and revisions did happen.
    expect(bots.reduce((n, b) => n + b.stats().drops, 0)).toBeGreaterThan(0);
    expect(bots.reduce((n, b) => n + b.stats().revisions, 0)).toBeGreaterThan(0);

    const entries = runningOrder(snap, 'panel-a').slice(0, 5);
    const acked = bots.flatMap((b) => b.acked());
    const sids = new Set(acked.map((a) => a.submissionId));
    expect(sids.size).toBeGreaterThanOrEqual(entries.length * 3);

    const db = new Database(copy.file, { readonly: true });
    try {
      // Every acknowledged sheet exactly once; nothing stored that was not acknowledged.
      const count = db.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
      for (const sid of sids) expect((count.get(sid) as { n: number }).n, sid).toBe(1);
      const total = db.prepare('SELECT COUNT(*) AS n FROM sheet_version').get() as { n: number };
      expect(total.n).toBe(sids.size);
      // Every expected juror's current sheet of every locked entry is a submitted one.
      const current = db.prepare(
        'SELECT v.status FROM sheet s JOIN sheet_version v ON v.id = s.current_version_id WHERE s.juror_id = ? AND s.entry_id = ?',
      );
      for (const e of entries)
        for (const j of panelJurors) {
          if (isRecused(j, e)) continue;
          expect(
            (current.get(j.id, e.id) as { status: string } | undefined)?.status,
            `${j.id}/${e.id}`,
          ).toBe('submitted');
        }
      // Every screen converges to the final version, marked as a rehearsal.
      const revision = Number(
        (db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string })
          .value,
      );
      for (const s of screens) {
        const last = await s.waitFor((x) => x.version >= revision, 5000);
        expect(last.version).toBe(revision);
        expect(last.rehearsal).toBe(true);
      }
      expect(bots.every((b) => b.latest()?.rehearsal === true)).toBe(true);
      expect(
        (db.prepare("SELECT value FROM meta WHERE key = 'rehearsal'").get() as { value: string })
          .value,
      ).toBe('1');
    } finally {
      db.close();
    }

    // The real festival: same bytes, and no new file beside it but the rehearsal folder.
    expect(sha(realFile)).toBe(before.hash);
    expect(
      readdirSync(realDir)
        .filter((f) => f !== 'gladi')
        .sort(),
    ).toEqual(before.files.filter((f) => f !== 'gladi'));
  });

  it('copies a festival whose server is running through a read-only connection, leaving the real file as it was', async () => {
    const realDir = tempDir('panggung-gladi-live-');
    cleanup.push(() => removeDir(realDir));
    const live = await startVenueServer({
      dataDir: realDir,
      port: 0,
      host: '127.0.0.1',
      log: quietLog,
    });
    cleanup.push(() => live.close());
    const realFile = join(realDir, dbFileName);
    const before = sha(realFile);

    const copy = prepareRehearsalCopy(realDir, key);
    expect(sha(realFile)).toBe(before);
    const a = new Database(realFile, { readonly: true });
    const b = new Database(copy.file, { readonly: true });
    try {
      const entries = (d: Database.Database) =>
        (d.prepare('SELECT COUNT(*) AS n FROM entry').get() as { n: number }).n;
      expect(entries(b)).toBe(entries(a));
      expect(entries(b)).toBeGreaterThan(0);
      const flag = (d: Database.Database) =>
        (
          d.prepare("SELECT value FROM meta WHERE key = 'rehearsal'").get() as
            { value: string } | undefined
        )?.value;
      expect(flag(b)).toBe('1');
      expect(flag(a)).toBeUndefined();
    } finally {
      a.close();
      b.close();
    }
  });
});
