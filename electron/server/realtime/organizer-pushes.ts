// Organizer desk fan-out: each desk connection gets its view in full once (on connect, and
// whenever it asks with snapshot:get), then, at every push, a patch from the view it holds
// to the new one (organizer-patch.ts). The hub records, per connection, the view it was
// last sent; views are numbered per server run. A desk that misses a patch sees a gap and
// asks for the whole view, which becomes what it holds. Desks holding the same view (the
// normal case) share one patch; a patch not smaller than the view, or one that changes the
// view's venue (a takeover), is sent as the whole view. A push builds the view in one
// piece of the pushes' lane (turns.ts) and diffs and sends it in a later one, so a
// juror's sheet arriving meanwhile waits for half of the desk's work, not all of it.
import type { Namespace } from 'socket.io';
import { jsonEqual } from '../../../shared/contract/json-diff.js';
import { organizerPatch } from '../../../shared/contract/organizer-patch.js';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Turns } from './turns.js';

export function createOrganizerPushes(
  ns: Namespace,
  build: () => OrganizerSnapshot | null,
  turns: Turns,
) {
  let seq = 0;
  /** Per desk socket id: the view it holds (the last one sent to it). */
  const held = new Map<string, OrganizerSnapshot>();
  /** A new numbered view, in exactly its wire form (what a desk holds after JSON). */
  const numbered = (): { v: OrganizerSnapshot; size: number } | null => {
    const v = build();
    if (!v) return null;
    seq += 1;
    const text = JSON.stringify({ ...v, view: seq });
    return { v: JSON.parse(text) as OrganizerSnapshot, size: text.length };
  };
  const next = () => numbered()?.v ?? null;
  /** Sends every desk `v`: a patch from what it holds, or in full. */
  const send = (v: OrganizerSnapshot, size: number): void => {
    const byBase = new Map<OrganizerSnapshot | null, string[]>();
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
    full(socketId: string): OrganizerSnapshot | null {
      const v = next();
      if (v) held.set(socketId, v);
      return v;
    },
    disconnected(socketId: string): void {
      held.delete(socketId);
    },
    /** Sends every desk the current view: built in one piece of the lane, diffed and sent in a later one. */
    push(): void {
      turns.queue(() => {
        const built = ns.sockets.size === 0 ? null : numbered();
        if (built) turns.queue(() => send(built.v, built.size));
      });
    },
  };
}
