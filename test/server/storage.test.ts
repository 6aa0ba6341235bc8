// The database: durable settings, migrations, refusal of newer or damaged files, restarts,
// all-or-nothing setup imports.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseRefused, dbFileName, openDatabase } from '../../electron/server/db/connection.js';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import { demoFestival } from '../../electron/server/demo/demo-festival.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  tempDir,
} from '../helpers/server.js';

describe('opening the database', () => {
  it('uses WAL, synchronous=NORMAL (the venue syncs each commit: durability.ts), foreign keys, STRICT tables and the latest schema', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'")
      .all() as Array<{ name: string; sql: string }>;
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
    db.close();
    removeDir(dir);
  });

  it('refuses a database newer than the app and leaves it untouched', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const raw = new Database(join(dir, dbFileName));
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    const before = readFileSync(join(dir, dbFileName));
    expect(() => openDatabase(dir)).toThrow(DatabaseRefused);
    expect(readFileSync(join(dir, dbFileName)).equals(before)).toBe(true);
    removeDir(dir);
  });

  it('refuses a file that is not a database and does not overwrite it', () => {
    const dir = tempDir();
    const file = join(dir, dbFileName);
    writeFileSync(file, 'this is not sqlite '.repeat(300));
    expect(() => openDatabase(dir)).toThrow(DatabaseRefused);
    expect(readFileSync(file, 'utf8').startsWith('this is not sqlite')).toBe(true);
    removeDir(dir);
  });
});

describe('restarts and imports', () => {
  it('keeps every acknowledged sheet across a restart on the same folder', async () => {
    const t = await startTestServer();
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const snap = await org.waitFor(() => true);
    const pin = snap.jurors.find((j) => j.id === 'j-b1')?.pin ?? '';
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e026',
        stageId: 'presentasi',
        action: 'open',
      }),
    );
    const pad = await connect(t.url, 'juror', { pin });
    const values = {
      kebaruan: 800,
      kemanfaatan: 800,
      kewenangan: 800,
      replikasi: 800,
      penyajian: 800,
    };
    const sid = submissionId();
    expectOk(
      await pad.call('sheet:save', {
        submissionId: sid,
        entryId: 'e026',
        stageId: 'presentasi',
        status: 'submitted',
        values,
        comment: '',
      }),
    );
    pad.close();
    org.close();
    await t.stop();
    expect(
      existsSync(join(t.dataDir, `${dbFileName}-wal`))
        ? readFileSync(join(t.dataDir, `${dbFileName}-wal`)).length
        : 0,
    ).toBe(0);

    const t2 = await startTestServer({ dataDir: t.dataDir });
    expect(t2.server.organizerKey).toBe(t.server.organizerKey);
    const org2 = await connect(t2.url, 'organizer', { key: t2.server.organizerKey });
    const after = await org2.waitFor(() => true);
    expect(after.progress['presentasi']?.['e026']?.['j-b1']).toBe('submitted');
    expect(after.entries).toHaveLength(67);
    const pad2 = await connect(t2.url, 'juror', { pin });
    const resend = expectOk(
      await pad2.call('sheet:save', {
        submissionId: sid,
        entryId: 'e026',
        stageId: 'presentasi',
        status: 'submitted',
        values,
        comment: '',
      }),
    );
    expect(resend.duplicate).toBe(true);
    pad2.close();
    org2.close();
    await t2.stop();
    removeDir(t.dataDir);
  });

  it('rejects an invalid setup with row-level details and changes nothing', async () => {
    const t = await startTestServer({ seedDemo: false });
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const bad = demoFestival();
    bad.stages[0]!.criteria[0]!.weightBp = 2500; // weights now sum to 95%
    bad.entries[3]!.categoryId = 'nope';
    bad.stages[0]!.criteria[1]!.levels[0]!.toX100 = 5000; // a level band beyond the scale
    const res = await org.call('setup:import', { setup: bad, replace: false });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.code).toBe('INVALID_SETUP');
      expect(res.details?.join('\n')).toMatch(/95%/);
      expect(res.details?.join('\n')).toMatch(/entries\[3\].*unknown category nope/);
      expect(res.details?.join('\n')).toMatch(
        /stages\.0\.criteria\.1\.levels\.0\.fromX100: a level band must lie within the scale/,
      );
    }
    const empty = await org.call('snapshot:get', {});
    expect(empty.ok ? 'ok' : empty.code).toBe('NOT_FOUND');

    const good = expectOk(
      await org.call('setup:import', { setup: demoFestival(), replace: false }),
    );
    expect(good).toEqual({ entries: 67, jurors: 7 });
    const exported = expectOk(await org.call('setup:export', {}));
    const byId = <T extends { id: string }>(xs: T[]) =>
      [...xs].sort((a, b) => a.id.localeCompare(b.id));
    const norm = (x: typeof exported) => ({
      ...x,
      entries: byId(x.entries),
      jurors: byId(x.jurors),
    });
    expect(norm(exported)).toEqual(norm(demoFestival()));
    org.close();
    await t.stop();
    removeDir(t.dataDir);
  });
});
