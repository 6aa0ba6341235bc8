// The menu as data, the settings file and the festival-folder rules; and the Festival and
// Help menus driving the shell (fake electron, fake venue server).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { checkFestivalFolder } from '../../electron/main/festival-folder.js';
import { buildMenuTemplate, type MenuActions, type MenuState } from '../../electron/main/menu.js';
import { loadSettings, saveSettings } from '../../electron/main/settings.js';
import { runShell, type Shell } from '../../electron/main/shell.js';
import type { StartVenueServer } from '../../electron/main/server-start.js';
import { createLogger } from '../../electron/server/log.js';
import { createFakeElectron, display } from './fake-electron.js';

type Item = MenuItemConstructorOptions;
const labels = (items: Item[] | undefined) =>
  (items ?? []).filter((i) => i.type !== 'separator').map((i) => i.label);
const sub = (menu: Item[], i: number) => menu[i]?.submenu as Item[];
const noop = () => undefined;
const baseActions: MenuActions = {
  sendToOrganizer: noop,
  toggleProjector: noop,
  setProjectorDisplay: noop,
  setLang: noop,
  showJurorAddresses: noop,
  showFirewallHelp: noop,
  openLogFolder: noop,
  showAbout: noop,
  quit: noop,
};
const state: MenuState = {
  lang: 'id',
  projectorOpen: true,
  preferredDisplay: null,
  displays: [display(1, 1366, 768, 0), display(2, 1920, 1080, 1366)],
  primaryId: 1,
  devTools: false,
};

