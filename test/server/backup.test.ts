// Backups while the festival runs, and restore from one: the same standings come back,
// a pre-restore copy is kept, and a damaged database can be recovered at start-up
// without overwriting the damaged file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbFileName, DatabaseRefused, openDatabase } from '../../electron/server/db/connection.js';
import { backupDir, restoreLatestOffline } from '../../electron/server/services/backup.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
} from '../helpers/server.js';

const stageId = 'presentasi';
const sheet = (v: number) => ({
  kebaruan: v,
  kemanfaatan: v,
  kewenangan: v,
  replikasi: v,
  penyajian: v,
});

async function score(org: Client<'organizer'>, pad: Client<'juror'>, entryId: string, v: number) {
  expectOk(await org.call('entry:transition', { entryId, stageId, action: 'open' }));
  expectOk(
    await pad.call('sheet:save', {
      submissionId: submissionId(),
      entryId,
      stageId,
      status: 'submitted',
      values: sheet(v),
      comment: '',
    }),
  );
}

const waitFor = async (pred: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('backups', () => {
  it('backs up on lock and on demand; a restore brings back the same standings', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const snap = await org.waitFor(() => true);
    const pad = await connect(t.url, 'juror', {
      pin: snap.jurors.find((j) => j.id === 'j-a1')?.pin ?? '',
    });
    await score(org, pad, 'e001', 800);
    await score(org, pad, 'e002', 650);
    expectOk(await org.call('entry:transition', { entryId: 'e001', stageId, action: 'lock' }));
    await waitFor(
      () =>
        existsSync(backupDir(t.dataDir)) &&
        readdirSync(backupDir(t.dataDir)).some((f) => f.endsWith('-lock.db')),
    );

    // The organizer's view once it shows both sheets and the lock (its pushes are throttled).
    const before = await org.waitFor(
      (s) =>
        s.phases[stageId]?.['e001'] === 'locked' &&
        (s.standings[stageId]?.overall.filter((r) => r.sheetCount === 1).length ?? 0) === 2,
    );
    const atBackup = before.standings[stageId]?.overall;
    const manual = expectOk(await org.call('backup:now', {}));
    expect(manual.reason).toBe('manual');

    // Life goes on after the backup: another sheet changes the standings.
    await score(org, pad, 'e003', 1000);
    const changed = await org.waitFor((s) => s.standings[stageId]?.overall[0]?.entryId === 'e003');
    expect(changed.standings[stageId]?.overall).not.toEqual(atBackup);

    const bad = await org.call('backup:restore', { file: '../panggung.db', confirm: true });
    expect(bad.ok ? 'ok' : bad.code).toBe('BAD_INPUT');
    const pre = expectOk(await org.call('backup:restore', { file: manual.file, confirm: true }));
    expect(pre.reason).toBe('pre-restore');
    const restored = await org.waitFor((s) => s.standings[stageId]?.overall[0]?.entryId === 'e001');
    expect(restored.standings[stageId]?.overall).toEqual(atBackup);
    expect(restored.version).toBeGreaterThan(changed.version);
    const list = expectOk(await org.call('backup:list', {}));
    expect(list.map((b) => b.file)).toContain(pre.file);
    // The juror's pad follows: its e003 sheet is gone with the restore.
    await pad.waitFor((s) => s.entries.find((e) => e.entry.id === 'e003')?.mySheet === null);

    pad.close();
    org.close();
    await t.stop();
    removeDir(t.dataDir);
  });

  it('recovers a damaged database at start-up from the latest backup, keeping the damaged file', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    expectOk(await org.call('backup:now', {}));
    org.close();
    await t.stop();
    const live = join(t.dataDir, dbFileName);
    const damaged = Buffer.from(readFileSync(live));
    damaged.write('garbage header!!', 0); // the 16-byte SQLite magic string, overwritten
    writeFileSync(live, damaged);
    expect(() => openDatabase(t.dataDir)).toThrow(DatabaseRefused);

    const outcome = restoreLatestOffline(t.dataDir);
    expect(outcome?.restored).toMatch(/-manual\.db$/);
    expect(readFileSync(join(t.dataDir, outcome?.movedAside ?? 'missing')).equals(damaged)).toBe(
      true,
    );
    const t2 = await startTestServer({ dataDir: t.dataDir });
    const org2 = await connect(t2.url, 'organizer', { key: t2.server.organizerKey });
    expect((await org2.waitFor(() => true)).entries).toHaveLength(67);
    org2.close();
    await t2.stop();
    removeDir(t.dataDir);
  });
});
