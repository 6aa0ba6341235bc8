// A damaged festival database at start: the shell offers the latest backup; accepting it
// moves the damaged file aside and starts the festival from the backup; declining quits
// with the error, and nothing is touched.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShell, type Shell } from '../../electron/main/shell.js';
import { dbFileName } from '../../electron/server/db/connection.js';
import { createLogger } from '../../electron/server/log.js';
import { backupNow } from '../../electron/server/services/backup.js';
import { openDatabase } from '../../electron/server/db/connection.js';
import { startVenueServer } from '../../electron/server/venue-server.js';
import { createFakeElectron } from './fake-electron.js';

const log = createLogger({ quiet: true });

/** userData/festival with a backup, then the live file's header overwritten. */
async function damagedFestival(userData: string): Promise<Buffer> {
  const dir = join(userData, 'festival');
  mkdirSync(dir, { recursive: true });
  const first = await startVenueServer({ dataDir: dir, port: 0, host: '127.0.0.1', log });
  await first.close();
  const db = openDatabase(dir);
  await backupNow(db, dir, 'manual');
  db.close();
  const bytes = readFileSync(join(dir, dbFileName));
  bytes.write('definitely broken', 0);
  writeFileSync(join(dir, dbFileName), bytes);
  return bytes;
}

describe('recovery at start', () => {
  it('restores the latest backup when the organizer accepts', async () => {
    const fake = createFakeElectron();
    const damaged = await damagedFestival(fake.app.userData);
    const shell = (await runShell(fake.electron, {
      startVenueServer,
      preloadPath: '/p.cjs',
      port: 0,
      host: '127.0.0.1',
      log,
      handleSignals: false,
    })) as Shell;
    expect(shell).not.toBeNull();
    const offer = fake.calls.messageBoxes[0] as { detail: string; buttons: string[] };
    expect(offer.detail).toMatch(/-manual\.db/);
    expect(offer.buttons[0]).toBe('Pulihkan cadangan terakhir');
    const dir = join(fake.app.userData, 'festival');
    const aside = readdirSync(dir).find(
      (f) => f.startsWith(`${dbFileName}.damaged-`) && !f.endsWith('-wal') && !f.endsWith('-shm'),
    );
    expect(aside && readFileSync(join(dir, aside)).equals(damaged)).toBe(true);
    const health = (await (await fetch(`${shell.origin()}/api/health`)).json()) as {
      festival: string;
    };
    expect(health.festival).toBe('Festival Inovasi Daerah 2026');
    fake.app.quit();
    await shell.shutdown.done;
  });

  it('quits with the error, touching nothing, when the organizer declines', async () => {
    const fake = createFakeElectron();
    const damaged = await damagedFestival(fake.app.userData);
    (fake.electron.dialog as { showMessageBox: unknown }).showMessageBox = (...args: unknown[]) => {
      fake.calls.messageBoxes.push(args.at(-1));
      return Promise.resolve({ response: 1, checkboxChecked: false });
    };
    expect(
      await runShell(fake.electron, {
        startVenueServer,
        preloadPath: '/p.cjs',
        port: 0,
        host: '127.0.0.1',
        log,
        handleSignals: false,
      }),
    ).toBeNull();
    expect(fake.calls.errorBoxes.at(-1)).toMatch(/Basis data festival tidak dapat dibuka/);
    expect(fake.app.exitCodes).toEqual([1]);
    const dir = join(fake.app.userData, 'festival');
    expect(readFileSync(join(dir, dbFileName)).equals(damaged)).toBe(true);
    expect(readdirSync(dir).some((f) => f.includes('.damaged-'))).toBe(false);
  });
});