describe('menu template', () => {
  it('leaves out what has no action; page work goes to the organizer page', () => {
    const festival = labels(sub(buildMenuTemplate(state, baseActions), 0));
    expect(festival).toEqual([
      'Impor template…',
      'Ekspor pengaturan…',
      'Ekspor hasil…',
      'Cadangkan…',
      'Pulihkan dari cadangan…',
      'Jadikan laptop cadangan…',
      'Keluar',
    ]);
    const sent: string[] = [];
    const all = sub(
      buildMenuTemplate(state, {
        ...baseActions,
        newFestival: noop,
        openFestival: noop,
        sendToOrganizer: (c) => void sent.push(c),
      }),
      0,
    );
    expect(labels(all)).toEqual(['Festival baru…', 'Buka festival…', ...festival]);
    for (const item of all)
      if (item.label !== 'Keluar' && !item.label?.includes('festival'))
        (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual([
      'import-template',
      'export-setup',
      'export-results',
      'backup',
      'restore',
      'become-standby',
    ]);
  });

  it('speaks English when asked, and lists the displays for the projector', () => {
    const menu = buildMenuTemplate({ ...state, lang: 'en' }, baseActions);
    expect(menu.map((m) => m.label)).toEqual(['Festival', 'Edit', 'View', 'Help']);
    const displays = sub(sub(menu, 2), 1);
    expect(labels(displays)).toEqual([
      'Automatic (largest external display)',
      'Display 1 (1366×768, primary)',
      'Display 2 (1920×1080)',
    ]);
    expect(displays.map((d) => d.checked)).toEqual([true, false, false]);
    expect(labels(sub(menu, 2))).not.toContain('Developer tools');
  });
});

describe('settings and festival folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'panggung-settings-'));
  it('a damaged settings file means defaults; good values survive a round trip', () => {
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{not json');
    expect(loadSettings(file)).toEqual({ lang: 'id', projectorDisplay: null, festivalDir: null });
    writeFileSync(file, JSON.stringify({ lang: 'xx', projectorDisplay: 'two', festivalDir: '/f' }));
    expect(loadSettings(file)).toEqual({ lang: 'id', projectorDisplay: null, festivalDir: '/f' });
    saveSettings(file, { lang: 'en', projectorDisplay: 2, festivalDir: null });
    expect(loadSettings(file)).toEqual({ lang: 'en', projectorDisplay: 2, festivalDir: null });
  });
  it('new wants a folder without panggung.db, open a folder with one', () => {
    const empty = join(dir, 'empty');
    const full = join(dir, 'full');
    mkdirSync(empty);
    mkdirSync(full);
    writeFileSync(join(full, 'panggung.db'), '');
    expect(checkFestivalFolder(empty, 'new')).toEqual({ ok: true });
    expect(checkFestivalFolder(full, 'new')).toEqual({ ok: false, reason: 'has-festival' });
    expect(checkFestivalFolder(full, 'open')).toEqual({ ok: true });
    expect(checkFestivalFolder(empty, 'open')).toEqual({ ok: false, reason: 'no-festival' });
  });
});

describe('Festival and Help menus drive the shell', () => {
  async function boot() {
    const starts: Parameters<StartVenueServer>[0][] = [];
    const closed: string[] = [];
    const start = (async (o) => {
      starts.push(o);
      return {
        port: o.port || 4321,
        organizerKey: 'k',
        urls: { local: `http://127.0.0.1:${o.port}`, lan: [`http://10.1.1.1:${o.port}`] },
        close: async () => void closed.push(o.dataDir),
      };
    }) as StartVenueServer;
    const fake = createFakeElectron();
    const shell = (await runShell(fake.electron, {
      startVenueServer: start,
      preloadPath: '/p.cjs',
      log: createLogger({ quiet: true }),
      handleSignals: false,
    })) as Shell;
    const click = async (menu: number, label: string) => {
      const item = sub(fake.calls.menus.at(-1) as Item[], menu).find((i) => i.label === label);
      if (!item?.click) throw new Error(`no menu item ${label}`);
      (item.click as () => void)();
    };
    return { fake, shell, starts, closed, click };
  }

  it('New festival: closes the running festival, starts an empty one on the same port, reloads the windows', async () => {
    const { fake, starts, closed, click } = await boot();
    const folder = mkdtempSync(join(tmpdir(), 'panggung-new-'));
    fake.answers.open = folder;
    await click(0, 'Festival baru…');
    await vi.waitFor(() => expect(starts).toHaveLength(2));
    expect(closed).toHaveLength(1);
    expect(starts.at(-1)).toMatchObject({ dataDir: folder, port: 4321, seedDemo: false });
    await vi.waitFor(() =>
      expect(fake.windows[0]?.webContents.url).toBe('http://127.0.0.1:4321/panitia'),
    );
  });

  it('a remembered festival folder that is gone: the default festival opens instead', async () => {
    const fake = createFakeElectron();
    saveSettings(join(fake.app.userData, 'settings.json'), {
      lang: 'en',
      projectorDisplay: null,
      festivalDir: join(fake.app.userData, 'unplugged-usb'),
    });
    const starts: string[] = [];
    const start = (async (o) => (
      starts.push(o.dataDir),
      {
        port: 4321,
        organizerKey: 'k',
        urls: { local: 'http://127.0.0.1:4321', lan: [] },
        close: async () => undefined,
      }
    )) as StartVenueServer;
    await runShell(fake.electron, {
      startVenueServer: start,
      preloadPath: '/p.cjs',
      log: createLogger({ quiet: true }),
      handleSignals: false,
    });
    expect(starts).toEqual([join(fake.app.userData, 'festival')]);
    expect((fake.calls.menus.at(-1) as Item[])[0]?.label).toBe('Festival');
    expect((fake.calls.menus.at(-1) as Item[])[1]?.label).toBe('Edit');
  });

  it('Open festival on a folder without a festival: an error, nothing restarted', async () => {
    const { fake, starts, closed, click } = await boot();
    fake.answers.open = mkdtempSync(join(tmpdir(), 'panggung-none-'));
    await click(0, 'Buka festival…');
    // The error box ends the command: what was (not) restarted is known once it is up.
    await vi.waitFor(() => expect(fake.calls.errorBoxes.at(-1)).toContain('panggung.db'));
    expect(starts).toHaveLength(1);
    expect(closed).toHaveLength(0);
  });

  it('Help: the juror addresses (with a QR icon) and the firewall checklist with the port', async () => {
    const { fake, click } = await boot();
    await click(3, 'Alamat untuk juri (QR)…');
    await click(3, 'Juri tidak bisa terhubung?');
    const boxes = fake.calls.messageBoxes as { title: string; detail: string; icon?: unknown }[];
    // The QR code is made asynchronously: the box opens once it is ready.
    const addresses = await vi.waitFor(() => {
      const box = boxes.find((b) => b.title === 'Alamat untuk juri');
      if (!box) throw new Error('no juror address box yet');
      return box;
    });
    const firewall = await vi.waitFor(() => {
      const box = boxes.find((b) => b.title === 'Juri tidak bisa terhubung');
      if (!box) throw new Error('no firewall box yet');
      return box;
    });
    expect(addresses?.detail).toBe('http://10.1.1.1:4321/juri');
    expect(addresses?.icon).toBeDefined();
    expect(firewall?.detail).toContain('4321');
  });
});
