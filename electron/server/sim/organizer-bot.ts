// The organizer side of a rehearsal: an observer that knows when the festival is done, and
// (with --auto) a driver that moves each panel through its running order by itself:
// present, open scoring, wait for every expected sheet, lock, next. Panels run in
// parallel, as rooms do. Every wait is bounded; a juror who never sends is waited for
// `sheetWaitMs` and then the entry is locked anyway (as a chair would, with the gap
// visible in the progress grid).
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../../shared/contract/errors.js';
import {
  namespaces,
  type InputOf,
  type organizerCalls,
  type ReplyOf,
} from '../../../shared/contract/events.js';
import { followOrganizer, type OrganizerPatch } from '../../../shared/contract/organizer-patch.js';
import type { OrganizerWire } from '../../../shared/contract/organizer-wire.js';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Entry } from '../../../shared/model.js';

type Calls = typeof organizerCalls;

export type OrganizerLink = {
  latest(): OrganizerSnapshot;
  call<K extends keyof Calls & string>(
    name: K,
    payload: InputOf<Calls[K]>,
  ): Promise<ReplyOf<Calls[K]>>;
  /** Resolves with the first snapshot (current or next) that satisfies pred, or null after timeoutMs. */
  waitFor(
    pred: (s: OrganizerSnapshot) => boolean,
    timeoutMs: number,
  ): Promise<OrganizerSnapshot | null>;
  close(): void;
};

export function connectOrganizer(
  url: string,
  key: string,
  /** Called with every push and its size as JSON (the benchmark's desk row). */
  onPush?: (event: 'snapshot' | 'patch', bytes: number) => void,
): Promise<OrganizerLink> {
  const socket: Socket = io(`${url}${namespaces.organizer}`, {
    auth: { key },
    transports: ['websocket'],
    forceNew: true,
    reconnection: true,
    reconnectionAttempts: 30,
    timeout: 5000,
  });
  let latest: OrganizerSnapshot | null = null;
  const waiters = new Set<() => void>();
  // The desk's view in full, then patches; a gap asks for the whole view (organizer-patch.ts).
  const view = followOrganizer({
    fetch: () =>
      new Promise((resolve) => {
        socket
          .timeout(10_000)
          .emit('snapshot:get', {}, (err: Error | null, res: Result<OrganizerWire>) =>
            resolve(!err && res.ok ? res.data : null),
          );
      }),
    show: (snap) => {
      latest = snap;
      for (const w of [...waiters]) w();
    },
  });
  socket.on('connect', () => view.connected());
  socket.on('snapshot', (snap: OrganizerWire) => {
    onPush?.('snapshot', JSON.stringify(snap).length);
    view.full(snap);
  });
  socket.on('patch', (patch: OrganizerPatch) => {
    onPush?.('patch', JSON.stringify(patch).length);
    view.patch(patch);
  });
  const link: OrganizerLink = {
    latest: () => {
      if (!latest) throw new Error('no organizer snapshot yet');
      return latest;
    },
    call: (name, payload) =>
      new Promise((resolve, reject) => {
        socket.timeout(10_000).emit(name, payload, (err: Error | null, res: Result<never>) => {
          if (err) reject(new Error(`${name}: ${err.message}`));
          else if (!res.ok)
            reject(
              new Error(`${name}: ${res.code}${res.details ? ` (${res.details.join('; ')})` : ''}`),
            );
          else resolve(res.data);
        });
      }),
    waitFor: (pred, timeoutMs) =>
      new Promise((resolve) => {
        if (latest && pred(latest)) return resolve(latest);
        const check = () => {
          if (latest && pred(latest)) done(latest);
        };
        const done = (s: OrganizerSnapshot | null) => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(s);
        };
        const timer = setTimeout(() => done(null), timeoutMs);
        waiters.add(check);
      }),
    close: () => {
      for (const w of waiters) waiters.delete(w);
      socket.close();
    },
  };
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (err: Error) => {
      socket.close();
      reject(new Error(`organizer: ${err.message}`));
    });
    socket.once('snapshot', () => resolve(link));
  });
}

/** The stage a panel is live in (the first stage until the organizer changes it). */
export function stageOfPanel(snap: OrganizerSnapshot, panelId: string): string {
  return (
    snap.live.find((l) => l.panelId === panelId)?.stageId ??
    [...snap.stages].sort((a, b) => a.order - b.order)[0]?.id ??
    ''
  );
}

