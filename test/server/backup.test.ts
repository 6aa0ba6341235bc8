// Backups while the festival runs, and restore from one: the same standings come back,
// a pre-restore copy is kept, and a damaged database can be recovered at start-up
// without overwriting the damaged file; a backup from an older Panggung restores too.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbFileName, DatabaseRefused, openDatabase } from '../../electron/server/db/connection.js';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import {
  backupDir,
  listBackups,
  restoreLatestOffline,
} from '../../electron/server/services/backup.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
} from '../helpers/server.js';
import {
  databaseAt,
  discard,
  seedVersion1Festival,
  seedVersion2Assets,
} from './migrations/fixtures.js';

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
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId,
        action: 'lock',
        reason: 'Uji: satu juri saja',
      }),
    );
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

  it('restores a backup made by an older Panggung by migrating a copy of it', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    await org.waitFor(() => true);
    // A schema-2 festival file, scored part-way, as an older Panggung left it in backups/.
    const old = databaseAt(2);
    seedVersion1Festival(old);
    seedVersion2Assets(old);
    old.pragma('journal_mode = DELETE');
    const file = 'panggung-20261127-093000-000-manual.db';
    mkdirSync(backupDir(t.dataDir), { recursive: true });
    await old.backup(join(backupDir(t.dataDir), file));
    discard(old);
    const bytes = readFileSync(join(backupDir(t.dataDir), file));

    expectOk(await org.call('backup:restore', { file, confirm: true }));
    const restored = await org.waitFor((s) => s.festival.name === 'Lomba Inovasi Kota Lama 2025');
    expect(restored.stages.map((s) => [s.id, s.rules.aggregation, s.criteria.length])).toEqual([
      ['presentasi', 'trimmed', 3],
      ['final', 'zscore', 2],
    ]);
    expect(restored.entries.map((e) => e.code)).toEqual(['OPD-01', 'OPD-02', 'DS-01', 'DS-02']);
    expect(restored.logos.map((l) => l.slot)).toEqual([1]);
    // Every sheet came with it: e2 has two jurors (one corrected), e3 one, e1 one.
    const counts = Object.fromEntries(
      (restored.standings['presentasi']?.overall ?? []).map((r) => [r.entryId, r.sheetCount]),
    );
    expect(counts).toMatchObject({ e1: 1, e2: 2, e3: 1 });
    // The backup itself is left exactly as it was (still schema 2), with no working copy beside it.
    expect(readFileSync(join(backupDir(t.dataDir), file)).equals(bytes)).toBe(true);
    expect(readdirSync(backupDir(t.dataDir)).filter((f) => !f.endsWith('.db'))).toEqual([]);
    org.close();
    await t.stop();
    removeDir(t.dataDir);
  });

  it('refuses a backup from a newer Panggung and changes nothing', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const before = await org.waitFor(() => true);
    const newer = databaseAt(schemaVersion);
    newer.pragma(`user_version = ${schemaVersion + 1}`);
    newer.pragma('journal_mode = DELETE');
    const file = 'panggung-20261127-093000-000-manual.db';
    mkdirSync(backupDir(t.dataDir), { recursive: true });
    await newer.backup(join(backupDir(t.dataDir), file));
    discard(newer);
    const refused = await org.call('backup:restore', { file, confirm: true });
    expect(refused.ok ? 'ok' : [refused.code, (refused.details ?? []).join(' ')]).toEqual([
      'BAD_INPUT',
      expect.stringMatching(/newer Panggung/),
    ]);
    expect(listBackups(t.dataDir).map((b) => b.reason)).toEqual(['manual']);
    const after = expectOk(await org.call('backup:list', {}));
    expect(after).toHaveLength(1);
    expect((await org.waitFor(() => true)).entries).toEqual(before.entries);
    org.close();
    await t.stop();
    removeDir(t.dataDir);
  });
});
