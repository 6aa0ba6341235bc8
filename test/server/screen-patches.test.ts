// Screen deltas over real sockets: a screen gets its full view on connect, then versioned
// patches that rebuild exactly the view the server would send in full; a patch is a small
// part of the full view; a screen that misses a patch sees the gap and a snapshot:get heals
// it; a screen moved to another mode gets its new view in full.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/errors.js';
import { namespaces } from '../../shared/contract/events.js';
import { applyScreenPatch, type ScreenPatch } from '../../shared/contract/screen-patch.js';
import type { ScreenWire } from '../../shared/contract/screen-wire.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let snap0: OrganizerSnapshot;

type Raw = { socket: Socket; pushes: Array<{ event: string; body: unknown; bytes: number }> };

/** A screen on a plain socket that records every push and its size on the wire. */
function rawScreen(name: string): Promise<Raw> {
  const socket = io(`${t.url}${namespaces.screen}`, {
    auth: { name },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const raw: Raw = { socket, pushes: [] };
  for (const event of ['snapshot', 'patch'])
    socket.on(event, (body: unknown) =>
      raw.pushes.push({ event, body, bytes: JSON.stringify(body).length }),
    );
  return new Promise((resolve) => socket.once('snapshot', () => resolve(raw)));
}

async function until<T>(get: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const v = get();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function snapshotGet(socket: Socket): Promise<ScreenWire> {
  return new Promise((resolve, reject) =>
    socket.emit('snapshot:get', {}, (res: Result<ScreenWire>) =>
      res.ok ? resolve(res.data) : reject(new Error(res.code)),
    ),
  );
}

const withoutClock = (w: ScreenWire) => ({ ...w, serverNow: 0 });

/** A juror submits a sheet; resolves with the server's version once it is committed. */
async function score(jurorId: string, entryId: string, x100: number): Promise<number> {
  const j = snap0.jurors.find((x) => x.id === jurorId);
  if (!j) throw new Error(`no juror ${jurorId}`);
  const pad = await connect(t.url, 'juror', { pin: j.pin });
  const values = Object.fromEntries(
    ['kebaruan', 'kemanfaatan', 'kewenangan', 'replikasi', 'penyajian'].map((k) => [k, x100]),
  );
  expectOk(
    await pad.call('sheet:save', {
      submissionId: submissionId(),
      entryId,
      stageId,
      status: 'submitted',
      values,
      comment: '',
    }),
  );
  pad.close();
  // The ack came after the commit: any snapshot asked for now is at least that version.
  const probe = await rawScreen('probe');
  const version = (await snapshotGet(probe.socket)).version;
  probe.socket.close();
  return version;
}

beforeAll(async () => {
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  snap0 = await org.waitFor(() => true);
  expectOk(await org.call('release:set', { privacy: 'live' }));
  expectOk(await org.call('screen:mode', { screen: 'utama', mode: 'leaderboard' }));
  for (const entryId of ['e001', 'e002', 'e003'])
    expectOk(await org.call('entry:transition', { entryId, stageId, action: 'open' }));
});

afterAll(async () => {
  org?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

describe('screen patches', () => {
  it('a snapshot on connect, then patches that rebuild exactly the full view', async () => {
    const screen = await rawScreen('utama');
    let held = screen.pushes[0]?.body as ScreenWire;
    const full = screen.pushes[0]?.bytes ?? 0;
    for (const [i, entryId] of ['e001', 'e002', 'e003'].entries()) {
      const version = await score('j-a1', entryId, 600 + 100 * i);
      const patch = await until(
        () =>
          screen.pushes.find(
            (p) => p.event === 'patch' && (p.body as ScreenPatch).version >= version,
          ),
        `a patch to version ${version}`,
      );
      // Every push since connect has been a patch, applied in order onto what is held.
      for (const p of screen.pushes.splice(1)) {
        expect(p.event).toBe('patch');
        const got = applyScreenPatch(held, p.body as ScreenPatch);
        if (got.kind !== 'applied') throw new Error(`patch not applicable: ${got.kind}`);
        held = got.wire;
        expect(p.bytes).toBeLessThan(full / 5);
      }
      expect(held.version).toBe((patch.body as ScreenPatch).version);
      expect(withoutClock(held)).toEqual(withoutClock(await snapshotGet(screen.socket)));
    }
    const row = held.leaderboard?.categories[0]?.rows.find((r) => r.entryId === 'e003');
    expect(row?.scoreMicro).not.toBeNull();
    screen.socket.close();
  });

  it('a screen that missed a patch sees a gap; snapshot:get brings it back', async () => {
    const screen = await rawScreen('utama');
    const held = screen.pushes[0]?.body as ScreenWire;
    const v1 = await score('j-a2', 'e001', 700);
    const v2 = await score('j-a2', 'e002', 750);
    const patches = await until(() => {
      const ps = screen.pushes.filter((p) => p.event === 'patch');
      return ps.some((p) => (p.body as ScreenPatch).version >= v2) ? ps : undefined;
    }, 'two patches');
    expect((patches[0]?.body as ScreenPatch).version).toBeGreaterThanOrEqual(v1);
    // Drop the first patch: the next one does not apply onto the view held.
    const last = patches.at(-1)?.body as ScreenPatch;
    expect(applyScreenPatch(held, last).kind).toBe('gap');
    const healed = await snapshotGet(screen.socket);
    expect(healed.version).toBeGreaterThanOrEqual(last.version);
    // An old patch onto the healed view is recognised as already held.
    expect(applyScreenPatch(healed, last).kind).toBe('old');
    screen.socket.close();
  });

  it('a screen whose mode changes gets its new view whole, then patches again', async () => {
    const screen = await rawScreen('lobi');
    expectOk(await org.call('screen:mode', { screen: 'lobi', mode: 'progress' }));
    const moved = await until(
      () =>
        screen.pushes.find(
          (p) => p.event === 'snapshot' && (p.body as ScreenWire).screen.mode === 'progress',
        ),
      'the progress view',
    );
    expect(screen.pushes.slice(1).every((p) => p.event === 'snapshot')).toBe(true);
    const version = await score('j-a3', 'e001', 800);
    const next = await until(
      () =>
        screen.pushes.find(
          (p) => p.event === 'patch' && (p.body as ScreenPatch).version >= version,
        ),
      'a patch in the new mode',
    );
    expect((next.body as ScreenPatch).group).toBe('progress|');
    expect((next.body as ScreenPatch).base).toBeGreaterThanOrEqual(
      (moved.body as ScreenWire).version,
    );
    screen.socket.close();
  });
});

describe('the test client', () => {
  it('follows patches the way a page does', async () => {
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    const version = await score('j-a4', 'e003', 900);
    const seen = await screen.waitFor((s) => s.version >= version);
    expect(seen.leaderboard).not.toBeNull();
    screen.close();
  });
});
