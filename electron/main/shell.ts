// The desktop shell's wiring, given the electron API as a parameter (main.ts passes the
// real one; tests pass a tiny fake). Order: one instance only, guards on every web
// contents, quit closes the server, then on ready: session hardened, venue server started
// on the festival folder, IPC registered, organizer and projector windows, the menu.
// The decisions live in the modules it imports; this file only connects them.
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { offerRestoreLatest, type AskRestore } from './recovery.js';
import type { VenueServer } from '../server/venue-server.js';
import { askFestivalFolder, checkFestivalFolder, type FolderPurpose } from './festival-folder.js';
import { guardWebContents, hardenSession } from './guards.js';
import type { HelpDeps } from './help-dialogs.js';
import { createIpcHandlers } from './ipc-handlers.js';
import { registerIpc, type IpcMainLike } from './ipc.js';
import { createShellLogger, errorFields, type Logger } from './logger.js';
import { createProjectorController, type ProjectorController } from './projector.js';
import { appOrigin } from './security.js';
import { startWithFallback, type StartVenueServer } from './server-start.js';
import { explainStartFailure, failureBody } from './start-failure.js';
import { becomeStandby, confirmStandby, newStandbyDir, type StandbyOf } from './standby.js';
import { loadSettings, saveSettings, settingsFile, type Settings } from './settings.js';
import { buildShellMenu } from './shell-menu.js';
import { createShutdown, type Shutdown } from './shutdown.js';
import { strings } from './strings.js';
import { createFestivalSwitch } from './switch-festival.js';
import {
  createOrganizerWindow,
  createProjectorWindow,
  organizerUrl,
  type WindowDeps,
} from './windows.js';

export type ShellElectron = {
  app: Electron.App;
  BrowserWindow: typeof Electron.BrowserWindow;
  screen: Electron.Screen;
  ipcMain: IpcMainLike;
  Menu: Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  dialog: Pick<
    Electron.Dialog,
    'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showErrorBox'
  >;
  shell: Pick<Electron.Shell, 'openExternal' | 'openPath'>;
  session: { defaultSession: Electron.Session };
  nativeImage: Pick<typeof Electron.nativeImage, 'createFromDataURL'>;
  clipboard: Pick<Electron.Clipboard, 'writeText'>;
};

export type ShellDeps = {
  startVenueServer: StartVenueServer;
  preloadPath: string;
  iconPath?: string;
  /** Bind address for the venue server: the LAN, so jurors can reach it. */
  host?: string;
  /** Port to try first (default 4321, what jurors type); a busy port falls back to any free one. */
  port?: number;
  log?: Logger;
  /** Quit cleanly on SIGINT/SIGTERM (default true; tests turn it off). */
  handleSignals?: boolean;
};

export type Shell = {
  shutdown: Shutdown;
  origin(): string;
  server(): VenueServer | null;
  organizer(): BrowserWindow | null;
  projector(): ProjectorController | null;
};

/** Where save dialogs start; some Linux desktops have no Documents folder. */
function documentsDir(app: Electron.App): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

