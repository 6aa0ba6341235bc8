// "Jadikan laptop cadangan...": the main process's decisions (address and code checked
// again, this laptop's own address refused, a native confirmation, a new folder) and the
// shell restarting its venue server as the standby (fake electron, fake venue server).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStandbyRequest } from '../../electron/main/standby.js';
import { runShell, type Shell } from '../../electron/main/shell.js';
import type { StartVenueServer } from '../../electron/main/server-start.js';
import { createLogger } from '../../electron/server/log.js';
import { strings } from '../../electron/main/strings.js';
import { standbyHints, StandbyFailed } from '../../electron/server/replication/standby-errors.js';
import { DomainError, errorMessages, fail } from '../../shared/contract/errors.js';
import { parsePairInput, pairLink } from '../../shared/standby-pairing.js';
import { createFakeElectron, ipcEvent } from './fake-electron.js';

const own = ['http://127.0.0.1:4321', 'http://192.168.1.5:4321'];
const code = 'ABCD-EFGH-JKLM';

function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof DomainError) return [err.code, ...(err.details ?? [])];
    throw err;
  }
  return [];
}

describe('the standby request', () => {
  it('takes the address and the code apart, or the whole pairing line', () => {
    expect(readStandbyRequest({ address: 'http://192.168.1.9:4321/', code }, own)).toEqual({
      url: 'http://192.168.1.9:4321',
      code: 'ABCDEFGHJKLM',
    });
    const line = pairLink('http://192.168.1.9:4321', 'ABCDEFGHJKLM');
    expect(readStandbyRequest({ address: line, code: '' }, own)).toEqual({
      url: 'http://192.168.1.9:4321',
      code: 'ABCDEFGHJKLM',
    });
    // A bare host:port is an http address.
    expect(readStandbyRequest({ address: '192.168.1.9:4321', code }, own).url).toBe(
      'http://192.168.1.9:4321',
    );
    expect(parsePairInput(line)).toEqual({
      address: 'http://192.168.1.9:4321',
      code: 'ABCDEFGHJKLM',
    });
  });

  it('refuses what is not an address, a wrong code, and this laptop itself', () => {
    expect(refusal(() => readStandbyRequest({ address: 'ftp://x', code }, own))[0]).toBe(
      'BAD_INPUT',
    );
    expect(refusal(() => readStandbyRequest({ address: 'http://', code }, own))[0]).toBe(
      'BAD_INPUT',
    );
    expect(
      refusal(() => readStandbyRequest({ address: 'http://192.168.1.9:4321', code: 'ABC' }, own)),
    ).toEqual(['BAD_INPUT', 'code: the 12-character pairing code']);
    // 0, 1, I and O are not in the alphabet: a misread code is refused, not guessed.
    expect(
      refusal(() =>
        readStandbyRequest({ address: 'http://192.168.1.9:4321', code: 'ABCD-EFGH-JKL0' }, own),
      )[0],
    ).toBe('BAD_INPUT');
    expect(
      refusal(() => readStandbyRequest({ address: 'http://192.168.1.5:4321', code }, own)),
    ).toEqual(['BAD_INPUT', "address: this is this laptop; type the primary's"]);
  });
});

/**
 * The shell on a fake electron and a fake venue server. `standbyFails` makes the standby's
 * start reject with it; `reopenFails` then makes the previous festival's start reject too.
 */