/** A panel's entries in running order. */
export function runningOrder(snap: OrganizerSnapshot, panelId: string): Entry[] {
  return snap.entries.filter((e) => e.panelId === panelId).sort((a, b) => a.order - b.order);
}

/** Every expected juror has submitted (recused ones do not count), or the entry is locked. */
export function sheetsIn(snap: OrganizerSnapshot, stageId: string, entryId: string): boolean {
  const cells = Object.values(snap.progress[stageId]?.[entryId] ?? {});
  return cells.every((c) => c === 'submitted' || c === 'recused' || c === 'locked');
}

/** Every entry of the given panels is locked in its panel's live stage. */
export function festivalDone(snap: OrganizerSnapshot, panelIds?: readonly string[]): boolean {
  const panels = panelIds ?? snap.panels.map((p) => p.id);
  return panels.every((p) => {
    const stageId = stageOfPanel(snap, p);
    return runningOrder(snap, p).every((e) => snap.phases[stageId]?.[e.id] === 'locked');
  });
}

export type AutoOptions = {
  /** Only these panels (default all). */
  panels?: readonly string[];
  /** At most this many entries per panel (default all). */
  entriesPerPanel?: number;
  /** Time on stage before scoring opens. */
  presentMs: number;
  /** Longest wait for the sheets of an entry before it is locked anyway. */
  sheetWaitMs: number;
  /** Pause after the last sheet, so late revisions land before the lock. */
  settleMs: number;
  /** Stop early (the rehearsal's time limit). */
  shouldStop?: () => boolean;
  log?: (line: string) => void;
};

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function runPanel(org: OrganizerLink, panelId: string, opts: AutoOptions): Promise<number> {
  const log = opts.log ?? (() => undefined);
  const snap = org.latest();
  const stageId = stageOfPanel(snap, panelId);
  const todo = runningOrder(snap, panelId)
    .filter((e) => snap.phases[stageId]?.[e.id] !== 'locked')
    .slice(0, opts.entriesPerPanel ?? Infinity);
  let locked = 0;
  for (const entry of todo) {
    if (opts.shouldStop?.()) break;
    const phase = () => org.latest().phases[stageId]?.[entry.id];
    if (phase() !== 'scoring') {
      await org.call('panel:present', { panelId, entryId: entry.id });
      log(`${panelId}: ${entry.code} on stage — ${entry.title}`);
      await pause(opts.presentMs);
      await org.call('entry:transition', { entryId: entry.id, stageId, action: 'open' });
      log(`${panelId}: ${entry.code} open for scoring`);
    }
    const all = await org.waitFor((s) => sheetsIn(s, stageId, entry.id), opts.sheetWaitMs);
    if (!all)
      log(
        `${panelId}: ${entry.code} still missing sheets after ${Math.round(opts.sheetWaitMs / 1000)} s, locking anyway`,
      );
    await pause(opts.settleMs);
    // Locking with sheets missing needs a written reason (the desk asks for one too).
    if (phase() !== 'locked')
      await org.call('entry:transition', {
        entryId: entry.id,
        stageId,
        action: 'lock',
        ...(all ? {} : { reason: 'Gladi: lembar belum lengkap saat waktu habis' }),
      });
    locked++;
    log(`${panelId}: ${entry.code} locked`);
  }
  await org.call('panel:present', { panelId, entryId: null });
  return locked;
}

/** Drives the running order of every panel in parallel; resolves with entries locked. */
export async function runRunningOrder(org: OrganizerLink, opts: AutoOptions): Promise<number> {
  const panels = opts.panels ?? org.latest().panels.map((p) => p.id);
  const counts = await Promise.all(panels.map((p) => runPanel(org, p, opts)));
  return counts.reduce((a, b) => a + b, 0);
}

/** The reveal ceremony, places N..1 overall, one step every stepMs. */
export async function runReveal(
  org: OrganizerLink,
  places: number,
  stepMs: number,
  log?: (line: string) => void,
): Promise<void> {
  await org.call('release:set', { privacy: 'live' });
  // A rehearsal may stop before every entry is locked: the reveal then runs as SEMENTARA.
  await org.call('reveal:control', {
    action: 'start',
    categoryId: null,
    places,
    provisionalReason: 'Gladi (latihan), bukan hasil resmi',
  });
  for (let step = 1; step <= places; step++) {
    await pause(stepMs);
    await org.call('reveal:control', { action: 'next' });
    const at = org.latest().release.reveal?.revealedPlace;
    log?.(`reveal: place ${at ?? '?'}`);
    if (at === 1) break;
  }
  await pause(stepMs);
}