export async function runShell(electron: ShellElectron, deps: ShellDeps): Promise<Shell | null> {
  const { app } = electron;
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  const userData = app.getPath('userData');
  const logsDir = join(userData, 'logs');
  const log = deps.log ?? createShellLogger(logsDir);
  const settingsPath = settingsFile(userData);
  const settings: Settings = loadSettings(settingsPath);
  const persist = () => {
    try {
      saveSettings(settingsPath, settings);
    } catch (err) {
      log.warn('could not save settings', errorFields(err));
    }
  };
  const s = () => strings[settings.lang];
  const host = deps.host ?? '0.0.0.0';

  let server: VenueServer | null = null;
  let starting: Promise<unknown> = Promise.resolve();
  let origin = appOrigin(0);
  let organizer: BrowserWindow | null = null;
  let organizerContentsId = -1;
  let projector: ProjectorController | null = null;
  const windowDeps: WindowDeps = {
    BrowserWindow: electron.BrowserWindow,
    preloadPath: deps.preloadPath,
    log,
    ...(deps.iconPath ? { iconPath: deps.iconPath } : {}),
  };

  const shutdown = createShutdown({
    close: async () => {
      await starting.catch(() => undefined);
      await server?.close();
    },
    exit: (code) => app.exit(code),
    log,
  });
  app.on('before-quit', shutdown.onBeforeQuit);
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(
      contents,
      () => origin,
      (url) => electron.shell.openExternal(url),
      log,
    ),
  );
  app.on('second-instance', () => {
    if (!organizer || organizer.isDestroyed()) return;
    if (organizer.isMinimized()) organizer.restore();
    organizer.focus();
  });
  if (deps.handleSignals !== false)
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());

  await app.whenReady();
  hardenSession(electron.session.defaultSession, () => origin, log);

  const defaultDir = join(userData, 'festival');
  const start = async (
    dataDir: string,
    port: number | undefined,
    seedDemo: boolean,
    standbyOf?: StandbyOf,
  ) => {
    const started = startWithFallback(
      deps.startVenueServer,
      {
        dataDir,
        host,
        seedDemo,
        organizerLocalOnly: true,
        // Host names besides this machine's addresses and name (e.g. a name the venue
        // router gives the laptop), as for the headless server.
        allowedHosts: (process.env.PANGGUNG_ALLOWED_HOSTS ?? '')
          .split(',')
          .map((h) => h.trim())
          .filter((h) => h !== ''),
        log,
        ...(port === undefined ? {} : { port }),
        ...(standbyOf ? { standbyOf } : {}),
      },
      log,
    );
    starting = started;
    server = await started;
    origin = appOrigin(server.port);
    log.info('venue server started', { dataDir, port: server.port, lan: server.urls.lan });
    return server;
  };

  if (settings.festivalDir !== null && !checkFestivalFolder(settings.festivalDir, 'open').ok) {
    // The folder opened last is gone (an unplugged USB stick): never create an empty
    // festival in its place; open the default one and say so in the log.
    log.warn('the festival folder opened last is missing; opening the default one', {
      dataDir: settings.festivalDir,
    });
    settings.festivalDir = null;
  }
  const firstDir = settings.festivalDir ?? defaultDir;
  try {
    try {
      await start(firstDir, deps.port, settings.festivalDir === null);
    } catch (err) {
      const ask: AskRestore = (options) => electron.dialog.showMessageBox(options);
      if (!(await offerRestoreLatest(err, firstDir, ask, s(), log))) throw err;
      await start(firstDir, deps.port, settings.festivalDir === null);
    }
  } catch (err) {
    log.error('venue server failed to start', errorFields(err));
    const failure = explainStartFailure(err, settings.lang, s());
    electron.dialog.showErrorBox(s().serverFailedTitle, failureBody(failure, s()));
    app.exit(1);
    return null;
  }

  const openOrganizer = () => {
    const win = createOrganizerWindow(windowDeps, origin);
    organizer = win;
    organizerContentsId = win.webContents.id;
    win.on('closed', () => {
      organizer = null;
      organizerContentsId = -1;
      app.quit();
    });
  };

  registerIpc(
    electron.ipcMain,
    createIpcHandlers({
      server: () => {
        if (!server) throw new Error('the venue server is not running');
        return server;
      },
      dataDir: () => settings.festivalDir ?? defaultDir,
      organizerWindow: () => organizer,
      dialog: electron.dialog,
      openExternal: (url) => electron.shell.openExternal(url),
      documentsDir: documentsDir(app),
      strings: s,
      log,
      becomeStandby: (input) =>
        becomeStandby(input, {
          ownUrls: () => (server ? [server.urls.local, ...server.urls.lan] : []),
          confirm: (primary, dir) =>
            confirmStandby(helpDeps.showMessageBox, organizer, s(), primary, dir),
          newDataDir: () => newStandbyDir(userData),
          switchToStandby: (dir, of) => switchFestival(dir, { kind: 'standby', of }),
          report: report('could not become the standby'),
        }),
    }),
    {
      origin: () => origin,
      trustedContents: () => new Set(organizerContentsId >= 0 ? [organizerContentsId] : []),
    },
    log,
  );

  const helpDeps: HelpDeps = {
    showMessageBox: (win, options) =>
      win ? electron.dialog.showMessageBox(win, options) : electron.dialog.showMessageBox(options),
    imageFromDataUrl: (url) => electron.nativeImage.createFromDataURL(url),
    writeClipboard: (text) => electron.clipboard.writeText(text),
  };
  const report = (what: string) => (err: unknown) => log.error(what, errorFields(err));

  const switchFestival = createFestivalSwitch({
    port: () => server?.port,
    close: async () => {
      await server?.close();
      server = null;
    },
    start: (dataDir, port, standbyOf) => start(dataDir, port, false, standbyOf),
    current: () => settings.festivalDir ?? defaultDir,
    remember: (dataDir) => {
      settings.festivalDir = dataDir === defaultDir ? null : dataDir;
      persist();
    },
    reloadWindows: () => {
      organizer?.loadURL(organizerUrl(origin)).catch(report('could not reload the organizer page'));
      if (projector?.isOpen()) {
        projector.close();
        projector.open();
      }
    },
    showErrorBox: (title, body) => electron.dialog.showErrorBox(title, body),
    exit: (code) => app.exit(code),
    lang: () => settings.lang,
    strings: s,
    log,
  });

  const pickFestivalFolder = async (purpose: FolderPurpose) => {
    const dir = await askFestivalFolder(electron.dialog, organizer, purpose, s());
    if (dir !== null) await switchFestival(dir, { kind: purpose });
  };

  const rebuildMenu: () => void = () =>
    buildShellMenu({
      electron,
      settings,
      persist,
      strings: s,
      logsDir,
      festivalDir: () => settings.festivalDir ?? defaultDir,
      helpDeps,
      report,
      server: () => server,
      organizer: () => organizer,
      projector: () => projector,
      pickFestivalFolder,
      rebuild: () => rebuildMenu(),
    });

  openOrganizer();
  projector = createProjectorController(
    electron.screen,
    (placement) => createProjectorWindow(windowDeps, origin, placement),
    rebuildMenu,
  );
  projector.setPreferredDisplay(settings.projectorDisplay);
  projector.open();
  // The display list in the menu follows the hardware too.
  electron.screen.on('display-added', rebuildMenu);
  electron.screen.on('display-removed', rebuildMenu);
  rebuildMenu();
  log.info('desktop shell ready', { origin });

  return {
    shutdown,
    origin: () => origin,
    server: () => server,
    organizer: () => organizer,
    projector: () => projector,
  };
}