async function boot(
  opts: { port?: number; lang?: 'id' | 'en'; standbyFails?: unknown; reopenFails?: unknown } = {},
) {
  const starts: Parameters<StartVenueServer>[0][] = [];
  let closes = 0;
  const start = (async (o) => {
    starts.push(o);
    if (o.standbyOf && opts.standbyFails) throw opts.standbyFails;
    if (starts.length > 2 && opts.reopenFails) throw opts.reopenFails;
    const port = o.port || 4321;
    return {
      port,
      organizerKey: 'kunci-rahasia-123',
      urls: { local: `http://127.0.0.1:${port}`, lan: [`http://192.168.1.5:${port}`] },
      close: async () => void (closes += 1),
    };
  }) as StartVenueServer;
  const fake = createFakeElectron();
  if (opts.lang)
    writeFileSync(join(fake.app.userData, 'settings.json'), JSON.stringify({ lang: opts.lang }));
  const shell = (await runShell(fake.electron, {
    startVenueServer: start,
    preloadPath: '/app/preload.cjs',
    log: createLogger({ quiet: true }),
    handleSignals: false,
    ...(opts.port === undefined ? {} : { port: opts.port }),
  })) as Shell;
  const organizer = fake.windows[0];
  const handler = fake.ipcMain.handlers.get('standby:become');
  if (!organizer || !handler) throw new Error('no organizer window or handler');
  const become = (input: unknown) =>
    handler(ipcEvent(organizer.webContents, `${shell.origin()}/panitia`), input);
  return { ...fake, shell, starts, closes: () => closes, become, organizer };
}

describe('the shell becomes a standby', () => {
  it('asks first: cancelled changes nothing; confirmed restarts the server as the standby in a new folder', async () => {
    const t = await boot();
    const first = t.starts[0]?.dataDir;
    expect(await t.become({ address: 'http://192.168.1.9:4321', code })).toEqual({
      ok: true,
      data: null,
    });
    expect(t.calls.messageBoxes).toHaveLength(1);
    expect(JSON.stringify(t.calls.messageBoxes[0])).toContain('http://192.168.1.9:4321');
    expect(t.starts).toHaveLength(1);

    t.answers.messageBox = 1;
    expect(await t.become({ address: 'http://192.168.1.9:4321', code })).toEqual({
      ok: true,
      data: { primary: 'http://192.168.1.9:4321' },
    });
    await expect.poll(() => t.starts.length).toBe(2);
    const standby = t.starts[1];
    expect(standby).toMatchObject({
      standbyOf: { url: 'http://192.168.1.9:4321', code: 'ABCDEFGHJKLM' },
      port: 4321,
      seedDemo: false,
    });
    expect(standby?.dataDir).not.toBe(first);
    expect(standby?.dataDir.startsWith(t.app.userData)).toBe(true);
    expect(existsSync(standby?.dataDir ?? '')).toBe(true);
    expect(t.closes()).toBe(1);
    // The organizer window shows the standby's desk.
    await expect.poll(() => t.organizer.webContents.url).toBe('http://127.0.0.1:4321/panitia');
  });

  it('bad input is refused before any dialog, and nothing restarts', async () => {
    const t = await boot();
    t.answers.messageBox = 1;
    const res = await t.become({ address: 'not an address at all', code });
    expect(res).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await t.become({ address: 'http://192.168.1.5:4321', code })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(t.calls.messageBoxes).toHaveLength(0);
    expect(t.starts).toHaveLength(1);
  });
});

