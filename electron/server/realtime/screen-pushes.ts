// Screen fan-out after commits: per screen group (mode, panel) the view is built once
// (screen-views.ts) and sent as a patch from the version that group's screens were last
// sent, or in full to a screen name whose group changed and to a group sent nothing yet.
// A screen holding another version than a patch's base asks for a snapshot itself
// (snapshot:get), so a lost or reordered push costs one snapshot, never a wrong view.
// The hub calls this after the juror's acknowledgement went out (pushes are coalesced to
// the next event-loop turn), so the fan-out never delays an ack of the same commit; and
// the writes go out in slices of `screensPerSlice` sockets, each slice its own piece of
// the pushes' lane (turns.ts), so a juror's sheet arriving during a fan-out to a thousand
// phones is read, committed and acknowledged after at most one slice, not after the whole
// fan-out; the slices go ahead of the pads' and the desk's pieces waiting in the lane, so
// the last screen waits at most for the one piece running when its push began. A push
// asked for while a fan-out is under way follows it (with the latest view), so every
// screen gets its patches in order. A view whose `venue` changed (a standby paired, a
// take-over; possibly with no commit, so at the same version) goes whole to every screen
// of its group, as to desks: the pages' connection follows the venue from whole snapshots
// (socket-client.ts), and a page takes a snapshot of the version it holds.
import { mainScreen } from '../../../shared/screen-modes.js';
import type { Namespace } from 'socket.io';
import { jsonEqual } from '../../../shared/contract/json-diff.js';
import { screenGroupKey, screenPatch } from '../../../shared/contract/screen-patch.js';
import type { ScreenWire } from '../../../shared/contract/screen-wire.js';
import type { SocketData } from './auth.js';
import type { ScreenGroup, createScreenViews } from './screen-views.js';
import type { Turns } from './turns.js';
import { tracePush } from '../push-trace.js';

type Views = ReturnType<typeof createScreenViews>;

/** Sockets written to per piece of the lane (one socket.io broadcast each). */
export const screensPerSlice = 50;

type Send = { event: 'snapshot' | 'patch'; payload: unknown; rooms: string[]; version: number };

export function createScreenPushes(ns: Namespace, views: Views, turns: Turns) {
  /** Per group key: the view its screens were last sent (snapshot or patch). */
  const sent = new Map<string, ScreenWire>();
  /** Per screen name: the group key its room was last sent. */
  const nameGroup = new Map<string, string>();

  /** A fan-out is under way; `again`: another push was asked for meanwhile. */
  let sending = false;
  let again = false;

  /** Queues each send's writes to its rooms' sockets, a slice per piece of the lane. */
  function fanOut(sends: Send[]): void {
    sending = true;
    const version = Math.max(...sends.map((s) => s.version));
    tracePush('fan-out', version);
    for (const s of sends) {
      const ids = new Set<string>();
      for (const room of s.rooms) for (const id of ns.adapter.rooms.get(room) ?? []) ids.add(id);
      const all = [...ids];
      for (let i = 0; i < all.length; i += screensPerSlice) {
        const slice = all.slice(i, i + screensPerSlice);
        // Socket ids are rooms too: one broadcast, encoded once, per slice.
        turns.queueFirst(() => ns.to(slice).emit(s.event, s.payload));
      }
    }
    turns.queueFirst(() => {
      tracePush('fanned', version);
      sending = false;
      if (again) {
        again = false;
        push();
      }
    });
  }

  function push(): void {
    if (sending) {
      again = true;
      return;
    }
    if (ns.sockets.size === 0) {
      sent.clear();
      nameGroup.clear();
      return;
    }
    const names = new Set(
      [...ns.sockets.values()].map((s) => (s.data as SocketData).screenName ?? mainScreen),
    );
    const groups = new Map<string, { group: ScreenGroup; names: string[] }>();
    for (const name of names) {
      const group = views.groupOf(name);
      const key = screenGroupKey(group);
      const g = groups.get(key) ?? { group, names: [] };
      g.names.push(name);
      groups.set(key, g);
    }
    const sends: Send[] = [];
    for (const [key, g] of groups) {
      const wire = views.snapshot(g.group);
      if (!wire) continue;
      const prev = sent.get(key);
      const moved = prev !== undefined && !jsonEqual(prev.venue, wire.venue);
      const patch = prev && !moved && prev.version < wire.version ? screenPatch(prev, wire) : null;
      const full: string[] = [];
      const patched: string[] = [];
      const current = prev?.version === wire.version && !moved; // nothing new for this group
      for (const name of g.names) {
        const holds = nameGroup.get(name) === key;
        if (holds && current) continue;
        (patch && holds ? patched : full).push(`screen:${name}`);
      }
      const version = wire.version;
      if (full.length > 0) sends.push({ event: 'snapshot', payload: wire, rooms: full, version });
      if (patch && patched.length > 0)
        sends.push({ event: 'patch', payload: patch, rooms: patched, version });
      sent.set(key, wire);
      for (const name of g.names) nameGroup.set(name, key);
    }
    // Forget groups and names no screen is in any more.
    for (const key of sent.keys()) if (!groups.has(key)) sent.delete(key);
    for (const name of nameGroup.keys()) if (!names.has(name)) nameGroup.delete(name);
    if (sends.length > 0) fanOut(sends);
  }

  return {
    /** A screen connected and got `wire`, its group's current view. */
    connected(name: string, group: ScreenGroup, wire: ScreenWire): void {
      const key = screenGroupKey(group);
      if (!nameGroup.has(name)) nameGroup.set(name, key);
      // The first screen of a group: what it holds is what the group was sent.
      if (!sent.has(key)) sent.set(key, wire);
    },
    push,
  };
}
