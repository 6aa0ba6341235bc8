// The benchmark's juror pad for the take-over figure: a real socket.io client on the juror
// namespace that keeps its sheets in an outbox until a server answers, and follows the
// venue as a page does (shared/venue-follow.ts): its server unreachable for
// padFailoverAfterMs, it tries the venue's addresses in turn and settles on the one in
// role primary with the highest epoch, then resends its outbox (same submission ids).
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../../../shared/contract/errors.js';
import { namespaces } from '../../../../shared/contract/events.js';
import type { SheetSaveInput } from '../../../../shared/contract/schemas.js';
import type { JurorSnapshot, SheetSaveReply } from '../../../../shared/contract/views.js';
import {
  candidates,
  judge,
  learn,
  unknownVenue,
  type KnownVenue,
} from '../../../../shared/venue-follow.js';
import { sharedNow } from './stats.js';

/** The pages' timing (renderer/common/socket-client.ts: failoverAfterMs, probe, round pause). */
export const padFailoverAfterMs = 4000;
const probeTimeoutMs = 3000;
const roundPauseMs = 1500;

export type Acked = { at: number; server: string; duplicate: boolean };

export type FailoverPad = {
  known(): KnownVenue;
  /** Into the outbox, sent now when connected, else once a server is followed. */
  send(input: SheetSaveInput): void;
  /** When `submissionId` was acknowledged, and by which server (bounded). */
  acked(submissionId: string, timeoutMs: number): Promise<Acked>;
  close(): void;
};

/** Connects to `url` and resolves once the first snapshot arrived. */
export function failoverPad(url: string, pin: string): Promise<FailoverPad> {
  const device = randomBytes(12).toString('base64url');
  let known = unknownVenue;
  let current = url;
  let socket: Socket | null = null;
  let lostTimer: NodeJS.Timeout | undefined;
  let searching = false;
  let closed = false;
  const outbox = new Map<string, SheetSaveInput>();
  const inFlight = new Set<string>();
  const done = new Map<string, Acked>();
  const waiters = new Map<string, (a: Acked) => void>();
  let first: (() => void) | null = null;

  const open = (origin: string, probing: boolean) =>
    io(`${origin}${namespaces.juror}`, {
      auth: { pin, device },
      transports: ['websocket'],
      forceNew: true,
      reconnection: !probing,
      reconnectionDelay: 300,
      reconnectionDelayMax: 4000,
      timeout: probing ? probeTimeoutMs : 8000,
    });

  const flush = () => {
    const s = socket;
    if (!s?.connected) return;
    for (const [sid, input] of outbox) {
      if (inFlight.has(sid)) continue;
      inFlight.add(sid);
      s.timeout(10_000).emit(
        'sheet:save',
        input,
        (err: Error | null, res: Result<SheetSaveReply>) => {
          inFlight.delete(sid);
          if (err || !res.ok) return; // no answer, or refused (e.g. REPLACED): kept, resent
          outbox.delete(sid);
          const a = { at: sharedNow(), server: current, duplicate: res.data.duplicate };
          done.set(sid, a);
          waiters.get(sid)?.(a);
        },
      );
    }
  };

  const lost = () => {
    if (closed || searching || lostTimer) return;
    lostTimer = setTimeout(search, padFailoverAfterMs);
  };

  const follow = (s: Socket, origin: string) => {
    socket = s;
    current = origin;
    s.on('connect', () => {
      clearTimeout(lostTimer);
      lostTimer = undefined;
      flush();
    });
    s.on('disconnect', lost);
    s.on('connect_error', lost);
    s.on('snapshot', (snap: JurorSnapshot) => {
      if (judge(known, snap.venue, false) === 'replaced') return search();
      known = learn(known, snap.venue);
      first?.();
      first = null;
    });
  };

  function search(): void {
    if (searching || closed) return;
    searching = true;
    lostTimer = undefined;
    socket?.removeAllListeners();
    socket?.close();
    socket = null;
    const tryAt = (list: string[], i: number) => {
      if (closed) return;
      const origin = list[i];
      if (origin === undefined) {
        setTimeout(() => tryAt(candidates(known, current, current), 0), roundPauseMs);
        return;
      }
      const probe = open(origin, true);
      const next = () => {
        clearTimeout(timer);
        probe.removeAllListeners();
        probe.close();
        tryAt(list, i + 1);
      };
      const timer = setTimeout(next, probeTimeoutMs * 2);
      probe.on('connect_error', next);
      probe.on('disconnect', next);
      probe.on('snapshot', (snap: JurorSnapshot) => {
        if (judge(known, snap.venue, true) !== 'follow') return next();
        clearTimeout(timer);
        probe.removeAllListeners();
        probe.io.reconnection(true);
        known = learn(known, snap.venue);
        searching = false;
        follow(probe, origin);
        flush();
      });
    };
    tryAt(candidates(known, current, current), 0);
  }

  const pad: FailoverPad = {
    known: () => known,
    send(input) {
      outbox.set(input.submissionId, input);
      flush();
    },
    acked: (sid, timeoutMs) =>
      new Promise((resolve, reject) => {
        const got = done.get(sid);
        if (got) return resolve(got);
        const timer = setTimeout(
          () => reject(new Error(`pad ${pin.slice(0, 2)}…: ${sid} not acknowledged`)),
          timeoutMs,
        );
        waiters.set(sid, (a) => {
          clearTimeout(timer);
          resolve(a);
        });
      }),
    close() {
      closed = true;
      clearTimeout(lostTimer);
      socket?.removeAllListeners();
      socket?.close();
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('pad: no first snapshot in 15 s')), 15_000);
    first = () => {
      clearTimeout(timer);
      resolve(pad);
    };
    follow(open(url, false), url);
  });
}
