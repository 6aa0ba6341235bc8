// The /juror namespace: a juror's pad saves sheets and reads its snapshot; after commits
// the pads whose view changed get a fresh snapshot, and a juror whose code went (revoked,
// or the festival replaced) is disconnected.
import type { Namespace } from 'socket.io';
import { DomainError, fail } from '../../../shared/contract/errors.js';
import { jurorCalls } from '../../../shared/contract/events.js';
import type { Logger } from '../log.js';
import { saveJurorSheet } from '../services/sheets.js';
import { tracePush } from '../push-trace.js';
import type { Change, Venue } from '../services/venue.js';
import { jurorSnapshot } from '../services/views.js';
import type { Auth, SocketData } from './auth.js';
import { bindCalls, whenDurable } from './bind.js';
import type { Clients } from './clients.js';
import type { Turns } from './turns.js';

export type JurorSideOptions = {
  venue: Venue;
  log: Logger;
  auth: Auth;
  clients: Clients;
  rateLimit: { perSec: number; burst: number };
  refused: (who: string) => (event: string, code: string) => void;
  /** Resolves when a juror's stored sheet may be acknowledged (the standby has it). */
  confirmed: () => Promise<void>;
  /** Something the desk shows changed (a pad's outbox). */
  changed: () => void;
  /** Runs a push; a failure is logged and never takes the server down. */
  safely: (work: () => void) => void;
  /** The pushes' lane: each pad's push is its own piece. */
  turns: Turns;
};

export function createJurorSide(ns: Namespace, o: JurorSideOptions) {
  const { venue, auth } = o;
  ns.on('connection', (socket) => {
    const data = socket.data as SocketData;
    const jurorId = data.jurorId ?? '';
    const juror = () => {
      const j = venue.setup()?.jurors.find((x) => x.id === jurorId);
      if (!j || !auth.jurorStillValid(data)) throw new DomainError('REVOKED');
      return j;
    };
    void socket.join(`juror:${jurorId}`);
    o.clients.track(
      socket,
      'juror',
      jurorId,
      venue.setup()?.jurors.find((j) => j.id === jurorId)?.name ?? jurorId,
    );
    bindCalls(
      socket,
      jurorCalls,
      {
        'sheet:save': async (input) => {
          const received = performance.now();
          const reply = saveJurorSheet(venue, juror(), input);
          if (!reply.duplicate) {
            tracePush('received', venue.revision, received);
            tracePush('committed', venue.revision);
          }
          await o.confirmed();
          return reply;
        },
        'snapshot:get': () => {
          const snap = jurorSnapshot(venue, juror().id);
          if (!snap) throw new DomainError('NOT_FOUND');
          return snap;
        },
        'outbox:report': (input) => {
          const c = o.clients.byId.get(socket.id);
          if (c && c.outbox !== input.outbox) {
            c.outbox = input.outbox;
            o.changed();
          }
          return null;
        },
      },
      {
        log: o.log,
        rateLimit: o.rateLimit,
        who: `juror:${jurorId}`,
        call: venue.call,
        onRefused: o.refused(`juror:${jurorId}`),
      },
    );
    whenDurable(venue, socket, o.safely, () => {
      const snap = jurorSnapshot(venue, jurorId);
      if (snap) socket.emit('snapshot', snap);
    });
  });

  function revalidate(): void {
    for (const socket of ns.sockets.values()) {
      if (!auth.jurorStillValid(socket.data as SocketData)) {
        socket.emit('revoked', fail('REVOKED'));
        socket.disconnect(true);
      }
    }
  }

  return {
    /**
     * After commits: a fresh snapshot to every pad whose view changed, each juror's its own
     * piece of the lane, built when it runs (so with the latest commits).
     */
    push(changes: Change[]): void {
      const setup = venue.setup();
      // No festival any more (festival:new): every juror's code went with it.
      if (!setup) {
        if (changes.some((c) => c.kind === 'setup')) revalidate();
        return;
      }
      // A change of venue (a standby's address) is in every pad's snapshot.
      const everyone = changes.some(
        (c) =>
          c.kind === 'setup' || c.kind === 'venue' || (c.kind === 'live' && c.panelId === null),
      );
      const panels = new Set(
        changes.flatMap((c) => (c.kind === 'live' && c.panelId ? [c.panelId] : [])),
      );
      const targets = new Set(changes.flatMap((c) => (c.kind === 'sheet' ? [c.jurorId] : [])));
      for (const j of setup.jurors) if (everyone || panels.has(j.panelId)) targets.add(j.id);
      if (everyone) revalidate();
      for (const id of targets) {
        const room = `juror:${id}`;
        if (!ns.adapter.rooms.has(room)) continue;
        o.turns.queue(() => {
          const snap = jurorSnapshot(venue, id);
          if (snap) ns.to(room).emit('snapshot', snap);
        });
      }
    },
  };
}
