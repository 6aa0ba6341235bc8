// Data at rest: only the account running Panggung can read the festival (folder 0700,
// database, WAL, shared memory, backups and the key file 0600), the organizer key lives
// in its own file and not in the database or its backups, and a weak chosen key is
// refused before anything is created. A folder left by an older version is tightened.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { migrate } from '../../electron/server/db/migrate.js';
import { backupNow, backupDir, listBackups } from '../../electron/server/services/backup.js';
import {
  organizerKeyFile,
  WeakOrganizerKey,
} from '../../electron/server/services/organizer-key.js';
import { startVenueServer } from '../../electron/server/venue-server.js';
import { connect, expectOk, quietLog, removeDir, tempDir } from '../helpers/server.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

function metaKey(file: string): string | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT value FROM meta WHERE key = 'organizer_key'").get() as
        { value: string } | undefined
    )?.value;
  } finally {
    db.close();
  }
}

describe('file modes and the organizer key file', () => {
  it('creates a private folder, database, WAL, backups and key file', async () => {
    const dataDir = join(tempDir(), 'festival');
    dirs.push(dataDir);
    const server = await startVenueServer({ dataDir, port: 0, host: '127.0.0.1', log: quietLog });
    try {
      const org = await connect(server.urls.local, 'organizer', { key: server.organizerKey });
      await org.waitFor(() => true);
      const made = expectOk(await org.call('backup:now', {}));
      org.close();
      const db = join(dataDir, dbFileName);
      expect(mode(dataDir)).toBe('700');
      expect(mode(db)).toBe('600');
      expect(existsSync(`${db}-wal`)).toBe(true);
      expect(mode(`${db}-wal`)).toBe('600');
      expect(mode(`${db}-shm`)).toBe('600');
      expect(mode(backupDir(dataDir))).toBe('700');
      expect(mode(join(backupDir(dataDir), made.file))).toBe('600');
      const keyFile = join(dataDir, organizerKeyFile);
      expect(mode(keyFile)).toBe('600');
      expect(readFileSync(keyFile, 'utf8').trim()).toBe(server.organizerKey);
      expect(metaKey(join(backupDir(dataDir), made.file))).toBeUndefined();
    } finally {
      await server.close();
    }
    expect(metaKey(join(dataDir, dbFileName))).toBeUndefined();
  });

  it('tightens a folder left by an older version and moves its key out of the database', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    // What an older version left: a world-readable folder, database and backup, with the
    // organizer key inside the database.
    const file = join(dataDir, dbFileName);
    const old = new Database(file);
    migrate(old);
    old.prepare("INSERT INTO meta VALUES ('organizer_key', 'kunci-lama-dari-versi-lama')").run();
    await backupNow(old, dataDir, 'manual');
    old.close();
    chmodSync(dataDir, 0o755);
    chmodSync(file, 0o644);
    const backup = join(backupDir(dataDir), listBackups(dataDir)[0]!.file);
    chmodSync(backup, 0o644);
    chmodSync(backupDir(dataDir), 0o755);

    const server = await startVenueServer({ dataDir, port: 0, host: '127.0.0.1', log: quietLog });
    try {
      expect(server.organizerKey).toBe('kunci-lama-dari-versi-lama');
      expect(mode(dataDir)).toBe('700');
      expect(mode(file)).toBe('600');
      expect(mode(backupDir(dataDir))).toBe('700');
      expect(mode(backup)).toBe('600');
      expect(mode(join(dataDir, organizerKeyFile))).toBe('600');
    } finally {
      await server.close();
    }
    expect(metaKey(file)).toBeUndefined();
    // The key survives a restart (read from its file).
    const again = await startVenueServer({ dataDir, port: 0, host: '127.0.0.1', log: quietLog });
    expect(again.organizerKey).toBe('kunci-lama-dari-versi-lama');
    await again.close();
  });

  it('refuses a weak chosen key before creating anything', async () => {
    const parent = tempDir();
    dirs.push(parent);
    for (const weak of ['k', 'kunci123', 'aaaaaaaaaaaaaaaa', 'abababababab']) {
      const dataDir = join(parent, `f-${weak.length}-${weak[0]}`);
      await expect(
        startVenueServer({
          dataDir,
          port: 0,
          host: '127.0.0.1',
          log: quietLog,
          organizerKey: weak,
        }),
      ).rejects.toBeInstanceOf(WeakOrganizerKey);
      expect(existsSync(join(dataDir, dbFileName))).toBe(false);
    }
    const dataDir = join(parent, 'ok');
    mkdirSync(dataDir);
    const ok = await startVenueServer({
      dataDir,
      port: 0,
      host: '127.0.0.1',
      log: quietLog,
      organizerKey: 'Lomba-Inovasi-2026',
    });
    expect(ok.organizerKey).toBe('Lomba-Inovasi-2026');
    await ok.close();
  });
});
