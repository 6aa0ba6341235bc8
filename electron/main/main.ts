// Electron main-process entry (ESM). Only wiring: the real electron API and the real venue
// server go into runShell(); everything it decides is in the modules next to this file.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  screen,
  session,
  shell,
} from 'electron';
import { startVenueServer } from '../server/venue-server.js';
import { runShell } from './shell.js';

const here = dirname(fileURLToPath(import.meta.url));
// The preload is emitted as CommonJS (preload.cts -> preload.cjs): sandboxed preloads cannot be ES modules.
const preloadPath = join(here, '../preload/preload.cjs');
// build/ is not packaged (the installer carries the icon itself); in development it gives the window an icon.
const devIcon = join(here, '../../../build/icon.png');
// PANGGUNG_PORT picks the first port to try instead of 4321 (development, tests).
const envPort = Number(process.env.PANGGUNG_PORT ?? Number.NaN);
const port = Number.isInteger(envPort) && envPort >= 0 && envPort <= 65535 ? envPort : undefined;

runShell(
  { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, nativeImage, screen, session, shell },
  { startVenueServer, preloadPath, port, ...(existsSync(devIcon) ? { iconPath: devIcon } : {}) },
).catch((err: unknown) => {
  console.error('Panggung failed to start', err);
  app.exit(1);
});
