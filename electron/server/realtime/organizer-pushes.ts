// Organizer desk fan-out: each desk connection gets its view in full once (on connect, and
// whenever it asks with snapshot:get), then, at every push, a patch from the view it holds
// to the new one (organizer-patch.ts). The hub records, per connection, the view it was
// last sent; views are numbered per server run. A desk that misses a patch sees a gap and
// asks for the whole view, which becomes what it holds. Desks holding the same view (the
// normal case) share one patch; a patch not smaller than the view, or one that changes the
// view's venue (a takeover), is sent as the whole view. A push builds the view and writes
// it out in one piece of the pushes' lane (turns.ts), reads it back in the next and diffs
// and sends it in a third, so a juror's sheet arriving meanwhile waits for a third of the
// desk's work, not all of it. Views travel, are held and diffed in the wire form
// (organizer-wire.ts: a category's rows as places in the overall rows).
import type { Namespace } from 'socket.io';
import { jsonEqual } from '../../../shared/contract/json-diff.js';
import { organizerPatch } from '../../../shared/contract/organizer-patch.js';
import { toOrganizerWire, type OrganizerWire } from '../../../shared/contract/organizer-wire.js';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Turns } from './turns.js';

export function createOrganizerPushes(
  ns: Namespace,
  build: () => OrganizerSnapshot | null,
  turns: Turns,
) {
  let seq = 0;
  /** Per desk socket id: the view it holds (the last one sent to it). */
  const held = new Map<string, OrganizerWire>();
  /** A new numbered view as the text a desk receives; null without a festival. */
  const written = (): string | null => {
    const v = build();
    if (!v) return null;
    seq += 1;
    return JSON.stringify({ ...toOrganizerWire(v), view: seq });
  };
  /** The view in exactly its wire form (what a desk holds after JSON). */
  const read = (text: string) => JSON.parse(text) as OrganizerWire;
  const next = () => {
    const text = written();
    return text === null ? null : read(text);
  };
  /** Sends every desk `v`: a patch from what it holds, or in full. */
  const send = (v: OrganizerWire, size: number): void => {
    const byBase = new Map<OrganizerWire | null, string[]>();
    for (const id of ns.sockets.keys()) {
      const base = held.get(id) ?? null;
      // A desk that got a newer whole view meanwhile (connect, snapshot:get) keeps it.
      if (base && base.view >= v.view) continue;
      byBase.set(base, [...(byBase.get(base) ?? []), id]);
      held.set(id, v);
    }
    for (const [base, ids] of byBase) {
      // A change of venue (epoch, role, replaced) goes whole: the client's connection
      // judges where to follow the venue from whole snapshots (socket-client.ts).
      const sameVenue = base !== null && jsonEqual(base.venue, v.venue);
      const patch = base && sameVenue ? organizerPatch(base, v, size) : null;
      if (patch) ns.to(ids).emit('patch', patch);
      else ns.to(ids).emit('snapshot', v);
    }
  };
  return {
    /** The whole view for one desk (connect, snapshot:get); it holds this one from now on. */
    full(socketId: string): OrganizerWire | null {
      const v = next();
      if (v) held.set(socketId, v);
      return v;
    },
    disconnected(socketId: string): void {
      held.delete(socketId);
    },
    /**
     * Sends every desk the current view in three pieces of the lane: built and written out
     * (one turn, so the view is of one moment), read back, then diffed and sent.
     */
    push(): void {
      turns.queue(() => {
        const text = ns.sockets.size === 0 ? null : written();
        if (text === null) return;
        turns.queue(() => {
          const v = read(text);
          turns.queue(() => send(v, text.length));
        });
      });
    },
  };
}
