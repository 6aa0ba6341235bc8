// Start-up against a damaged database: a clear message, an offer to restore the latest
// backup, and nothing overwritten. Also: the server binds only where it is told.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import { killAllChildren, startChild } from '../helpers/child-server.js';
import { connect, expectOk, quietLog, removeDir, tempDir } from '../helpers/server.js';
import { startVenueServer } from '../../electron/server/venue-server.js';

const key = 'damaged-test-key';
const cli = join(import.meta.dirname, '../../out/electron/server/cli.js');
afterAll(killAllChildren);

function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--host', '127.0.0.1', ...args], {
    env: { ...process.env, PANGGUNG_ORGANIZER_KEY: key },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGTERM'), 8000);
    child.stdout.on('data', () => {
      if (out.includes('/juri')) child.kill('SIGTERM');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** A data folder with a festival and one backup, stopped cleanly. */
async function folderWithBackup(): Promise<string> {
  const dir = tempDir('panggung-damaged-');
  const s = await startChild(dir, { key });
  const org = await connect(s.url, 'organizer', { key });
  expectOk(await org.call('backup:now', {}));
  org.close();
  const exit = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exit;
  return dir;
}

const damages: Array<[string, (file: string) => void]> = [
  ['a truncated file', (f) => truncateSync(f, Math.floor(readFileSync(f).length / 3))],
  [
    'a wrong header',
    (f) => {
      const b = readFileSync(f);
      b.write('not a database!!', 0);
      writeFileSync(f, b);
    },
  ],
];

describe('starting on a damaged database', () => {
  for (const [what, damage] of damages) {
    it(`${what}: refuses with the latest backup named, keeps the file, restores on request`, async () => {
      const dir = await folderWithBackup();
      const file = join(dir, dbFileName);
      damage(file);
      const damaged = readFileSync(file);
      const refused = await runCli(['--data', dir]);
      expect(refused.code, refused.out).toBe(3);
      expect(refused.out).toMatch(/cannot open the festival database/);
      expect(refused.out).toMatch(/Latest backup \/ cadangan terakhir: panggung-.*-manual\.db/);
      expect(refused.out).toMatch(/--restore-latest/);
      expect(readFileSync(file).equals(damaged)).toBe(true);

      const restored = await runCli(['--data', dir, '--restore-latest']);
      expect(restored.out).toMatch(
        /Restored panggung-.*-manual\.db; the refused file was kept as panggung\.db\.damaged-/,
      );
      expect(restored.out).toMatch(/\/juri/);
      const aside = readdirSync(dir).find((f) => /^panggung\.db\.damaged-[^-]+-[^-]+-\d+$/.test(f));
      expect(aside && readFileSync(join(dir, aside)).equals(damaged)).toBe(true);
      removeDir(dir);
    });
  }

  it('a newer schema: refuses and says to update, never restores over it', async () => {
    const dir = await folderWithBackup();
    const db = new Database(join(dir, dbFileName));
    db.pragma(`user_version = ${schemaVersion + 5}`);
    db.close();
    const before = readFileSync(join(dir, dbFileName));
    const refused = await runCli(['--data', dir, '--restore-latest']);
    expect(refused.code).toBe(3);
    expect(refused.out).toMatch(/newer than this app/);
    expect(refused.out).toMatch(/Update Panggung/);
    expect(readFileSync(join(dir, dbFileName)).equals(before)).toBe(true);
    removeDir(dir);
  });
});

describe('binding', () => {
  it('listens only on the address it is told', async () => {
    const dir = tempDir();
    const server = await startVenueServer({
      dataDir: dir,
      port: 0,
      host: '127.0.0.2',
      log: quietLog,
    });
    const ok = await fetch(`http://127.0.0.2:${server.port}/api/health`);
    expect(ok.status).toBe(200);
    const elsewhere = await fetch(`http://127.0.0.1:${server.port}/api/health`).then(
      () => 'reached',
      () => 'refused',
    );
    expect(elsewhere).toBe('refused');
    await server.close();
    removeDir(dir);
  });
});
