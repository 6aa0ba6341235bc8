// The shell's wiring, run against the tiny electron fake and a fake venue server.
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../electron/server/log.js';
import type { VenueServer } from '../../electron/server/venue-server.js';
import { runShell, type Shell } from '../../electron/main/shell.js';
import type { StartVenueServer } from '../../electron/main/server-start.js';
import { createFakeElectron, display, ipcEvent } from './fake-electron.js';

const log = createLogger({ quiet: true });
/** The fake server's close takes a real turn of the event loop, like a real one. */
const closing = () => new Promise((r) => setImmediate(r));

function fakeVenue(events: string[] = []) {
  const starts: Parameters<StartVenueServer>[0][] = [];
  let closes = 0;
  const start = (async (options) => {
    starts.push(options);
    const port = options.port === 0 ? 50123 : options.port;
    const server: VenueServer = {
      port,
      organizerKey: 'kunci-rahasia-123',
      urls: { local: `http://127.0.0.1:${port}`, lan: [`http://192.168.1.5:${port}`] },
      close: async () => {
        closes += 1;
        events.push('server closing');
        await closing();
        events.push('server closed');
      },
    };
    return server;
  }) as StartVenueServer;
  return { start, starts, closes: () => closes };
}

async function boot(displays = [display(1, 1920, 1080, 0)], venue = fakeVenue()) {
  const fake = createFakeElectron(displays);
  const shell = (await runShell(fake.electron, {
    startVenueServer: venue.start,
    preloadPath: '/app/preload.cjs',
    log,
    handleSignals: false,
  })) as Shell;
  return { ...fake, shell, venue };
}

describe('startup', () => {
  it('starts the server on the LAN at 4321 in userData, then opens the organizer and projector windows', async () => {
    const { shell, windows, venue, app } = await boot();
    expect(app.sandboxed).toBe(true);
    expect(venue.starts).toHaveLength(1);
    expect(venue.starts[0]).toMatchObject({
      port: 4321,
      host: '0.0.0.0',
      organizerLocalOnly: true,
    });
    expect(venue.starts[0]?.dataDir.startsWith(app.userData)).toBe(true);
    expect(shell.origin()).toBe('http://127.0.0.1:4321');
    expect(windows.map((w) => w.webContents.url)).toEqual([
      'http://127.0.0.1:4321/panitia',
      'http://127.0.0.1:4321/layar?nama=utama',
    ]);
  });

  it('never puts the organizer key in a URL', async () => {
    const { windows } = await boot();
    for (const w of windows) expect(w.webContents.url).not.toContain('kunci-rahasia-123');
  });

  it('falls back to a free port when 4321 is taken', async () => {
    const venue = fakeVenue();
    const inner = venue.start;
    let first = true;
    venue.start = (async (options) => {
      if (first) {
        first = false;
        throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
      }
      return inner(options);
    }) as StartVenueServer;
    const { shell, windows } = await boot(undefined, venue);
    expect(venue.starts.map((o) => o.port)).toEqual([0]);
    expect(shell.origin()).toBe('http://127.0.0.1:50123');
    expect(windows[0]?.webContents.url).toBe('http://127.0.0.1:50123/panitia');
  });

  it('a second instance quits without starting a server', async () => {
    const fake = createFakeElectron();
    fake.app.lock = false;
    const venue = fakeVenue();
    expect(
      await runShell(fake.electron, {
        startVenueServer: venue.start,
        preloadPath: '/p.cjs',
        log,
        handleSignals: false,
      }),
    ).toBeNull();
    expect(venue.starts).toHaveLength(0);
    expect(fake.windows).toHaveLength(0);
  });

  it('builds the menu in Bahasa Indonesia by default', async () => {
    const { calls } = await boot();
    const menu = calls.menus.at(-1) as { label: string }[];
    expect(menu.map((m) => m.label)).toEqual(['Festival', 'Sunting', 'Tampilan', 'Bantuan']);
  });
});

describe('secure webPreferences on every window the shell creates', () => {
  it('organizer (with the preload), projector and windows opened from own pages', async () => {
    const { windows } = await boot([display(1, 1920, 1080, 0), display(2, 1280, 720, 1920)]);
    const fromPage = windows[0]?.webContents.openHandler?.({
      url: 'http://127.0.0.1:4321/layar?nama=kedua',
    });
    expect(fromPage?.action).toBe('allow');
    const all = [
      ...windows.map((w) => w.options.webPreferences),
      fromPage?.overrideBrowserWindowOptions?.webPreferences,
    ];
    expect(all).toHaveLength(3);
    for (const prefs of all) {
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      });
    }
    expect(windows[0]?.options.webPreferences?.preload).toBe('/app/preload.cjs');
    expect(windows[1]?.options.webPreferences?.preload).toBeUndefined();
    expect(fromPage?.overrideBrowserWindowOptions?.webPreferences?.preload).toBeUndefined();
  });
});

