// The IPC edge: sender check, schema validation with the one error envelope, handler errors.
import { describe, expect, it } from 'vitest';
import { DomainError, errorMessages } from '../../shared/contract/errors.js';
import {
  handleIpcCall,
  isTrustedSender,
  registerIpc,
  type IpcHandlers,
  type SenderPolicy,
} from '../../electron/main/ipc.js';
import { createLogger } from '../../electron/server/log.js';
import { ipcEvent } from './fake-electron.js';

const log = createLogger({ quiet: true });
const organizer = { id: 7 };
const policy: SenderPolicy = {
  origin: () => 'http://127.0.0.1:4321',
  trustedContents: () => new Set([7]),
};
const good = ipcEvent(organizer, 'http://127.0.0.1:4321/panitia');

const handlers: IpcHandlers = {
  'organizer:key': async () => ({ key: 'k' }),
  'lan:info': async () => ({ local: 'http://127.0.0.1:4321', lan: [], jurorUrls: [] }),
  'shell:open-external': async () => null,
  'dialog:open-template': async () => null,
  'dialog:save-file': async ({ suggestedName }) => ({ path: `/tmp/${suggestedName}` }),
  'dialog:save-backup-copy': async () => null,
  'standby:become': async () => null,
};

describe('sender check', () => {
  it('trusts only the top frame of a trusted window on the own origin', () => {
    expect(isTrustedSender(good, policy)).toBe(true);
    expect(isTrustedSender(ipcEvent({ id: 8 }, 'http://127.0.0.1:4321/panitia'), policy)).toBe(
      false,
    );
    expect(isTrustedSender(ipcEvent(organizer, 'http://127.0.0.1:4321/panitia', {}), policy)).toBe(
      false,
    );
    expect(isTrustedSender(ipcEvent(organizer, 'https://127.0.0.1:4321/panitia'), policy)).toBe(
      false,
    );
    expect(isTrustedSender(ipcEvent(organizer, 'http://localhost:4321/panitia'), policy)).toBe(
      false,
    );
    expect(isTrustedSender(ipcEvent(organizer, 'file:///app/index.html'), policy)).toBe(false);
    expect(isTrustedSender({ sender: organizer, senderFrame: null }, policy)).toBe(false);
  });

  it('refuses a frame from another origin before looking at the payload', async () => {
    let ran = false;
    const res = await handleIpcCall(
      'organizer:key',
      ipcEvent(organizer, 'http://evil.example/'),
      {},
      async () => {
        ran = true;
        return { key: 'k' };
      },
      policy,
      log,
    );
    expect(res).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: errorMessages.FORBIDDEN.id,
      messages: errorMessages.FORBIDDEN,
    });
    expect(ran).toBe(false);
  });
});

describe('validation', () => {
  const bad: [keyof IpcHandlers, unknown][] = [
    ['organizer:key', { extra: 1 }],
    ['organizer:key', 'key please'],
    ['organizer:key', undefined],
    ['lan:info', null],
    ['shell:open-external', {}],
    ['shell:open-external', { url: 42 }],
    ['shell:open-external', { url: 'x'.repeat(3000) }],
    ['dialog:save-file', { suggestedName: '../../etc/passwd', encoding: 'utf8', content: 'x' }],
    ['dialog:save-file', { suggestedName: 'C:\\Windows\\x.dll', encoding: 'utf8', content: 'x' }],
    ['dialog:save-file', { suggestedName: 'a\u0000b.csv', encoding: 'utf8', content: 'x' }],
    ['dialog:save-file', { suggestedName: '..', encoding: 'utf8', content: 'x' }],
    ['dialog:save-file', { suggestedName: 'hasil.csv', encoding: 'latin1', content: 'x' }],
    ['dialog:save-file', { suggestedName: 'hasil.csv', encoding: 'utf8' }],
    [
      'dialog:save-file',
      { suggestedName: 'hasil.csv', encoding: 'utf8', content: 'x', path: '/etc/passwd' },
    ],
    ['dialog:save-backup-copy', { file: '../panggung.db' }],
    ['dialog:save-backup-copy', { file: 'C:\\panggung.db' }],
    ['dialog:save-backup-copy', {}],
  ];
  it.each(bad)('%s rejects %j with BAD_INPUT and details', async (channel, raw) => {
    const res = await handleIpcCall(channel, good, raw, handlers[channel] as never, policy, log);
    expect(res).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: errorMessages.BAD_INPUT.id,
    });
    if (!res.ok) expect(res.details?.length).toBeGreaterThan(0);
  });

  it('passes parsed input to the handler and wraps the reply', async () => {
    const res = await handleIpcCall(
      'dialog:save-file',
      good,
      { suggestedName: ' hasil.csv ', encoding: 'utf8', content: 'a,b' },
      handlers['dialog:save-file'],
      policy,
      log,
    );
    expect(res).toEqual({ ok: true, data: { path: '/tmp/hasil.csv' } });
  });

  it('turns handler errors into the envelope: domain codes kept, anything else INTERNAL', async () => {
    const domain = await handleIpcCall(
      'organizer:key',
      good,
      {},
      async () => {
        throw new DomainError('NOT_FOUND', ['the organizer window is closed']);
      },
      policy,
      log,
    );
    expect(domain).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      details: ['the organizer window is closed'],
    });
    const crash = await handleIpcCall(
      'organizer:key',
      good,
      {},
      async () => {
        throw new Error('disk on fire /home/secret/path');
      },
      policy,
      log,
    );
    expect(crash).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(JSON.stringify(crash)).not.toContain('secret');
  });
});

describe('registerIpc', () => {
  it('registers every channel and removes them again', async () => {
    const registered = new Map<string, (e: unknown, raw: unknown) => Promise<unknown>>();
    const off = registerIpc(
      {
        handle: (c, h) => void registered.set(c, h as never),
        removeHandler: (c) => void registered.delete(c),
      },
      handlers,
      policy,
      log,
    );
    expect([...registered.keys()].sort()).toEqual([
      'dialog:open-template',
      'dialog:save-backup-copy',
      'dialog:save-file',
      'lan:info',
      'organizer:key',
      'shell:open-external',
      'standby:become',
    ]);
    expect(await registered.get('organizer:key')?.(good, {})).toEqual({
      ok: true,
      data: { key: 'k' },
    });
    off();
    expect(registered.size).toBe(0);
  });
});
