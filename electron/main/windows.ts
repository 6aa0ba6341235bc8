// The two windows the shell creates, both with secureWebPreferences(). Only the organizer
// window carries the preload (window.panggung); the projector shows a public page and gets
// nothing. Navigation guards are attached app-wide in shell.ts (web-contents-created).
import { mainScreen } from '../../shared/screen-modes.js';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { ProjectorPlacement } from './displays.js';
import { errorFields, type Logger } from './logger.js';
import { secureWebPreferences } from './security.js';

export type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;
export type WindowDeps = {
  BrowserWindow: WindowClass;
  preloadPath: string;
  iconPath?: string;
  log: Logger;
};

function load(win: BrowserWindow, url: string, log: Logger): void {
  win
    .loadURL(url)
    .catch((err: unknown) => log.error('could not load a page', { url, ...errorFields(err) }));
}

export function organizerUrl(origin: string): string {
  return `${origin}/panitia`;
}

export function projectorUrl(origin: string): string {
  return `${origin}/layar?nama=${encodeURIComponent(mainScreen)}`;
}

export function createOrganizerWindow(deps: WindowDeps, origin: string): BrowserWindow {
  const win = new deps.BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Panggung',
    show: false,
    backgroundColor: '#ffffff',
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  load(win, organizerUrl(origin), deps.log);
  return win;
}

export function createProjectorWindow(
  deps: WindowDeps,
  origin: string,
  placement: ProjectorPlacement,
): BrowserWindow {
  const bounds = placement.mode === 'fullscreen' ? placement.display.bounds : placement.bounds;
  const win = new deps.BrowserWindow({
    ...bounds,
    title: 'Panggung — layar',
    show: false,
    fullscreen: placement.mode === 'fullscreen',
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    webPreferences: secureWebPreferences(),
  });
  win.removeMenu();
  // showInactive: the projector must not steal focus from the organizer's window.
  win.once('ready-to-show', () => win.showInactive());
  load(win, projectorUrl(origin), deps.log);
  return win;
}
