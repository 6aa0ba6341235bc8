// The shell with the real venue server (fake electron only): the key the organizer window
// gets over IPC is the server's, and quitting really closes the server before exiting;
// a primary's refusal of this laptop as its standby, or its silence, reaches the organizer
// in words.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Shell } from '../../electron/main/shell.js';
import { strings } from '../../electron/main/strings.js';
import { standbyHints } from '../../electron/server/replication/standby-errors.js';
import { errorMessages } from '../../shared/contract/errors.js';
import { freePort } from '../helpers/child-server.js';
import { startTestServer } from '../helpers/server.js';
import { createFakeElectron, ipcEvent } from './fake-electron.js';
import { shellOnRealServer } from './real-shell.js';

/**
 * The organizer window asks to become the standby of `address` (the menu's dialog
 * answered); resolves once the window was pointed at a festival again.
 */
async function becomeStandby(
  fake: ReturnType<typeof createFakeElectron>,
  shell: Shell,
  address: string,
) {
  const organizer = fake.windows[0];
  const become = fake.ipcMain.handlers.get('standby:become');
  if (!organizer || !become) throw new Error('no organizer window or handler');
  fake.answers.messageBox = 1;
  organizer.webContents.url = 'about:blank';
  const reply = await become(ipcEvent(organizer.webContents, `${shell.origin()}/panitia`), {
    address,
    code: 'AAAA-BBBB-CCCC',
  });
  expect(reply).toMatchObject({ ok: true });
  await expect.poll(() => organizer.webContents.url, { timeout: 20_000 }).not.toBe('about:blank');
  return organizer;
}

describe('shell + real venue server', () => {
  it('starts in userData, hands the real key to the organizer window, closes before exit', async () => {
    const fake = createFakeElectron();
    const shell = await shellOnRealServer(fake);
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

describe('shell + real venue server: becoming the standby of a primary that refuses or is silent', () => {
  it('a wrong pairing code: the box names UNAUTHORIZED in Indonesian; the festival runs again on its port', async () => {
    const primary = await startTestServer();
    const fake = createFakeElectron();
    const shell = await shellOnRealServer(fake);
    const port = shell.server()?.port;
    const organizer = await becomeStandby(fake, shell, primary.url);

    expect(fake.calls.errorBoxes).toHaveLength(1);
    expect(fake.calls.errorBoxes[0]).toContain(strings.id.standbyFailedTitle);
    // Named by the registry in the shell's language, not a generic line over the raw text.
    expect(fake.calls.errorBoxes[0]).toContain(errorMessages.UNAUTHORIZED.id);
    expect(fake.calls.errorBoxes[0]).not.toContain(errorMessages.UNAUTHORIZED.en);
    expect(fake.calls.errorBoxes[0]).not.toContain(strings.id.standbyFailedGeneric);
    expect(shell.server()?.port).toBe(port);
    expect(organizer.webContents.url).toBe(`http://127.0.0.1:${port}/panitia`);
    const health = await fetch(`${shell.origin()}/api/health`);
    expect(health.status).toBe(200);

    fake.app.quit();
    await shell.shutdown.done;
    expect(fake.app.exitCodes).toEqual([0]);
  });

  it('nothing answers at the address: the box names PRIMARY_UNREACHABLE in Indonesian and what to check', async () => {
    const address = `http://127.0.0.1:${await freePort()}`; // closed: refused at once
    const fake = createFakeElectron();
    const shell = await shellOnRealServer(fake);
    const port = shell.server()?.port;
    await becomeStandby(fake, shell, address);

    expect(fake.calls.errorBoxes).toHaveLength(1);
    const box = fake.calls.errorBoxes[0]!;
    expect(box).toContain(strings.id.standbyFailedTitle);
    expect(box).toContain(errorMessages.PRIMARY_UNREACHABLE.id);
    expect(box).toContain(standbyHints.PRIMARY_UNREACHABLE!.id);
    expect(box).not.toContain(errorMessages.PRIMARY_UNREACHABLE.en);
    expect(box).not.toContain(strings.id.standbyFailedGeneric);
    expect(box).toContain(`${strings.id.technical}: PRIMARY_UNREACHABLE (${address}: `);
    expect(shell.server()?.port).toBe(port);

    fake.app.quit();
    await shell.shutdown.done;
    expect(fake.app.exitCodes).toEqual([0]);
  });
});