describe('becoming the standby fails', () => {
  const primary = { address: 'http://192.168.1.9:4321', code };
  /** Confirms the switch and waits for the organizer window to be loaded again. */
  async function becomeAndFail(t: Awaited<ReturnType<typeof boot>>, origin: string) {
    t.answers.messageBox = 1;
    t.organizer.webContents.url = 'about:blank';
    expect(await t.become(primary)).toMatchObject({ ok: true });
    await expect.poll(() => t.organizer.webContents.url).toBe(`${origin}/panitia`);
  }

  // The primary's refusals, and the standby's own failures (replication/standby-errors.ts),
  // whose messages carry both languages: the box must name them in one.
  const refusals = [
    new DomainError('REPLICA_VERSION', ['standby replica protocol 4, this primary has 3']),
    new DomainError('UNAUTHORIZED'),
    new StandbyFailed(
      fail('PRIMARY_UNREACHABLE', [
        'http://192.168.1.9:4321: websocket error (connect ECONNREFUSED 192.168.1.9:4321)',
      ]),
    ),
    new StandbyFailed(
      fail('COPY_STALLED', ['stalled 3 times in a row', 'no part of the copy arrived for 10 s']),
    ),
  ];
  for (const lang of ['id', 'en'] as const)
    for (const refusal of refusals)
      it(`${refusal.code} (${lang}): one box in the organizer's language; the previous festival runs again on its port`, async () => {
        const t = await boot({ port: 4400, lang, standbyFails: refusal });
        const first = t.starts[0]!;
        await becomeAndFail(t, 'http://127.0.0.1:4400');

        expect(t.calls.errorBoxes).toHaveLength(1);
        const box = t.calls.errorBoxes[0]!;
        const other = lang === 'id' ? 'en' : 'id';
        expect(box).toContain(strings[lang].standbyFailedTitle);
        expect(box).toContain(errorMessages[refusal.code][lang]);
        expect(box).not.toContain(errorMessages[refusal.code][other]);
        expect(box).toContain(strings[lang].previousReopened);
        expect(box).toContain(`${strings[lang].technical}: ${refusal.code}`);
        expect(box).not.toContain('DomainError');
        expect(box).not.toContain(strings[lang].standbyFailedGeneric);
        for (const detail of refusal.details ?? []) expect(box).toContain(detail);
        // What to check (a wrong pairing code may also be an older primary; the Wi-Fi for a
        // stalled copy; the address for a silent primary), in the same language.
        const hint = standbyHints[refusal.code];
        if (refusal.code !== 'REPLICA_VERSION') expect(hint).toBeDefined();
        if (hint) {
          expect(box).toContain(hint[lang]);
          expect(box).not.toContain(hint[other]);
        }

        // The laptop works as before: the previous folder, the same port, not the standby.
        expect(t.starts).toHaveLength(3);
        expect(t.starts[1]?.standbyOf).toBeDefined();
        expect(t.starts[2]).toMatchObject({ dataDir: first.dataDir, port: 4400, seedDemo: false });
        expect(t.starts[2]?.standbyOf).toBeUndefined();
        expect(t.shell.server()?.port).toBe(4400);
        expect(t.closes()).toBe(1);
        expect(t.app.exitCodes).toEqual([]);
      });

  it('any other error: a clear generic line, then the technical text', async () => {
    const t = await boot({ standbyFails: new Error('websocket error at 192.168.1.9') });
    await becomeAndFail(t, 'http://127.0.0.1:4321');
    expect(t.calls.errorBoxes).toHaveLength(1);
    const box = t.calls.errorBoxes[0]!;
    expect(box).toContain(strings.id.standbyFailedGeneric);
    expect(box).toContain(`${strings.id.technical}: Error: websocket error at 192.168.1.9`);
    expect(box).toContain(strings.id.previousReopened);
    expect(t.starts[2]).toMatchObject({ dataDir: t.starts[0]?.dataDir, port: 4321 });
  });

  it('the previous festival fails to start too: one box says both, and the shell quits as a failed launch', async () => {
    const t = await boot({
      standbyFails: new DomainError('REPLICA_VERSION', ['standby replica protocol 4']),
      reopenFails: new Error('EIO: the USB stick is gone'),
    });
    t.answers.messageBox = 1;
    expect(await t.become(primary)).toMatchObject({ ok: true });
    await expect.poll(() => t.app.exitCodes).toEqual([1]);
    expect(t.calls.errorBoxes).toHaveLength(1);
    const box = t.calls.errorBoxes[0]!;
    expect(box).toContain(strings.id.serverFailedTitle);
    expect(box).toContain(errorMessages.REPLICA_VERSION.id);
    expect(box).toContain(strings.id.previousFailed);
    expect(box).toContain('EIO: the USB stick is gone');
    expect(box).not.toContain(strings.id.previousReopened);
    expect(t.shell.server()).toBeNull();
  });
});
