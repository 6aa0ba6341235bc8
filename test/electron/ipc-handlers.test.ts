// The IPC handlers with real files: main reads the picked template and writes the save.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  createIpcHandlers,
  jurorUrls,
  type HandlerDeps,
} from '../../electron/main/ipc-handlers.js';
import { createLogger } from '../../electron/server/log.js';
import { strings } from '../../electron/main/strings.js';
import { ipcEvent } from './fake-electron.js';

const dir = mkdtempSync(join(tmpdir(), 'panggung-ipc-'));
const ev = ipcEvent({ id: 1 }, 'http://127.0.0.1:4321/panitia');

function deps(over: Partial<HandlerDeps> = {}): HandlerDeps {
  const opened: string[] = [];
  return {
    dataDir: () => dir,
    server: () => ({
      port: 4321,
      organizerKey: 'k',
      urls: { local: 'http://127.0.0.1:4321', lan: ['http://10.0.0.2:4321'] },
      close: async () => undefined,
    }),
    organizerWindow: () => ({}) as BaseWindow,
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    },
    openExternal: async (url) => void opened.push(url),
    documentsDir: dir,
    strings: () => strings.id,
    log: createLogger({ quiet: true }),
    becomeStandby: async () => null,
    ...over,
  };
}

describe('ipc handlers', () => {
  it('juror URLs point at /juri on the LAN, or on loopback when there is no LAN', () => {
    expect(
      jurorUrls({
        local: 'http://127.0.0.1:4321',
        lan: ['http://10.0.0.2:4321', 'http://192.168.1.9:4321'],
      }),
    ).toEqual(['http://10.0.0.2:4321/juri', 'http://192.168.1.9:4321/juri']);
    expect(jurorUrls({ local: 'http://127.0.0.1:4321', lan: [] })).toEqual([
      'http://127.0.0.1:4321/juri',
    ]);
  });

  it('open template: returns the picked file as base64, null when cancelled', async () => {
    const file = join(dir, 'template.xlsx');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 3, 4]));
    const h = createIpcHandlers(
      deps({
        dialog: {
          showOpenDialog: async () => ({ canceled: false, filePaths: [file] }),
          showSaveDialog: async () => ({ canceled: true, filePath: '' }),
        },
      }),
    );
    expect(await h['dialog:open-template']({}, ev)).toEqual({
      name: 'template.xlsx',
      bytes: 4,
      base64: 'UEsDBA==',
    });
    expect(await createIpcHandlers(deps())['dialog:open-template']({}, ev)).toBeNull();
  });

  it('save file: writes the decoded content to the path the organizer chose', async () => {
    const target = join(dir, 'hasil.xlsx');
    let suggested = '';
    const h = createIpcHandlers(
      deps({
        dialog: {
          showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
          showSaveDialog: async (_w, o) => (
            (suggested = o.defaultPath ?? ''),
            { canceled: false, filePath: target }
          ),
        },
      }),
    );
    expect(
      await h['dialog:save-file'](
        { suggestedName: 'hasil.xlsx', encoding: 'base64', content: 'UEsDBA==' },
        ev,
      ),
    ).toEqual({ path: target });
    expect(readFileSync(target)).toEqual(Buffer.from([0x50, 0x4b, 3, 4]));
    expect(suggested).toBe(join(dir, 'hasil.xlsx'));
    expect(
      await createIpcHandlers(deps())['dialog:save-file'](
        { suggestedName: 'x.csv', encoding: 'utf8', content: 'a' },
        ev,
      ),
    ).toBeNull();
  });

  it('backup copy: copies a server backup by its name, and only a server backup', async () => {
    mkdirSync(join(dir, 'backups'), { recursive: true });
    const name = 'panggung-20261128-101010-123-manual.db';
    writeFileSync(join(dir, 'backups', name), 'SQLite format 3');
    const usb = join(dir, 'usb-copy.db');
    const h = createIpcHandlers(
      deps({
        dialog: {
          showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
          showSaveDialog: async () => ({ canceled: false, filePath: usb }),
        },
      }),
    );
    expect(await h['dialog:save-backup-copy']({ file: name }, ev)).toEqual({ path: usb });
    expect(readFileSync(usb, 'utf8')).toBe('SQLite format 3');
    await expect(h['dialog:save-backup-copy']({ file: 'panggung.db' }, ev)).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    await expect(
      h['dialog:save-backup-copy']({ file: 'panggung-20261128-101010-124-manual.db' }, ev),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('open external: http(s) only', async () => {
    const opened: string[] = [];
    const h = createIpcHandlers(deps({ openExternal: async (u) => void opened.push(u) }));
    await expect(
      h['shell:open-external']({ url: 'https://example.org/x' }, ev),
    ).resolves.toBeNull();
    await expect(h['shell:open-external']({ url: 'file:///etc/passwd' }, ev)).rejects.toMatchObject(
      { code: 'BAD_INPUT' },
    );
    await expect(
      h['shell:open-external']({ url: 'javascript:alert(1)' }, ev),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(opened).toEqual(['https://example.org/x']);
  });

  it('dialogs need the organizer window', async () => {
    const h = createIpcHandlers(deps({ organizerWindow: () => null }));
    await expect(h['dialog:open-template']({}, ev)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