describe('guards on every web contents', () => {
  it('blocks navigation away from the own origin, including look-alikes', async () => {
    const { windows } = await boot();
    for (const w of windows) {
      const wc = w.webContents;
      expect(wc.navigate('http://127.0.0.1:4321/panitia?x=1')).toBe(false);
      expect(wc.navigate('http://127.0.0.1.evil.com:4321/')).toBe(true);
      expect(wc.navigate('http://127.0.0.1:4322/panitia')).toBe(true);
      expect(wc.navigate('file:///etc/passwd', 'will-frame-navigate')).toBe(true);
      expect(wc.navigate('javascript:alert(1)')).toBe(true);
      expect(wc.navigate('https://evil.example/', 'will-redirect')).toBe(true);
    }
  });

  it('window.open: web links go to the system browser only when http(s)', async () => {
    const { windows, calls } = await boot();
    const open = windows[0]?.webContents.openHandler;
    expect(open?.({ url: 'https://example.org/rules' }).action).toBe('deny');
    expect(open?.({ url: 'file:///C:/evil.exe' }).action).toBe('deny');
    expect(open?.({ url: 'javascript:alert(1)' }).action).toBe('deny');
    await vi.waitFor(() => expect(calls.openExternal).toEqual(['https://example.org/rules']));
  });

  it('denies permission requests and adds the CSP to own pages', async () => {
    const { session } = await boot();
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'fullscreen'])
      session.permission?.({}, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false]);
    expect(session.check?.()).toBe(false);
    let headers: Record<string, string[]> = {};
    session.headers?.(
      { url: 'http://127.0.0.1:4321/panitia', responseHeaders: {} },
      (r) => (headers = (r as { responseHeaders: typeof headers }).responseHeaders),
    );
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'self'");
  });
});

describe('IPC through the shell', () => {
  it('gives the organizer key to the organizer window only, on the own origin, top frame only', async () => {
    const { windows, ipcMain } = await boot();
    const [organizer, projector] = windows;
    const call = ipcMain.handlers.get('organizer:key');
    if (!call || !organizer || !projector) throw new Error('not registered');
    expect(
      await call(ipcEvent(organizer.webContents, 'http://127.0.0.1:4321/panitia'), {}),
    ).toEqual({ ok: true, data: { key: 'kunci-rahasia-123' } });
    const denied = [
      ipcEvent(projector.webContents, 'http://127.0.0.1:4321/layar?nama=utama'),
      ipcEvent(organizer.webContents, 'http://evil.example/panitia'),
      ipcEvent(organizer.webContents, 'http://127.0.0.1.evil.com:4321/panitia'),
      ipcEvent(organizer.webContents, 'http://127.0.0.1:4321/panitia', {
        url: 'http://127.0.0.1:4321/',
      }),
      { sender: organizer.webContents, senderFrame: null },
    ];
    for (const e of denied)
      expect(await call(e, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('registers exactly the channels of the contract', async () => {
    const { ipcMain } = await boot();
    const { ipcCalls } = await import('../../shared/contract/ipc.js');
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(ipcCalls).sort());
  });

  it('sends menu commands to the organizer page', async () => {
    const { windows, calls } = await boot();
    type Item = { label: string; click?: () => void; submenu?: Item[] };
    const menu = calls.menus.at(-1) as Item[];
    menu[0]?.submenu?.find((i) => i.label === 'Ekspor hasil…')?.click?.();
    expect(windows[0]?.webContents.sent).toEqual([['menu:command', 'export-results']]);
  });
});

describe('projector window follows the displays', () => {
  it('fullscreen on the largest external display, windowed when it is unplugged, back when plugged in', async () => {
    const laptop = display(1, 1366, 768, 0);
    const small = display(2, 1280, 720, 1366);
    const big = display(3, 1920, 1080, 2646);
    const { windows, screen, shell } = await boot([laptop, small, big]);
    const projector = windows[1];
    if (!projector) throw new Error('no projector');
    expect(projector.fullScreen).toBe(true);
    expect(projector.bounds).toEqual(big.bounds);

    screen.unplug(3);
    expect(projector.fullScreen).toBe(true);
    expect(projector.bounds).toEqual(small.bounds);

    screen.unplug(2);
    expect(projector.fullScreen).toBe(false);
    expect(projector.bounds.width).toBeLessThanOrEqual(1280);
    expect(projector.bounds.x).toBeGreaterThanOrEqual(0);

    screen.plug(big);
    expect(projector.fullScreen).toBe(true);
    expect(projector.bounds).toEqual(big.bounds);
    expect(shell.projector()?.isOpen()).toBe(true);
  });

  it('opens windowed when there is a single display, and toggles from the menu', async () => {
    const { windows, shell } = await boot([display(1, 1920, 1080, 0)]);
    expect(windows[1]?.fullScreen).toBe(false);
    shell.projector()?.toggle();
    expect(windows[1]?.destroyed).toBe(true);
    expect(shell.projector()?.isOpen()).toBe(false);
    shell.projector()?.toggle();
    expect(windows).toHaveLength(3);
  });
});

describe('quit', () => {
  it('closes the server before exiting, once, even when quit is requested twice', async () => {
    const events: string[] = [];
    const venue = fakeVenue(events);
    const { app, shell } = await boot(undefined, venue);
    const exit = app.exit;
    app.exit = (code: number) => {
      events.push(`exit ${code}`);
      exit(code);
    };
    app.quit();
    app.quit();
    expect(app.exitCodes).toEqual([]);
    await shell.shutdown.done;
    await vi.waitFor(() => expect(events).toContain('exit 0'));
    expect(venue.closes()).toBe(1);
    expect(events).toEqual(['server closing', 'server closed', 'exit 0']);
  });

  it('closing the organizer window quits the app through the same path', async () => {
    const events: string[] = [];
    const { windows, shell, app } = await boot(undefined, fakeVenue(events));
    windows[0]?.close();
    await shell.shutdown.done;
    expect(events).toEqual(['server closing', 'server closed']);
    expect(app.exitCodes).toEqual([0]);
  });
});
