// Organizer desk deltas over real sockets: a desk gets its view in full once, then patches
// that rebuild exactly what a fresh snapshot:get returns, after every kind of change the
// hall makes (stage moves, sheets, privacy, screen modes, pads and screens coming and
// going), in a seeded random order; a desk that misses a patch sees the gap, asks for the
// whole view once, and carries on with patches from it.
import { isDeepStrictEqual } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/errors.js';
import { namespaces } from '../../shared/contract/events.js';
import { followOrganizer, type OrganizerPatch } from '../../shared/contract/organizer-patch.js';
import type { OrganizerWire } from '../../shared/contract/organizer-wire.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import type { ScreenMode } from '../../shared/model.js';
import { isRecused } from '../../shared/scoring/index.js';
import { seeded } from '../helpers/score-festival.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let observer: Client<'organizer'>;
let snap0: OrganizerSnapshot;

/** A desk on a plain socket, following its view as the desk page does, with a tap. */
type Desk = {
  socket: Socket;
  held(): OrganizerWire | null;
  /** Every push: event, bytes on the wire. */
  pushes: Array<{ event: string; bytes: number }>;
  /** Whole views fetched after a gap. */
  fetches: number;
  /** Drop the next patch, as a Wi-Fi drop would. */
  dropNext: boolean;
};

function openDesk(): Promise<Desk> {
  const socket = io(`${t.url}${namespaces.organizer}`, {
    auth: { key: t.server.organizerKey },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const desk: Desk = { socket, held: () => null, pushes: [], fetches: 0, dropNext: false };
  const view = followOrganizer({
    fetch: () => {
      desk.fetches++;
      return new Promise((resolve) =>
        socket.emit('snapshot:get', {}, (res: Result<OrganizerWire>) =>
          resolve(res.ok ? res.data : null),
        ),
      );
    },
    show: () => undefined,
  });
  desk.held = view.held;
  socket.on('connect', () => view.connected());
  socket.on('snapshot', (s: OrganizerWire) => {
    desk.pushes.push({ event: 'snapshot', bytes: JSON.stringify(s).length });
    view.full(s);
  });
  socket.on('patch', (p: OrganizerPatch) => {
    desk.pushes.push({ event: 'patch', bytes: JSON.stringify(p).length });
    if (desk.dropNext) desk.dropNext = false;
    else view.patch(p);
  });
  return new Promise((resolve) => socket.once('snapshot', () => resolve(desk)));
}

/** What two builds of the same state may differ in: the clock, the view number, last-seen. */
const comparable = (v: OrganizerWire | null) =>
  v && {
    ...v,
    serverNow: 0,
    view: 0,
    clients: v.clients.map((c) => ({ ...c, lastSeen: 0 })),
  };

/**
 * Waits (bounded) until the desk holds what a fresh snapshot:get from another desk says. A
 * patched view that went wrong never comes right by itself (every later patch is made from
 * the server's view), so a desk that does not converge fails here with the difference.
 */
async function converged(desk: Desk): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const fresh = expectOk(await observer.call('snapshot:get', {}));
    if (isDeepStrictEqual(comparable(desk.held()), comparable(fresh))) return;
    if (i === 199) expect(comparable(desk.held())).toEqual(comparable(fresh));
    // 60 ms apart keeps the observer under the desk's call rate limit (20 a second), which a
    // quiet machine otherwise reaches (RATE_LIMITED).
    await new Promise((r) => setTimeout(r, 60));
  }
}

beforeAll(async () => {
  t = await startTestServer();
  observer = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  snap0 = await observer.waitFor(() => true);
});

afterAll(async () => {
  observer?.close();
  await t?.stop();
  if (t) removeDir(t.dataDir);
});

const modes: ScreenMode[] = ['welcome', 'presenting', 'progress', 'leaderboard', 'message'];

/** The hall's other connections: pads (one per juror, as the server allows) and screens. */
type Hall = { pads: Map<string, Client<'juror'>>; screens: Array<Client<'screen'>> };

