// Opening another festival folder that fails (the Festival menu's New and Open): one box
// with a short title naming what failed, the reason in the organizer's language, that the
// previous festival runs again, then the technical text; the previous festival really runs
// again on its port. Fake electron, the real venue server on real folders.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../electron/main/settings.js';
import { switchFailureBox } from '../../electron/main/start-failure.js';
import { strings, type Lang } from '../../electron/main/strings.js';
import { DatabaseRefused, dbFileName } from '../../electron/server/db/connection.js';
import { removeDir } from '../helpers/server.js';
import { createFakeElectron } from './fake-electron.js';
import { shellOnRealServer } from './real-shell.js';

type Item = MenuItemConstructorOptions;

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'panggung-switch-'));
  dirs.push(dir);
  return dir;
};

/** The shell on the real venue server (port 0, loopback) in `lang`, and a menu clicker. */
async function boot(lang: Lang) {
  const fake = createFakeElectron();
  writeFileSync(join(fake.app.userData, 'settings.json'), JSON.stringify({ lang }));
  const shell = await shellOnRealServer(fake);
  const organizer = fake.windows[0];
  const port = shell.server()?.port;
  if (!organizer || !port) throw new Error('no organizer window or server');
  /** Picks `folder` in the menu item's folder dialog; resolves once the window reloaded. */
  const pick = async (label: string, folder: string) => {
    fake.answers.open = folder;
    organizer.webContents.url = 'about:blank';
    const festival = (fake.calls.menus.at(-1) as Item[])[0]?.submenu as Item[];
    const item = festival.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no menu item ${label}`);
    (item.click as () => void)();
    await expect.poll(() => organizer.webContents.url, { timeout: 20_000 }).not.toBe('about:blank');
  };
  return { fake, shell, organizer, port, pick };
}

/** The box's title and its body's paragraphs. */
const parts = (box: string, title: string) => {
  expect(box.startsWith(`${title}: `)).toBe(true);
  return box.slice(title.length + 2).split('\n\n');
};

describe('opening another festival folder fails', () => {
  it('Open on a damaged database (id): the reason, the previous festival again, the technical text', async () => {
    const folder = scratch();
    writeFileSync(join(folder, dbFileName), 'not a database, only some text '.repeat(200));
    const t = await boot('id');
    const s = strings.id;
    await t.pick(s.openFestival, folder);

    expect(t.fake.calls.errorBoxes).toHaveLength(1);

    const [why, again, technical, ...rest] = parts(t.fake.calls.errorBoxes[0]!, s.openFailedTitle);
    expect(why).toBe(s.databaseRefused);
    expect(again).toBe(s.previousReopened);
    expect(technical).toMatch(new RegExp(`^${s.technical}: .*${dbFileName}`));
    expect(rest).toEqual([]);

    // The previous festival answers again on its port, and stays the one remembered.
    expect(t.shell.server()?.port).toBe(t.port);
    expect(t.organizer.webContents.url).toBe(`http://127.0.0.1:${t.port}/panitia`);
    expect((await fetch(`${t.shell.origin()}/api/health`)).status).toBe(200);
    expect(loadSettings(join(t.fake.app.userData, 'settings.json')).festivalDir).toBeNull();
    t.fake.app.quit();
    await t.shell.shutdown.done;
    expect(t.fake.app.exitCodes).toEqual([0]);
  });

  it('Open on a festival saved by a newer Panggung (id): update Panggung, not restore a backup', async () => {
    const folder = scratch();
    const db = new Database(join(folder, dbFileName));
    db.pragma('user_version = 9999');
    db.close();
    const t = await boot('id');
    const s = strings.id;
    await t.pick(s.openFestival, folder);

    expect(t.fake.calls.errorBoxes).toHaveLength(1);
    const [why, again] = parts(t.fake.calls.errorBoxes[0]!, s.openFailedTitle);
    expect(why).toBe(s.databaseNewer);
    expect(again).toBe(s.previousReopened);
    expect(t.shell.server()?.port).toBe(t.port);
    t.fake.app.quit();
    await t.shell.shutdown.done;
  });

  it('a read-only folder is named as such (the box alone: as root every folder is writable)', () => {
    for (const lang of ['id', 'en'] as const) {
      const s = strings[lang];
      const refused = new DatabaseRefused('unwritable', 'the data folder /media/usb is read-only');
      const box = switchFailureBox(refused, 'open', lang, s);
      expect(box.title).toBe(s.openFailedTitle);
      expect(box.body.split('\n\n')).toEqual([
        s.databaseUnwritable,
        s.previousReopened,
        `${s.technical}: the data folder /media/usb is read-only`,
      ]);
    }
  });

  it('New on a file where a folder is expected (en): the generic line in English, then the rest', async () => {
    const file = join(scratch(), 'not-a-folder');
    writeFileSync(file, 'a file, not a folder');
    const t = await boot('en');
    const s = strings.en;
    await t.pick(s.newFestival, file);

    expect(t.fake.calls.errorBoxes).toHaveLength(1);

    const box = t.fake.calls.errorBoxes[0]!;
    const [why, again, technical, ...rest] = parts(box, s.newFailedTitle);
    expect(why).toBe(s.folderFailedGeneric);
    expect(again).toBe(s.previousReopened);
    expect(technical).toMatch(new RegExp(`^${s.technical}: .*not-a-folder`));
    expect(rest).toEqual([]);
    // One language: none of the Indonesian lines.
    for (const line of [strings.id.folderFailedGeneric, strings.id.previousReopened])
      expect(box).not.toContain(line);

    expect(t.shell.server()?.port).toBe(t.port);
    expect((await fetch(`${t.shell.origin()}/api/health`)).status).toBe(200);
    t.fake.app.quit();
    await t.shell.shutdown.done;
  });
});
