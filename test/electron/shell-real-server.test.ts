// The shell with the real venue server (fake electron only): the key the organizer window
// gets over IPC is the server's, and quitting really closes the server before exiting.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShell, type Shell } from '../../electron/main/shell.js';
import { createLogger } from '../../electron/server/log.js';
import { startVenueServer } from '../../electron/server/venue-server.js';
import { createFakeElectron, ipcEvent } from './fake-electron.js';

describe('shell + real venue server', () => {
  it('starts in userData, hands the real key to the organizer window, closes before exit', async () => {
    const fake = createFakeElectron();
    const shell = (await runShell(fake.electron, {
      startVenueServer,
      preloadPath: '/p.cjs',
      port: 0,
      host: '127.0.0.1',
      log: createLogger({ quiet: true }),
      handleSignals: false,
    })) as Shell;
    const server = shell.server();
    if (!server) throw new Error('no server');
    expect(existsSync(join(fake.app.userData, 'festival', 'panggung.db'))).toBe(true);
    const organizer = fake.windows[0];
    if (!organizer) throw new Error('no organizer window');
    expect(organizer.webContents.url).toBe(`http://127.0.0.1:${server.port}/panitia`);
    const reply = await fake.ipcMain.handlers.get('organizer:key')?.(
      ipcEvent(organizer.webContents, organizer.webContents.url),
      {},
    );
    expect(reply).toEqual({ ok: true, data: { key: server.organizerKey } });
    // The desk's page itself (built by npm test before the suite), not any answer below 500.
    const page = await fetch(`${shell.origin()}/panitia`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/<div id="root">/);

    fake.app.quit();
    fake.app.quit();
    await shell.shutdown.done;
    expect(fake.app.exitCodes).toEqual([0]);
    await expect(fetch(`${shell.origin()}/panitia`)).rejects.toThrow();
  });
});