/** One random change of the hall's kind; refusals (a bad transition) change nothing. */
async function randomChange(rnd: () => number, hall: Hall): Promise<void> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const stageId = snap0.stages[0]?.id ?? '';
  const now = observer.latest() ?? snap0;
  const inPhase = (...phases: string[]) =>
    now.entries.filter((e) => phases.includes(now.phases[stageId]?.[e.id] ?? ''));
  const waiting = pick(inPhase('queued', 'presenting'));
  switch (Math.floor(rnd() * 8)) {
    case 0:
      await observer.call('panel:present', { panelId: waiting.panelId, entryId: waiting.id });
      return;
    case 1:
      await observer.call('entry:transition', { entryId: waiting.id, stageId, action: 'open' });
      return;
    case 2:
    case 3: {
      // A sheet for an entry open for scoring, so the grid and the standings move.
      const scoring = inPhase('scoring');
      if (scoring.length === 0) return;
      const entry = pick(scoring);
      const juror = pick(
        snap0.jurors.filter((j) => j.panelId === entry.panelId && !isRecused(j, entry)),
      );
      const pad =
        hall.pads.get(juror.id) ??
        (await connect(t.url, 'juror', { pin: juror.pin, device: `deltas-test-${juror.id}` }));
      hall.pads.set(juror.id, pad);
      const values = Object.fromEntries(
        (snap0.stages[0]?.criteria ?? []).map((c) => [c.id, c.minX100 + c.stepX100 * 2]),
      );
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId: entry.id,
        stageId,
        status: rnd() < 0.7 ? 'submitted' : 'draft',
        values,
        comment: '',
      });
      if (rnd() < 0.5) await pad.call('outbox:report', { outbox: Math.floor(rnd() * 4) });
      if (rnd() < 0.4) {
        pad.close();
        hall.pads.delete(juror.id);
      }
      return;
    }
    case 4:
      await observer.call('release:set', { privacy: pick(['live', 'progress', 'hidden']) });
      return;
    case 5:
      await observer.call('screen:mode', { screen: pick(['utama', 'lobi']), mode: pick(modes) });
      return;
    case 6:
      hall.screens.push(
        await connect(t.url, 'screen', { name: pick(['utama', 'lobi', 'publik']) }),
      );
      return;
    default:
      hall.screens.splice(Math.floor(rnd() * hall.screens.length), 1)[0]?.close();
  }
}

describe('organizer desk deltas', () => {
  it('after random changes the patched desk holds exactly a fresh snapshot, with no resync', async () => {
    const desk = await openDesk();
    const hall: Hall = { pads: new Map(), screens: [] };
    const rnd = seeded(2026);
    try {
      for (let step = 0; step < 40; step++) {
        await randomChange(rnd, hall);
        if (step % 2 === 1) await converged(desk);
      }
      await converged(desk);
      const full = desk.pushes.filter((p) => p.event === 'snapshot');
      const patches = desk.pushes.filter((p) => p.event === 'patch');
      expect(full).toHaveLength(1); // on connect only
      expect(patches.length).toBeGreaterThan(5);
      // The changes reached the grid and the standings, not only the connection list.
      const held = desk.held();
      const cells = Object.values(held?.progress[snap0.stages[0]?.id ?? ''] ?? {}).flatMap((r) =>
        Object.values(r),
      );
      expect(cells.filter((c) => c === 'submitted').length).toBeGreaterThan(2);
      expect(desk.fetches).toBe(0);
      // A patch is a small part of the view (the whole desk view is every stage's grid).
      const sorted = patches.map((p) => p.bytes).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
      expect(median).toBeLessThan((full[0]?.bytes ?? 0) / 10);
      console.log(
        `organizer deltas: ${patches.length} patches, median ${median} B, full view ${full[0]?.bytes} B`,
      );
    } finally {
      for (const x of [...hall.pads.values(), ...hall.screens]) x.close();
      desk.socket.close();
    }
  });

  it('a missed patch is a gap: one snapshot:get, then patches continue from it', async () => {
    const desk = await openDesk();
    const say = async (message: string) =>
      expectOk(await observer.call('release:set', { message }));
    try {
      desk.dropNext = true;
      await say('Istirahat 10 menit');
      await expect.poll(() => desk.dropNext).toBe(false); // the patch came and was dropped
      expect(desk.fetches).toBe(0);
      await say('Presentasi dilanjutkan');
      await expect.poll(() => desk.fetches).toBe(1); // its base is not the view held
      await converged(desk);
      const patchesBefore = desk.pushes.filter((p) => p.event === 'patch').length;
      await say('Pengumuman pemenang pukul 15.00');
      await converged(desk);
      // Patches continued from the fetched view: applied, no further fetch.
      expect(desk.pushes.filter((p) => p.event === 'patch').length).toBeGreaterThan(patchesBefore);
      expect(desk.fetches).toBe(1);
      expect(desk.held()?.release.message).toBe('Pengumuman pemenang pukul 15.00');
      expect(desk.pushes.filter((p) => p.event === 'snapshot')).toHaveLength(1);
    } finally {
      desk.socket.close();
    }
  });
});
