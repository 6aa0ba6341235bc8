// A tiny fake of the parts of the electron API the shell uses, so the shell's wiring runs
// under vitest without the Electron runtime (which cannot be downloaded here). It records
// what the shell asked for; it does not imitate Chromium. Kept small on purpose.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { DisplayLike } from '../../electron/main/displays.js';
import type { ShellElectron } from '../../electron/main/shell.js';

let nextId = 1;
type Handler = (event: unknown, raw: unknown) => Promise<unknown>;
type NavEvent = { url: string; preventDefault(): void; defaultPrevented: boolean };

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  sent: [string, unknown][] = [];
  openHandler:
    | ((d: { url: string }) => {
        action: string;
        overrideBrowserWindowOptions?: BrowserWindowConstructorOptions;
      })
    | null = null;
  url = '';
  setWindowOpenHandler(h: NonNullable<FakeWebContents['openHandler']>) {
    this.openHandler = h;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  /** Emits a navigation event as Chromium would and reports whether the shell blocked it. */
  navigate(
    url: string,
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' = 'will-navigate',
  ): boolean {
    const e: NavEvent = {
      url,
      defaultPrevented: false,
      preventDefault: () => (e.defaultPrevented = true),
    };
    this.emit(event, e);
    return e.defaultPrevented;
  }
}

export function createFakeElectron(displays: DisplayLike[] = [display(1, 1920, 1080, 0)]) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    exitCodes: [] as number[],
    sandboxed: false,
    lock: true,
    userData: mkdtempSync(join(tmpdir(), 'panggung-electron-')),
    enableSandbox: () => void (app.sandboxed = true),
    requestSingleInstanceLock: () => app.lock,
    getPath: (name: string) => (name === 'userData' ? app.userData : join(app.userData, name)),
    getVersion: () => '0.1.0',
    whenReady: () => Promise.resolve(),
    /** Like Electron: before-quit first; only an unprevented quit goes on to exit. */
    quit() {
      const e = { defaultPrevented: false, preventDefault: () => (e.defaultPrevented = true) };
      app.emit('before-quit', e);
      if (!e.defaultPrevented) app.exit(0);
    },
    exit: (code: number) => void app.exitCodes.push(code),
  });

  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    destroyed = false;
    fullScreen: boolean;
    bounds: { x: number; y: number; width: number; height: number };
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      this.fullScreen = options.fullscreen ?? false;
      this.bounds = {
        x: options.x ?? 0,
        y: options.y ?? 0,
        width: options.width ?? 800,
        height: options.height ?? 600,
      };
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.webContents.url = url;
      return Promise.resolve();
    }
    show() {}
    showInactive() {}
    removeMenu() {}
    focus() {}
    restore() {}
    isMinimized = () => false;
    isDestroyed = () => this.destroyed;
    setFullScreen(flag: boolean) {
      this.fullScreen = flag;
    }
    setBounds(b: FakeWindow['bounds']) {
      this.bounds = b;
    }
    close() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const screen = Object.assign(new EventEmitter(), {
    displays,
    getAllDisplays: () => screen.displays,
    getPrimaryDisplay: () => screen.displays[0] as DisplayLike,
    plug(d: DisplayLike) {
      screen.displays = [...screen.displays, d];
      screen.emit('display-added', {}, d);
    },
    unplug(id: number) {
      const gone = screen.displays.find((d) => d.id === id);
      screen.displays = screen.displays.filter((d) => d.id !== id);
      screen.emit('display-removed', {}, gone);
    },
  });

  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handlers,
    handle: (channel: string, h: Handler) => void handlers.set(channel, h),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };

  type HeadersHook = (
    d: { url: string; responseHeaders?: Record<string, string[]> },
    cb: (r: unknown) => void,
  ) => void;
  type PermissionHook = (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
  const session: {
    headers: HeadersHook | null;
    permission: PermissionHook | null;
    check: (() => boolean) | null;
    [k: string]: unknown;
  } = { headers: null, permission: null, check: null };
  Object.assign(session, {
    webRequest: { onHeadersReceived: (h: HeadersHook) => void (session.headers = h) },
    setPermissionRequestHandler: (h: PermissionHook) => void (session.permission = h),
    setPermissionCheckHandler: (h: () => boolean) => void (session.check = h),
    setDevicePermissionHandler: () => undefined,
  });

  const calls = {
    openExternal: [] as string[],
    errorBoxes: [] as string[],
    menus: [] as unknown[],
    messageBoxes: [] as unknown[],
  };
  /** What the next native open dialog answers (null = cancelled), and message boxes. */
  const answers = { open: null as string | null, messageBox: 0 };
  const fake = {
    app,
    BrowserWindow: FakeWindow,
    screen,
    ipcMain,
    session: { defaultSession: session },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => void calls.menus.push(m),
    },
    dialog: {
      showOpenDialog: () =>
        Promise.resolve(
          answers.open
            ? { canceled: false, filePaths: [answers.open] }
            : { canceled: true, filePaths: [] },
        ),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showMessageBox: (...args: unknown[]) => (
        calls.messageBoxes.push(args.at(-1)),
        Promise.resolve({ response: answers.messageBox, checkboxChecked: false })
      ),
      showErrorBox: (title: string, body: string) =>
        void calls.errorBoxes.push(`${title}: ${body}`),
    },
    shell: {
      openExternal: (url: string) => (calls.openExternal.push(url), Promise.resolve()),
      openPath: () => Promise.resolve(''),
    },
    nativeImage: { createFromDataURL: () => ({}) },
    clipboard: { writeText: () => undefined },
  };
  // The one cast: the fake covers only what the shell calls, not electron's whole surface.
  const electron = fake as unknown as ShellElectron;
  return { electron, app, screen, windows, ipcMain, session, calls, answers };
}

export function display(id: number, width: number, height: number, x: number): DisplayLike {
  const bounds = { x, y: 0, width, height };
  return { id, bounds, workArea: { ...bounds, height: height - 40 } };
}

/** The IPC event a frame of this window would produce. */
export function ipcEvent(contents: { id: number }, url: string, parent: unknown = null) {
  return { sender: contents, senderFrame: { url, parent } };
}
